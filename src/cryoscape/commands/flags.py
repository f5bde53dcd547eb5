"""Flag groups shared by several commands, the domains of numeric flags, and the roles of path flags.

Defined once, so that names, help and checks agree across commands."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np

from cryoscape.errors import InputError

# the roles, re-exported for the command modules (OUTPUT: eval_vol's -o, a file or a folder by mode)
from cryoscape.io.guard import INPUT, OUTPUT, OUTPUT_FILE, OUTPUT_FOLDER, RUN_FOLDER


# ---------------------------------------------------------------------------------------------------
# Domains of numeric flags: argparse applies them while parsing, so a value outside its domain is
# reported (one line, exit 1) before anything is read or written.

def _domain(kind: type, accept, domain: str, name: str):
    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {domain}") from None
        if not math.isfinite(value) or not accept(value):
            raise argparse.ArgumentTypeError(f"{text} is not {domain}")
        return value
    convert.__name__ = name
    return convert


positive_int = _domain(int, lambda v: v > 0, "a positive whole number", "positive_int")
nonnegative_int = _domain(int, lambda v: v >= 0, "a whole number ≥ 0", "nonnegative_int")
positive_float = _domain(float, lambda v: v > 0, "a positive finite number", "positive_float")
nonnegative_float = _domain(float, lambda v: v >= 0, "a finite number ≥ 0", "nonnegative_float")
probability = _domain(float, lambda v: 0 <= v <= 1, "a fraction between 0 and 1", "probability")
finite_float = _domain(float, lambda v: True, "a finite number", "finite_float")


# ---------------------------------------------------------------------------------------------------
# Paths by role: the command line checks, before a command runs, that no output is one of its inputs
# and that each output is of the kind (file or folder) it will be written as; see cryoscape.io.guard.



def add_path(parser, *names: str, role: str, **kwargs) -> argparse.Action:
    """Add a path flag (or positional) and record its role; ``parser`` may be a group of a parser."""
    action = parser.add_argument(*names, **kwargs)
    roles = dict(parser.get_default("path_roles") or {})
    roles[action.dest] = (role, "/".join(action.option_strings) or action.metavar or action.dest)
    parser.set_defaults(path_roles=roles)
    return action


def add_output(parser: argparse.ArgumentParser, what: str) -> None:
    add_path(parser, "-o", "--outfile", dest="o", required=True, metavar="PATH", help=f"output {what}",
             role=OUTPUT_FILE)


def add_input(parser, *names: str, **kwargs) -> argparse.Action:
    """Add a flag or positional naming an input file or folder."""
    return add_path(parser, *names, role=INPUT, **kwargs)


def add_output_folder(parser, *names: str, **kwargs) -> argparse.Action:
    """Add a flag naming an output folder (created with its parents if missing)."""
    return add_path(parser, *names, role=OUTPUT_FOLDER, **kwargs)


def add_datadir(parser: argparse.ArgumentParser) -> None:
    add_input(parser, "--datadir", metavar="DIR",
              help="folder holding the image stacks named in a .star/.cs file, when the recorded paths no "
                   "longer resolve")


def add_ind(parser: argparse.ArgumentParser) -> None:
    add_input(parser, "--ind", metavar="PKL", help="index .pkl selecting a subset of particles")


def add_box_apix(parser: argparse.ArgumentParser, box_help: str) -> None:
    parser.add_argument("-D", type=positive_int, metavar="BOX", help=box_help)
    parser.add_argument("--Apix", type=positive_float, metavar="A",
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
    add_input(parser, "input", metavar=metavar, help=what)
    add_input(parser, "--ind", required=True, metavar="PKL", help="index .pkl of the particles to keep")
    add_output(parser, f"{suffix} file")


def add_map_options(parser: argparse.ArgumentParser) -> None:
    """How generated maps are written: --flip, --invert, --Apix, -d (eval_vol, analyze, analyze_convergence)."""
    parser.add_argument("--flip", action="store_true", help="flip the handedness of the maps (mirror along z)")
    parser.add_argument("--invert", action="store_true", help="invert the contrast of the maps")
    parser.add_argument("--Apix", type=positive_float, help="pixel size of the maps in Å (default: the training data's)")
    parser.add_argument("-d", "--downsample", dest="box", type=positive_int,
                        help="generate maps at this smaller, even box (coarser pixel size)")
    parser.add_argument("--low-pass", type=positive_float, metavar="Å",
                        help="low-pass filter the maps at this resolution (cosine edge one shell wide)")
    parser.add_argument("--crop", type=positive_int, metavar="BOX", help="keep the central BOX³ of each map (after -d and --low-pass)")


def map_options(args: argparse.Namespace):
    """Return the VolumeOptions named by the flags of :func:`add_map_options`."""
    from cryoscape.analysis import VolumeOptions

    return VolumeOptions(box=args.box, apix=args.Apix, flip=args.flip, invert=args.invert,
                         low_pass_angstrom=args.low_pass, crop=args.crop)


def add_run_epoch(parser: argparse.ArgumentParser, epoch_help: str, folder: str) -> None:
    """WORKDIR EPOCH [-o DIR] of the commands that read one epoch of a training run (analyze, analyze_convergence)."""
    add_run_folder(parser, epoch_help)
    add_output_folder(parser, "-o", "--outdir", metavar="DIR", help=f"output folder (default: WORKDIR/{folder}.EPOCH)")


def add_run_folder(parser: argparse.ArgumentParser, epoch_help: str) -> None:
    """WORKDIR EPOCH of the commands that read one epoch of a training run."""
    add_path(parser, "workdir", metavar="WORKDIR", help="train_vae output folder", role=RUN_FOLDER)
    parser.add_argument("epoch", metavar="EPOCH", type=nonnegative_int, help=f"{epoch_help} (epochs count from 0)")


def add_encoding(parser: argparse.ArgumentParser) -> None:
    """--pe-type, --pe-dim, --feat-sigma: the decoder's encoding of frequencies (every training command)."""
    parser.add_argument("--pe-type", choices=("gaussian", "geometric"), default="gaussian",
                        help="frequency encoding: random Fourier features (default) or per-axis sin/cos")
    parser.add_argument("--pe-dim", type=positive_int, help="frequencies per axis of the encoding (default box/2)")
    parser.add_argument("--feat-sigma", type=positive_float, default=0.5,
                        help="bandwidth of the random Fourier features, in units of Nyquist (default 0.5)")


