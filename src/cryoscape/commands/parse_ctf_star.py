"""Convert RELION 3.0/3.1/5 star-file CTF parameters to a cryoDRGN-format ctf.pkl."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.report import report_ctf
from cryoscape.data import ctf_from_star, save_ctf
from cryoscape.io import read_star


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="FILE.star", help="particles star file with CTF columns")
    flags.add_box_apix(parser, "image size in pixels (overrides _rlnImageSize; required for "
                               "RELION 3.0 files)")
    flags.add_ctf_overrides(parser)
    flags.add_relion31(parser)
    flags.add_output(parser, "CTF .pkl")


def main(args: argparse.Namespace) -> None:
    ctf = ctf_from_star(read_star(args.input), flags.ctf_overrides(args))
    save_ctf(ctf, args.o)
    report_ctf(ctf, args.o)
