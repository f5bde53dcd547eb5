"""A path of real particles through latent space between anchor particles (protocol step 35)."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.analysis import graph_traversal, load_latents
from cryoscape.commands import flags
from cryoscape.io import OutputGroup
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "z", metavar="Z_PKL", help="latents (z.N.pkl)")
    parser.add_argument("--anchors", nargs="+", required=True, metavar="I|TXT",
                        help="rows of z the path goes through, in order: numbers, or .txt files of numbers "
                             "(e.g. analyze's kmeansK/centers_ind.txt)")
    parser.add_argument("--max-neighbors", type=flags.positive_int, default=10, help="links per particle at most")
    parser.add_argument("--avg-neighbors", type=flags.positive_float, default=5.0,
                        help="links per particle on average (sets the distance cutoff)")
    flags.add_path(parser, "-o", "--outtxt", dest="o", default="z-path.txt", metavar="Z_TXT", role=flags.OUTPUT_FILE,
                   help="the path's latents, one per line (input of eval_vol --zfile), as cryoDRGN 4.x's -o")
    flags.add_path(parser, "--outind", metavar="IND_TXT", role=flags.OUTPUT_FILE,
                   help="the path's particle rows (of z), one per line (default: beside -o, Z_TXT's name + -indices)")
    parser.add_argument("--batch-size", type=flags.positive_int, default=1000,
                        help="accepted for cryoDRGN compatibility")
    parser.add_argument("--verbose", action="store_true", help="also print the path's rows and latents")


def main(args: argparse.Namespace) -> None:
    z = load_latents(args.z)
    anchors = flags.anchor_rows(args.anchors, len(z))
    path, length = graph_traversal(z, anchors, args.max_neighbors, args.avg_neighbors)
    outind = args.outind or Path(args.o).with_name(f"{Path(args.o).stem}-indices.txt")
    with OutputGroup() as written:
        np.savetxt(written.add(args.o), z[path], fmt="%.6f")
        np.savetxt(written.add(outind), path, fmt="%d")
    if args.verbose:
        for row in path:
            print(row, " ".join(f"{v:.4f}" for v in z[row]))
    get_logger().info(f"path of {len(path)} particles through anchors {', '.join(map(str, anchors))} "
                      f"(length {float(np.sum(length)):.3g}): latents {args.o}, rows {outind}")
