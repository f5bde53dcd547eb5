"""Multiply each particle's spectrum by the sign of its CTF (phase flipping), e.g. for 2D inspection."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.data import check_counts, load_ctf, open_particles, transform_stack
from cryoscape.fourier import phase_flip
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "mrcs", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "ctf", metavar="CTF_PKL", help="their CTF parameters (ctf.pkl)")
    flags.add_output(parser, ".mrcs stack")
    flags.add_datadir(parser)


def main(args: argparse.Namespace) -> None:
    stack = open_particles(args.mrcs, datadir=args.datadir)
    ctf = load_ctf(args.ctf)
    check_counts(stack.n_images, "the particle stack", str(args.mrcs), ctf=ctf)
    ctf = ctf.for_box(stack.box_size)
    transform_stack(stack, args.o, lambda rows, images: phase_flip(images, ctf.values[rows]), desc="phase flip")
    get_logger().info(f"wrote {stack.n_images} phase-flipped particles to {args.o}")
