"""Poses and CTF of a RELION star file in one call (parse_pose_star and parse_ctf_star together)."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.report import report_ctf, report_poses
from cryoscape.data import ctf_from_star, poses_from_star, save_ctf, save_poses
from cryoscape.errors import InputError
from cryoscape.io import OutputGroup, read_star


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="FILE.star", help="particles star file of a 3D refinement")
    flags.add_path(parser, "--poses", metavar="PKL", role=flags.OUTPUT_FILE, help="poses .pkl to write")
    flags.add_path(parser, "--ctf", metavar="PKL", role=flags.OUTPUT_FILE, help="CTF .pkl to write")
    flags.add_box_apix(parser, "image size in pixels (default: _rlnImageSize of the optics table; required for "
                               "RELION 3.0 files)")
    flags.add_ctf_overrides(parser)
    flags.add_relion31(parser)


def main(args: argparse.Namespace) -> None:
    if not (args.poses or args.ctf):
        raise InputError("give --poses PKL, --ctf PKL or both: nothing to write")
    tables = read_star(args.input)
    poses = poses_from_star(tables, box_size=args.D, apix=args.Apix) if args.poses else None
    ctf = ctf_from_star(tables, flags.ctf_overrides(args)) if args.ctf else None
    with OutputGroup() as written:  # both files or neither
        if poses is not None:
            save_poses(poses, written.add(args.poses))
        if ctf is not None:
            save_ctf(ctf, written.add(args.ctf))
    if poses is not None:
        report_poses(poses, args.poses)
    if ctf is not None:
        report_ctf(ctf, args.ctf)
