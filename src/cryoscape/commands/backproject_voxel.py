"""Back-project posed particles into a map, with half-maps and their FSC, to check parsed inputs."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.data import open_posed_particles
from cryoscape.reconstruct import BackprojectOptions, backproject_to_files


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "particles", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "--poses", required=True, metavar="PKL", help="cryoDRGN-format poses .pkl")
    flags.add_input(parser, "--ctf", metavar="PKL", help="cryoDRGN-format CTF .pkl (omit for no CTF)")
    flags.add_uninvert(parser)
    parser.add_argument("--first", type=flags.positive_int, default=10000, metavar="N",
                        help="back-project the first N (selected) particles (default: %(default)s)")
    flags.add_ind(parser)
    flags.add_datadir(parser)
    parser.add_argument("--reg-weight", type=flags.positive_float, default=1.0, metavar="W",
                        help="Wiener term added to Σctf² (default: %(default)s)")
    parser.add_argument("-b", "--batch-size", type=flags.positive_int, default=256, metavar="N",
                        help="images per batch (default: %(default)s)")
    flags.add_output(parser, "map .mrc; half-maps, FSC text and plot are written beside it")


def main(args: argparse.Namespace) -> None:
    particles = open_posed_particles(args.particles, args.poses, args.ctf, args.ind, args.datadir)
    options = BackprojectOptions(invert=args.invert_data, first=args.first, reg_weight=args.reg_weight,
                                 batch_size=args.batch_size)
    backproject_to_files(particles, args.o, options)
