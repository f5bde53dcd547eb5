"""Pick a random subset of particle indices (and, optionally, save the rest)."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.io import OutputGroup, save_pkl
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("N", type=flags.positive_int, help="number of particles in the dataset (indices 0 … N−1)")
    flags.add_output(parser, "index .pkl of the chosen particles")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-n", type=flags.positive_int, metavar="K", help="number of particles to choose")
    group.add_argument("--frac", type=flags.probability, help="fraction of the particles to choose")
    flags.add_path(parser, "-s", metavar="PKL", role=flags.OUTPUT_FILE, help="also save the particles not chosen")
    flags.add_seed(parser, "the choice")


def main(args: argparse.Namespace) -> None:
    k = args.n if args.n is not None else int(round(args.frac * args.N))
    if k > args.N:
        raise InputError(f"-n {k} is more than the {args.N} particles")
    chosen = np.sort(np.random.default_rng(args.seed).choice(args.N, size=k, replace=False)).astype(np.int64)
    with OutputGroup() as written:
        save_pkl(chosen, written.add(args.o))
        if args.s:
            save_pkl(np.setdiff1d(np.arange(args.N), chosen).astype(np.int64), written.add(args.s))
    get_logger().info(f"chose {k} of {args.N} particles: {args.o}" + (f"; the other {args.N - k}: {args.s}" if args.s else ""))
