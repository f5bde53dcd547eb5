"""Set the pixel size in an MRC file's header (maps written without one open at the wrong scale)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.io import read_mrc_header, rewrite_mrc
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    # not declared as a protected input: updating the file in place is this command's purpose
    parser.add_argument("input", metavar="MRC", help="map or stack")
    parser.add_argument("--Apix", type=flags.positive_float, required=True, metavar="Å",
                        help="pixel size in Å/px (cryoDRGN defaults to 1; cryoscape asks, since a wrong scale is "
                             "worse than none)")
    parser.add_argument("-o", metavar="MRC",
                        help="output file (default: update INPUT in place, replaced atomically; cryoDRGN needs -o)")


def main(args: argparse.Namespace) -> None:
    before = read_mrc_header(args.input).apix
    output = Path(args.o or args.input)
    rewrite_mrc(args.input, output, apix=args.Apix)
    get_logger().info(f"wrote {output}: pixel size {before:g} → {args.Apix:g} Å/px")