def add_seed(parser: argparse.ArgumentParser, what: str, *names: str) -> None:
    parser.add_argument(*(names or ("--seed",)), dest="seed", type=nonnegative_int, default=0,
                        help=f"random seed of {what}")


def add_ctf_overrides(parser: argparse.ArgumentParser) -> None:
    """--kv, --cs, -w, --ps: imaging parameters that override (or fill in) those of a star file."""
    parser.add_argument("--kv", type=positive_float, help="override the voltage (kV)")
    parser.add_argument("--cs", type=nonnegative_float, help="override the spherical aberration (mm)")
    parser.add_argument("-w", "--w", dest="w", type=probability, help="override the amplitude contrast")
    parser.add_argument("--ps", type=finite_float, help="override the phase shift (degrees)")


def ctf_overrides(args: argparse.Namespace):
    """Return the CtfOverrides named by -D, --Apix and the flags of :func:`add_ctf_overrides`."""
    from cryoscape.data import CtfOverrides

    return CtfOverrides(box_size=args.D, apix=args.Apix, voltage_kv=args.kv, cs_mm=args.cs,
                        amplitude_contrast=args.w, phase_shift_deg=args.ps)


def anchor_rows(values: list[str], n_rows: int) -> np.ndarray:
    """Return the anchor rows from numbers and .txt files of numbers, checked against the latents' rows."""
    rows: list[int] = []
    for value in values:
        if value.lstrip("-").isdigit():
            rows.append(int(value))
            continue
        path = Path(value)
        if not path.is_file():
            raise InputError(f"--anchors {value}: neither a row number nor an existing .txt file")
        try:
            rows.extend(int(v) for v in np.loadtxt(path, ndmin=1))
        except ValueError:
            raise InputError(f"--anchors {value}: the file holds something other than row numbers") from None
    bad = [r for r in rows if not 0 <= r < n_rows]
    if bad:
        raise InputError(f"--anchors {bad[0]} is outside the {n_rows} rows of z (0 … {n_rows - 1})")
    if len(rows) < 2:
        raise InputError("--anchors: give at least two anchors")
    return np.asarray(rows, np.int64)


def add_tilt_metadata(parser: argparse.ArgumentParser, from_run: bool = False) -> None:
    """The tilt-series options shared by train_vae, backproject_voxel and eval_images (cryoDRGN-ET's names);
    ``from_run``: no defaults, a trained run's settings apply where a flag is not given."""
    group = parser.add_argument_group("tilt series (cryo-ET: one row per tilt image, from parse_relion)")
    default = " (default: the run's)" if from_run else ""
    group.add_argument("--ntilts", type=positive_int, default=None if from_run else 10,
                       help=f"tilt images per particle used (its lowest-dose ones){default}")
    group.add_argument("-d", "--dose-per-tilt", type=positive_float, metavar="E",
                       help=f"exposure per tilt in e⁻/Å², when the star file has no _rlnMicrographPreExposure{default}")
    group.add_argument("-a", "--angle-per-tilt", type=positive_float, default=None if from_run else 3.0, metavar="DEG",
                       help=f"tilt increment, when the star file has no _rlnTomoNominalStageTiltAngle{default}")
