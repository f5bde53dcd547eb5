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
    parser.add_argument("--abinit", action="store_true",
                        help="the .cs is from an ab-initio job: read alignments_class_0/* instead of alignments3D/*")
    parser.add_argument("--hetrefine", action="store_true",
                        help="the .cs is from a heterogeneous refinement, whose shifts are in pixels of half the box: "
                             "double them (as cryoDRGN)")
    flags.add_output(parser, "poses .pkl")


def main(args: argparse.Namespace) -> None:
    data = read_cs(args.input)
    poses = poses_from_cs(data, args.input, box_size=args.D,
                          fields="alignments_class_0" if args.abinit else "alignments3D",
                          shift_scale=2.0 if args.hetrefine else 1.0)
    save_poses(poses, args.o)
    report_poses(poses, args.o)
