"""Negate the density of a map (or the pixels of a stack): dark-on-light ↔ light-on-dark."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.io import rewrite_mrc
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="MRC", help="map (.mrc) or particle stack (.mrcs)")
    flags.add_path(parser, "-o", "--outmrc", dest="o", metavar="MRC", role=flags.OUTPUT_FILE,
                   help="output file (default: INPUT_inverted with the input's suffix, beside the input)")


def main(args: argparse.Namespace) -> None:
    source = Path(args.input)
    output = args.o or source.with_name(f"{source.stem}_inverted{source.suffix}")
    rewrite_mrc(source, output, lambda data: -data)
    get_logger().info(f"wrote {output} (contrast inverted)")
