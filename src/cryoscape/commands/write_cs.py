"""Write a cryoSPARC .cs file for a selection of particles of an input .cs, optionally with new CTF/poses."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands.flags import add_output
from cryoscape.data import validate_ctf, validate_poses
from cryoscape.data.export import subset_cs
from cryoscape.io import load_index, load_pkl, read_cs, write_cs
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="CS", help="the cryoSPARC particle file the particles came from")
    parser.add_argument("--ind", metavar="PKL", help="index .pkl of the particles to write (default: all)")
    parser.add_argument("--ctf", metavar="PKL", help="write these CTF parameters (ctf.pkl, one row per input particle)")
    parser.add_argument("--poses", metavar="PKL", help="write these poses (poses.pkl, one per input particle)")
    add_output(parser, ".cs file")


def main(args: argparse.Namespace) -> None:
    table = read_cs(args.input)
    indices = load_index(args.ind, len(table)) if args.ind else np.arange(len(table))
    ctf = validate_ctf(load_pkl(args.ctf), args.ctf) if args.ctf else None
    poses = validate_poses(load_pkl(args.poses), args.poses) if args.poses else None
    subset = subset_cs(table, indices, args.input, ctf, poses)
    write_cs(args.o, subset)
    get_logger().info(f"wrote {len(subset)} of {len(table)} particles to {args.o}")
