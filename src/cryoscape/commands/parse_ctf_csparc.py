"""Convert cryoSPARC CTF parameters (.cs) to a cryoDRGN-format ctf.pkl."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.report import report_ctf
from cryoscape.data import ctf_from_cs, save_ctf
from cryoscape.io import read_cs


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="FILE.cs", help="particles .cs with ctf/* fields")
    flags.add_output(parser, "CTF .pkl")


def main(args: argparse.Namespace) -> None:
    ctf = ctf_from_cs(read_cs(args.input), args.input)
    save_ctf(ctf, args.o)
    report_ctf(ctf, args.o)
