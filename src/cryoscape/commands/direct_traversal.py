"""A straight path in latent space through anchor particles, for eval_vol --zfile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from cryoscape.analysis import load_latents, straight_path
from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.io import atomic_path
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "zfile", metavar="Z_PKL", help="latents (z.N.pkl)")
    parser.add_argument("--anchors", nargs="+", required=True, metavar="I|TXT",
                        help="rows of z the path goes through, in order: numbers, or .txt files of numbers")
    parser.add_argument("-n", type=flags.positive_int, default=6,
                        help="points per segment, both anchors included (anchors shared by two segments are "
                             "not repeated)")
    parser.add_argument("--loop", action="store_true", help="return to the first anchor")
    flags.add_path(parser, "-o", "--outtxt", dest="o", nargs="?", const="", metavar="Z_TXT", role=flags.OUTPUT_FILE,
                   help="write the path's z values (one per line); without a name: z-path.txt; default: print them")


def main(args: argparse.Namespace) -> None:
    z = load_latents(args.zfile)
    anchors = flags.anchor_rows(args.anchors, len(z))
    if args.n < 2:
        raise InputError("-n: at least 2 points per segment (its two anchors)")
    path = straight_path(z[anchors], args.n - 1, loop=args.loop)
    if args.o is None:
        np.savetxt(sys.stdout, path, fmt="%.6f")
        return
    output = Path(args.o or "z-path.txt")
    with atomic_path(output) as tmp:
        np.savetxt(tmp, path, fmt="%.6f")
    get_logger().info(f"wrote {len(path)} points through anchors {', '.join(map(str, anchors))} to {output}")
