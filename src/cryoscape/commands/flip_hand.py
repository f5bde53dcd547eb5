"""Mirror a map along z, which flips its handedness (ab initio and VAE maps come out in either hand)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.io import read_volume, rewrite_mrc
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="MRC", help="map to flip")
    flags.add_path(parser, "-o", "--outmrc", dest="o", metavar="MRC", role=flags.OUTPUT_FILE,
                   help="output map (default: INPUT_flipped.mrc beside the input)")


def main(args: argparse.Namespace) -> None:
    read_volume(args.input, "flip_hand input")  # refuse a stack before writing anything
    output = args.o or Path(args.input).with_name(f"{Path(args.input).stem}_flipped.mrc")
    rewrite_mrc(args.input, output, lambda volume: volume[::-1])
    get_logger().info(f"wrote {output} (mirrored along z)")
