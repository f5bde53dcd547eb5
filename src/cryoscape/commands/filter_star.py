"""Keep the selected particles of a RELION star file (optics groups kept): selections back to RELION."""

from __future__ import annotations

import argparse

from cryoscape.commands.flags import add_subset
from cryoscape.data.export import subset_star
from cryoscape.io import load_index, read_star, write_star
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    add_subset(parser, "STAR", "particle star file (RELION 3.0, 3.1 or 5)", ".star")


def main(args: argparse.Namespace) -> None:
    tables = read_star(args.input)
    particles, optics = subset_star(tables, load_index(args.ind, len(tables)))
    write_star(args.o, particles, optics)
    get_logger().info(f"wrote {len(particles)} of {len(tables)} particles to {args.o}")
