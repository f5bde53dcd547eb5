"""Write a RELION star file for (a selection of) particles from their CTF and poses (protocol step 17)."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.commands import flags
from cryoscape.data import load_ctf, load_poses, open_particles
from cryoscape.data.export import check_selection, star_from_selection
from cryoscape.io import load_index, write_star
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "particles", metavar="PARTICLES", help="particle stack (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "ctf", metavar="CTF", help="ctf.pkl of these particles")
    flags.add_input(parser, "--poses", metavar="PKL", help="poses.pkl to include (rlnAngle*/rlnOrigin*)")
    flags.add_ind(parser)
    flags.add_datadir(parser)
    parser.add_argument("--relion31", action="store_true", help="RELION 3.1 format with an optics table "
                        "(default: RELION 3.0, one table)")
    parser.add_argument("--full-path", action="store_true", help="absolute image paths (default: relative to "
                        "the current folder, where RELION runs)")
    flags.add_output(parser, ".star file")


def main(args: argparse.Namespace) -> None:
    stack = open_particles(args.particles, datadir=args.datadir)
    ctf = load_ctf(args.ctf)
    poses = load_poses(args.poses) if args.poses else None
    indices = load_index(args.ind, stack.n_images) if args.ind else np.arange(stack.n_images)
    check_selection(indices, stack.n_images, args.particles)
    particles, optics = star_from_selection(stack, ctf, poses, indices, args.relion31, args.full_path)
    write_star(Path(args.o), particles, optics)
    get_logger().info(f"wrote {len(particles)} particles to {args.o} (RELION {'3.1' if args.relion31 else '3.0'})")
