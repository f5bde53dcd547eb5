"""Expand a WarpTools tomography export (RELION-5 style star files with 2D stacks) into 2D rows, poses and CTF.

WarpTools' ``ts_export_particles --2d`` writes the same three kinds of file RELION 5 does (a particle
set with 2D stacks, a tomogram set and one tilt-series table per tomogram), so it is read by the same
code as ``parse_relion``; ``--image-pixel-size``/``--image-size`` replace the optics values when the export
lacks them.
"""

from __future__ import annotations

import argparse

from cryoscape.commands import flags, parse_relion


def add_args(parser: argparse.ArgumentParser) -> None:
    parse_relion.add_args(parser)
    parser.add_argument("--image-pixel-size", type=flags.positive_float, metavar="A",
                        help="pixel size of the particle stacks in Å/px (default: _rlnImagePixelSize)")
    parser.add_argument("--image-size", type=flags.positive_int, metavar="D",
                        help="box size of the particle stacks in pixels (default: _rlnImageSize)")


def main(args: argparse.Namespace) -> None:
    parse_relion.main(args, image_apix=args.image_pixel_size, image_size=args.image_size)
