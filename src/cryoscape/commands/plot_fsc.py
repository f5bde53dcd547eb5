"""Plot FSC curves saved by `fsc -o` (or cryoDRGN's FSC tables) on one figure."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.io import OutputGroup, read_fsc_table
from cryoscape.logs import get_logger
from cryoscape.plotting import plot_fsc_curves


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", nargs="+", metavar="TXT", help="FSC tables (columns: pixres fsc …)")
    parser.add_argument("-a", "--Apix", type=flags.positive_float, default=1.0, metavar="Å",
                        help="pixel size in Å/px, for the frequency axis")
    flags.add_path(parser, "-o", "--outfile", dest="o", metavar="PNG", role=flags.OUTPUT_FILE,
                   help="plot file (default: TXT's name as .png for one table, fsc-plot.png for several)")


def main(args: argparse.Namespace) -> None:
    curves = {}
    for path in args.input:
        freq, columns = read_fsc_table(path)
        name = next(iter(columns))
        curves[Path(path).stem] = (freq, columns[name])
    output = args.o or (Path(args.input[0]).with_suffix(".png") if len(args.input) == 1 else Path("fsc-plot.png"))
    with OutputGroup() as written:
        plot_fsc_curves(curves, args.Apix, written.add(output))
    get_logger().info(f"wrote {output}")
