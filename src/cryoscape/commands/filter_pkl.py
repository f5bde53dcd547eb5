"""Keep the selected rows of a per-particle .pkl (poses, CTF, latents, labels), in its own layout."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.io import count_rows, load_index, load_pkl, save_pkl, select_rows
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="PKL", help="per-particle pickle (an array, or a tuple such as poses)")
    group = parser.add_mutually_exclusive_group(required=True)
    flags.add_input(group, "--ind", metavar="PKL", help="index .pkl of the rows to keep")
    group.add_argument("--first", type=flags.positive_int, metavar="N", help="keep the first N rows")
    flags.add_path(parser, "-o", "--output", dest="o", required=True, metavar="PKL", role=flags.OUTPUT_FILE,
                   help="output pickle")


def main(args: argparse.Namespace) -> None:
    obj = load_pkl(args.input)
    n = count_rows(obj, args.input)
    if args.first is not None and args.first > n:
        raise InputError(f"--first {args.first}: {args.input} has only {n} rows")
    rows = load_index(args.ind, n) if args.ind else np.arange(args.first)
    save_pkl(select_rows(obj, rows, args.input), args.o)
    get_logger().info(f"wrote {len(rows)} of {n} rows of {args.input} to {args.o}")
