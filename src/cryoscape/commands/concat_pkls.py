"""Join per-particle .pkl files of one kind (poses, CTF, latents) end to end, in the order given."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.io import concat_rows, count_rows, load_pkl, save_pkl
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", nargs="+", metavar="PKL", help="pickles to join, in order")
    flags.add_output(parser, "pickle")


def main(args: argparse.Namespace) -> None:
    joined = concat_rows([load_pkl(p) for p in args.input], [str(p) for p in args.input])
    save_pkl(joined, args.o)
    get_logger().info(f"wrote {count_rows(joined)} rows from {len(args.input)} files to {args.o}")
