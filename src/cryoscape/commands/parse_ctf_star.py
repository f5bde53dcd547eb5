"""Convert RELION 3.0/3.1/5 star-file CTF parameters to a cryoDRGN-format ctf.pkl."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.report import report_ctf
from cryoscape.data import CtfOverrides, ctf_from_star, save_ctf
from cryoscape.io import read_star


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="FILE.star", help="particles star file with CTF columns")
    flags.add_box_apix(parser, "image size in pixels (overrides _rlnImageSize; required for "
                               "RELION 3.0 files)")
    parser.add_argument("--kv", type=flags.positive_float, help="override the voltage (kV)")
    parser.add_argument("--cs", type=flags.nonnegative_float, help="override the spherical aberration (mm)")
    parser.add_argument("-w", "--w", dest="w", type=flags.probability, help="override the amplitude contrast")
    parser.add_argument("--ps", type=flags.finite_float, help="override the phase shift (degrees)")
    flags.add_relion31(parser)
    flags.add_output(parser, "CTF .pkl")


def main(args: argparse.Namespace) -> None:
    overrides = CtfOverrides(box_size=args.D, apix=args.Apix, voltage_kv=args.kv, cs_mm=args.cs,
                             amplitude_contrast=args.w, phase_shift_deg=args.ps)
    ctf = ctf_from_star(read_star(args.input), overrides)
    save_ctf(ctf, args.o)
    report_ctf(ctf, args.o)
