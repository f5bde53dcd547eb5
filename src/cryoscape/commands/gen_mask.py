"""Make a soft mask from a map: threshold, dilation and a cosine soft edge, in Å."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.fourier import threshold_mask
from cryoscape.io import OutputGroup, read_volume, write_mrc
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="MRC", help="map to mask")
    flags.add_path(parser, "output", metavar="MRC", role=flags.OUTPUT_FILE, help="mask to write")
    parser.add_argument("--threshold", type=flags.finite_float, metavar="DENSITY",
                        help="density above which a voxel is inside (default: half the map's maximum)")
    parser.add_argument("--dilate", type=flags.nonnegative_float, default=25.0, metavar="Å",
                        help="grow the thresholded mask by this distance")
    parser.add_argument("--dist", type=flags.nonnegative_float, default=15.0, metavar="Å",
                        help="width of the cosine soft edge beyond the dilated mask")
    parser.add_argument("--Apix", type=flags.positive_float, metavar="Å",
                        help="pixel size in Å/px (default: the map's header)")
    flags.add_path(parser, "-p", "--png-output", dest="png", metavar="PNG", role=flags.OUTPUT_FILE,
                   help="also save the central slices of the map and the mask")


def main(args: argparse.Namespace) -> None:
    log = get_logger()
    volume, header = read_volume(args.input)
    apix = args.Apix or header.apix
    if not apix:
        raise InputError(f"{args.input} gives no pixel size, which --dilate/--dist in Å need; give --Apix")
    threshold = 0.5 * float(volume.max()) if args.threshold is None else args.threshold
    mask = threshold_mask(volume, apix, threshold, args.dilate, args.dist, name=str(args.input))
    with OutputGroup() as written:
        write_mrc(written.add(args.output), mask, apix, is_stack=False)
        if args.png:
            from cryoscape.plotting import plot_map_slices

            plot_map_slices({"map": volume, "mask": mask}, written.add(args.png))
    log.info(f"threshold {threshold:.4g}, dilation {args.dilate:g} Å, soft edge {args.dist:g} Å: "
             f"{int((mask > 0.5).sum())} voxels inside ({100 * float((mask > 0.5).mean()):.1f}% of the box)")
    for path in written.paths:
        log.info(f"wrote {path}")
