"""A path of real particles through latent space between anchor particles (protocol step 35)."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.analysis import graph_traversal, load_latents
from cryoscape.commands import flags
from cryoscape.io import OutputGroup


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "z", metavar="Z_PKL", help="latents (z.N.pkl)")
    parser.add_argument("--anchors", type=flags.nonnegative_int, nargs="+", required=True, metavar="I",
                        help="particle indices (rows of z) the path goes through, in order")
    parser.add_argument("--max-neighbors", type=flags.positive_int, default=10, help="links per particle at most")
    parser.add_argument("--avg-neighbors", type=flags.positive_float, default=5.0,
                        help="links per particle on average (sets the distance cutoff)")
    flags.add_path(parser, "-o", "--outfile", dest="o", required=True, metavar="PATH_TXT", role=flags.OUTPUT_FILE,
                        help="particle indices along the path, one per line")
    flags.add_path(parser, "--out-z", metavar="Z_TXT", role=flags.OUTPUT_FILE, help="their latents, one per line (input of eval_vol --zfile)")


def main(args: argparse.Namespace) -> None:
    z = load_latents(args.z)
    path, length = graph_traversal(z, args.anchors, args.max_neighbors, args.avg_neighbors)
    with OutputGroup() as written:
        np.savetxt(written.add(args.o), path, fmt="%d")
        if args.out_z:
            np.savetxt(written.add(args.out_z), z[path], fmt="%.6f")
