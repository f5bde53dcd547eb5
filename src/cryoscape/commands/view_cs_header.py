"""Print a cryoSPARC .cs file's fields (name, type, shape) and its first particle's values."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands import flags
from cryoscape.io import read_cs


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="CS", help="cryoSPARC particle file (.cs)")
    parser.add_argument("--row", type=flags.nonnegative_int, default=0, help="which particle's values to show")


def main(args: argparse.Namespace) -> None:
    data = read_cs(args.input)
    row = data[min(args.row, len(data) - 1)]
    print(f"{len(data)} particles, {len(data.dtype.names)} fields; values of particle {min(args.row, len(data) - 1)}:")
    for name in data.dtype.names:
        field = data.dtype.fields[name][0]
        value = row[name]
        shown = value.decode("utf-8", "replace") if isinstance(value, bytes) else np.array2string(
            np.asarray(value), precision=6, separator=", ")
        print(f"{name:<40} {str(field.base):<8} {str(field.shape or ''):<8} {shown}")
