"""Flag groups shared by several commands, defined once so that their names and help agree."""

from __future__ import annotations

import argparse


def add_output(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("-o", "--outfile", dest="o", required=True, metavar="PATH", help=f"output {what}")


def add_datadir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--datadir", metavar="DIR",
                        help="folder holding the image stacks named in a .star/.cs file, "
                             "when the recorded paths no longer resolve")


def add_ind(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ind", metavar="PKL", help="index .pkl selecting a subset of particles")


def add_box_apix(parser: argparse.ArgumentParser, box_help: str) -> None:
    parser.add_argument("-D", type=int, metavar="BOX", help=box_help)
    parser.add_argument("--Apix", type=float, metavar="A",
                        help="pixel size in Å/px, where the file does not give it")


def add_relion31(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--relion31", action="store_true",
                        help="accepted for cryoDRGN compatibility; the RELION version is detected "
                             "from the file itself")


def add_uninvert(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uninvert-data", dest="invert_data", action="store_false",
                        help="do not invert the image sign (data already light-on-dark, e.g. "
                             "EMPIAR-10076); by default raw dark-protein images are inverted")


def add_subset(parser: argparse.ArgumentParser, metavar: str, what: str, suffix: str) -> None:
    """Flags of the commands that keep a selection of a metadata file's rows (filter_star, filter_cs)."""
    parser.add_argument("input", metavar=metavar, help=what)
    parser.add_argument("--ind", required=True, metavar="PKL", help="index .pkl of the particles to keep")
    add_output(parser, f"{suffix} file")


def add_map_options(parser: argparse.ArgumentParser) -> None:
    """How generated maps are written: --flip, --invert, --Apix, -d (eval_vol, analyze, analyze_convergence)."""
    parser.add_argument("--flip", action="store_true", help="flip the handedness of the maps (mirror along z)")
    parser.add_argument("--invert", action="store_true", help="invert the contrast of the maps")
    parser.add_argument("--Apix", type=float, help="pixel size of the maps in Å (default: the training data's)")
    parser.add_argument("-d", "--downsample", dest="box", type=int,
                        help="generate maps at this smaller, even box (coarser pixel size)")


def map_options(args: argparse.Namespace):
    """Return the VolumeOptions named by the flags of :func:`add_map_options`."""
    from cryoscape.analysis import VolumeOptions

    return VolumeOptions(box=args.box, apix=args.Apix, flip=args.flip, invert=args.invert)


def add_run_epoch(parser: argparse.ArgumentParser, epoch_help: str, folder: str) -> None:
    """WORKDIR EPOCH [-o DIR] of the commands that read one epoch of a training run (analyze, analyze_convergence)."""
    parser.add_argument("workdir", metavar="WORKDIR", help="train_vae output folder")
    parser.add_argument("epoch", metavar="EPOCH", type=int, help=f"{epoch_help} (epochs count from 0)")
    parser.add_argument("-o", "--outdir", metavar="DIR", help=f"output folder (default: WORKDIR/{folder}.EPOCH)")
