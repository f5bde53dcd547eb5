"""Write a cryoSPARC .cs file for a selection of particles of an input .cs, optionally with new CTF/poses."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands import flags
from cryoscape.data import load_ctf, load_poses
from cryoscape.data.export import subset_cs
from cryoscape.io import load_index, read_cs, write_cs
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="CS", help="the cryoSPARC particle file the particles came from")
    flags.add_input(parser, "--ind", metavar="PKL", help="index .pkl of the particles to write (default: all)")
    flags.add_input(parser, "--ctf", metavar="PKL", help="write these CTF parameters (ctf.pkl, one row per input particle)")
    flags.add_input(parser, "--poses", metavar="PKL", help="write these poses (poses.pkl, one per input particle)")
    flags.add_output(parser, ".cs file")


def main(args: argparse.Namespace) -> None:
    table = read_cs(args.input)
    indices = load_index(args.ind, len(table)) if args.ind else np.arange(len(table))
    ctf = load_ctf(args.ctf) if args.ctf else None
    poses = load_poses(args.poses) if args.poses else None
    subset = subset_cs(table, indices, args.input, ctf, poses)
    write_cs(args.o, subset)
    get_logger().info(f"wrote {len(subset)} of {len(table)} particles to {args.o}")
