"""Convert RELION 3.0/3.1/5 star-file poses to a cryoDRGN-format poses.pkl."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.report import report_poses
from cryoscape.data import poses_from_star, save_poses
from cryoscape.io import read_star


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="FILE.star", help="particles star file of a 3D refinement")
    flags.add_box_apix(parser, "refinement box size in pixels (default: _rlnImageSize of the "
                               "optics table; required for RELION 3.0 files)")
    flags.add_relion31(parser)
    flags.add_output(parser, "poses .pkl")


def main(args: argparse.Namespace) -> None:
    poses = poses_from_star(read_star(args.input), box_size=args.D, apix=args.Apix)
    save_poses(poses, args.o)
    report_poses(poses, args.o)
