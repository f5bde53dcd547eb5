"""Write the selected particles of a stack to a new .mrcs."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.data import open_particles, transform_stack
from cryoscape.io import load_index
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "--ind", required=True, metavar="PKL", help="index .pkl of the particles to keep")
    flags.add_path(parser, "-o", "--outfile", dest="o", metavar="MRCS", role=flags.OUTPUT_FILE,
                   help="output stack (default: INPUT_IND.mrcs beside the input)")
    flags.add_datadir(parser)


def main(args: argparse.Namespace) -> None:
    stack = open_particles(args.input, datadir=args.datadir)
    indices = load_index(args.ind, stack.n_images)
    output = args.o or Path(args.input).with_name(f"{Path(args.input).stem}_{Path(args.ind).stem}.mrcs")
    transform_stack(stack, output, indices=indices, desc="filter")
    get_logger().info(f"wrote {len(indices)} of {stack.n_images} particles to {output}")
