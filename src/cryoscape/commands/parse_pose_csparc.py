"""Convert cryoSPARC 3D-refinement poses (.cs) to a cryoDRGN-format poses.pkl."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.report import report_poses
from cryoscape.data import poses_from_cs, save_poses
from cryoscape.io import read_cs


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="FILE.cs", help="particles .cs of a 3D refinement job")
    parser.add_argument("-D", type=flags.positive_int, metavar="BOX",
                        help="box size of the refinement in pixels (default: from blob/shape)")
    flags.add_output(parser, "poses .pkl")


def main(args: argparse.Namespace) -> None:
    data = read_cs(args.input)
    poses = poses_from_cs(data, args.input, box_size=args.D)
    save_poses(poses, args.o)
    report_poses(poses, args.o)
