"""Save a montage of particle images (the first nine, or those of --ind) as a PNG."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.commands import flags
from cryoscape.data import open_particles
from cryoscape.io import OutputGroup, load_index
from cryoscape.logs import get_logger
from cryoscape.plotting import plot_image_grid


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "mrcs", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_datadir(parser)
    parser.add_argument("--invert", action="store_true", help="show the images with inverted contrast")
    flags.add_input(parser, "--ind", metavar="PKL", help="show these particles (the first -n of them)")
    parser.add_argument("-n", type=flags.positive_int, default=9, help="number of images")
    flags.add_path(parser, "-o", dest="o", metavar="PNG", role=flags.OUTPUT_FILE,
                   help="montage to write (default: PARTICLES' name with .png, beside it)")


def main(args: argparse.Namespace) -> None:
    stack = open_particles(args.mrcs, datadir=args.datadir)
    rows = load_index(args.ind, stack.n_images) if args.ind else np.arange(stack.n_images)
    rows = rows[:args.n]
    images = stack.images(rows)
    output = args.o or Path(args.mrcs).with_suffix(".png")
    with OutputGroup() as written:
        plot_image_grid(-images if args.invert else images, written.add(output), [f"#{i}" for i in rows])
    get_logger().info(f"wrote {output} ({len(rows)} of {stack.n_images} images)")
