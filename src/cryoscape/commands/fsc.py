"""FSC between two maps: the curve as a table and a plot, resolutions at 0.5 and 0.143, optional mask and
phase-randomisation correction, or cryoSPARC's set of masks from a reference map."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.fourier import FscOptions, fsc_curves, resolution_at
from cryoscape.io import OutputGroup, read_volume, write_fsc_table
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "volumes", nargs=2, metavar="MAP", help="the two maps (e.g. half-maps), same grid")
    flags.add_input(parser, "--mask", metavar="MRC", help="multiply both maps by this mask (e.g. from gen_mask) first")
    parser.add_argument("--corrected", type=flags.positive_float, metavar="Å",
                        help="correct the masked FSC for the mask (Chen et al. 2013): randomise phases beyond this "
                             "resolution in Å, FSC_true = (FSC_masked − FSC_randomised) / (1 − FSC_randomised)")
    flags.add_input(parser, "--ref-volume", metavar="MRC",
                    help="report cryoSPARC's curves: no mask, spherical, loose and tight masks made from this map "
                         "(threshold at half its max; loose: +15 Å, 10 Å edge; tight: +3 Å, 6 Å edge, or --mask), "
                         "and the tight curve corrected by phase randomisation (beyond --corrected, or where the "
                         "unmasked FSC drops below 0.8)")
    flags.add_path(parser, "-p", "--plot", nargs="?", const="", metavar="PNG", role=flags.OUTPUT_FILE,
                   help="also plot the curves; without a name: beside -o as .png, or fsc.png")
    parser.add_argument("--Apix", type=flags.positive_float, metavar="Å",
                        help="pixel size in Å/px (default: the first map's header; 1 if it gives none)")
    flags.add_path(parser, "-o", "--outtxt", dest="o", metavar="TXT", role=flags.OUTPUT_FILE,
                   help="write the curves as a table (cryoDRGN's layout: pixres fsc …); default: print them")
    flags.add_seed(parser, "the phase randomisation")


def main(args: argparse.Namespace) -> None:
    log = get_logger()
    vol_a, header = read_volume(args.volumes[0])
    vol_b, _ = read_volume(args.volumes[1])
    apix = args.Apix or header.apix or 1.0
    if not (args.Apix or header.apix):
        log.warning(f"{args.volumes[0]} gives no pixel size; resolutions assume 1 Å/px (give --Apix)")
    mask = read_volume(args.mask, "--mask")[0] if args.mask else None
    reference = read_volume(args.ref_volume, "--ref-volume")[0] if args.ref_volume else None
    freq, curves = fsc_curves(vol_a, vol_b, apix, FscOptions(mask, args.corrected, reference, args.seed))
    for name, curve in curves.items():
        if name != "randomised":
            log.info(f"{name:>10}: FSC 0.5 at {resolution_at(freq, curve, 0.5, apix):.3f} Å, "
                     f"FSC 0.143 at {resolution_at(freq, curve, 0.143, apix):.3f} Å")
    plot = None if args.plot is None else Path(args.plot or (Path(args.o).with_suffix(".png") if args.o else "fsc.png"))
    with OutputGroup() as written:
        if args.o:
            write_fsc_table(written.add(args.o), freq, curves)
        else:
            print("pixres " + " ".join(curves))
            for i, f in enumerate(freq):
                print(f"{f:.6g} " + " ".join(f"{c[i]:.6g}" for c in curves.values()))
        if plot is not None:
            from cryoscape.plotting import plot_fsc_curves

            plot_fsc_curves({name: (freq, c) for name, c in curves.items()}, apix, written.add(plot),
                            title=f"{Path(args.volumes[0]).name} vs {Path(args.volumes[1]).name}")
    for path in written.paths:
        log.info(f"wrote {path}")
