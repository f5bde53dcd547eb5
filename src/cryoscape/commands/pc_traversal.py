"""On-data latent points along principal components, 1st to 99th percentile by default (protocol step 23)."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.analysis import load_latents, pc_traversal, run_pca
from cryoscape.commands import flags
from cryoscape.io import staged_folder
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "z", metavar="Z_PKL", help="latents (z.N.pkl)")
    parser.add_argument("--pc", "--dim", dest="pcs", type=flags.positive_int, nargs="+", default=[1, 2], metavar="PC",
                        help="principal components to traverse (1-based)")
    parser.add_argument("-n", type=flags.positive_int, default=10, help="points per traversal")
    parser.add_argument("--lim", type=flags.finite_float, nargs=2, metavar=("LOW", "HIGH"),
                        help="PC values of the ends (default: 1st and 99th percentiles)")
    flags.add_output_folder(parser, "-o", "--outdir", dest="o", required=True, metavar="DIR", help="output folder")


def main(args: argparse.Namespace) -> None:
    z = load_latents(args.z)
    pca = run_pca(z)
    traversals = {pc: pc_traversal(z, pca, pc, args.n, tuple(args.lim) if args.lim else None) for pc in args.pcs}
    with staged_folder(args.o) as out:  # every traversal is written, or none
        for pc, (values, indices) in traversals.items():
            folder = out / f"pc{pc}"
            folder.mkdir()
            np.savetxt(folder / "z_values.txt", z[indices], fmt="%.6f")
            np.savetxt(folder / "pc_values.txt", values, fmt="%.6f")
            np.savetxt(folder / "particles.txt", indices, fmt="%d")
    for pc, (values, indices) in traversals.items():
        folder = Path(args.o) / f"pc{pc}"
        get_logger().info(f"PC{pc} ({pca.explained_variance_ratio[pc - 1]:.1%} of the variance): {args.n} points "
                          f"from {values[0]:.3f} to {values[-1]:.3f} -> {folder}/z_values.txt")
