"""Keep the selected particles of a cryoSPARC .cs file (all fields kept): selections back to cryoSPARC."""

from __future__ import annotations

import argparse

from cryoscape.commands.flags import add_subset
from cryoscape.data.export import subset_cs
from cryoscape.io import load_index, read_cs, write_cs
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    add_subset(parser, "CS", "cryoSPARC particle file (.cs)", ".cs")


def main(args: argparse.Namespace) -> None:
    table = read_cs(args.input)
    subset = subset_cs(table, load_index(args.ind, len(table)), args.input)
    write_cs(args.o, subset)
    get_logger().info(f"wrote {len(subset)} of {len(table)} particles to {args.o}")
