"""A path of real particles through latent space between anchor particles (protocol step 35)."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.analysis import graph_traversal, load_latents
from cryoscape.io import atomic_path


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("z", metavar="Z_PKL", help="latents (z.N.pkl)")
    parser.add_argument("--anchors", type=int, nargs="+", required=True, metavar="I",
                        help="particle indices (rows of z) the path goes through, in order")
    parser.add_argument("--max-neighbors", type=int, default=10, help="links per particle at most")
    parser.add_argument("--avg-neighbors", type=float, default=5.0,
                        help="links per particle on average (sets the distance cutoff)")
    parser.add_argument("-o", "--outfile", dest="o", required=True, metavar="PATH_TXT",
                        help="particle indices along the path, one per line")
    parser.add_argument("--out-z", metavar="Z_TXT", help="their latents, one per line (input of eval_vol --zfile)")


def main(args: argparse.Namespace) -> None:
    z = load_latents(args.z)
    path, length = graph_traversal(z, args.anchors, args.max_neighbors, args.avg_neighbors)
    with atomic_path(args.o) as tmp:
        np.savetxt(tmp, path, fmt="%d")
    if args.out_z:
        with atomic_path(args.out_z) as tmp:
            np.savetxt(tmp, z[path], fmt="%.6f")
