"""Print an MRC file's header: size, mode, pixel size, origin, statistics, labels."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.io import mrc_header_fields


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="MRC", help="map (.mrc) or stack (.mrcs)")


def main(args: argparse.Namespace) -> None:
    for name, value in mrc_header_fields(args.input).items():
        print(f"{name:>10}: {value}")
