"""Shift each particle by its translation (poses.pkl or a translations .pkl), centring the particles."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands import flags
from cryoscape.data import check_counts, open_particles, transform_stack
from cryoscape.errors import InputError
from cryoscape.fourier import shift_images
from cryoscape.io import OutputGroup, load_pkl
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "mrcs", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "trans", metavar="PKL", help="poses (rot, trans) or translations (N, 2), fractions of the box")
    parser.add_argument("--tscale", type=flags.finite_float, default=1.0, help="scale the translations by this")
    flags.add_datadir(parser)
    flags.add_output(parser, ".mrcs stack")
    flags.add_path(parser, "--out-png", metavar="PNG", role=flags.OUTPUT_FILE, help="also save the first nine shifted images")


def _translations(path: str, scale: float) -> np.ndarray:
    obj = load_pkl(path)
    trans = np.asarray(obj[1] if isinstance(obj, (tuple, list)) else obj, dtype=np.float64)
    if trans.ndim != 2 or trans.shape[1] != 2:
        raise InputError(f"{path} holds no (N, 2) translations (got shape {trans.shape}); give poses.pkl or trans.pkl")
    trans = trans * scale
    if np.abs(trans).max() > 1:
        raise InputError(f"{path}: translations up to {np.abs(trans).max():.3g} box; they must be fractions of the box "
                         "(cryoDRGN ≥ 0.3 layout): re-parse the poses, or give --tscale 1/BOX for pixels")
    return trans


def main(args: argparse.Namespace) -> None:
    stack = open_particles(args.mrcs, datadir=args.datadir)
    trans_px = _translations(args.trans, args.tscale) * stack.box_size
    check_counts(stack.n_images, "the particle stack", str(args.mrcs), translations=trans_px)
    with OutputGroup() as written:
        transform_stack(stack, written.add(args.o), lambda rows, images: shift_images(images, trans_px[rows]),
                        desc="translate")
        if args.out_png:
            from cryoscape.plotting import plot_image_grid

            first = np.arange(min(9, stack.n_images))
            plot_image_grid(shift_images(stack.images(first), trans_px[first]), written.add(args.out_png))
    get_logger().info(f"wrote {stack.n_images} shifted particles to {args.o}")
