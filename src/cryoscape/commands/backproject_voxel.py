"""Back-project posed particles into a map, with half-maps and their FSC, to check parsed inputs."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands import flags
from cryoscape.data import open_posed_particles
from cryoscape.errors import InputError
from cryoscape.io import load_index
from cryoscape.logs import get_logger
from cryoscape.reconstruct import BackprojectOptions, backproject_to_files
from cryoscape.reconstruct.backproject import TiltWeighting
from cryoscape.data.tilts import read_tilt_images


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
    parser.add_argument("--tilt", action="store_true",
                        help="the particles are tilt-series images (a star file from parse_relion): --ind and --first "
                             "count particles, each contributes its --ntilts lowest-dose tilts, dose- and tilt-weighted")
    parser.add_argument("--force-ntilts", action="store_true", help="with --tilt, keep only particles with ≥ --ntilts tilts")
    flags.add_tilt_metadata(parser)
    flags.add_output(parser, "map .mrc; half-maps, FSC text and plot are written beside it")


def _tilt_selection(args: argparse.Namespace) -> tuple[np.ndarray, TiltWeighting]:
    """Return the images to back-project (each chosen particle's lowest-dose tilts) and their weighting."""
    tilts = read_tilt_images(args.particles, args.dose_per_tilt, args.angle_per_tilt)
    chosen = load_index(args.ind, tilts.n_particles) if args.ind else np.arange(tilts.n_particles)
    if args.force_ntilts:
        chosen = chosen[tilts.counts()[chosen] >= args.ntilts]
        if chosen.size == 0:
            raise InputError(f"--force-ntilts: no particle has {args.ntilts} tilts; lower --ntilts")
    chosen = chosen[:args.first]
    images, owner = tilts.images_of(chosen, args.ntilts)
    halves = owner % 2  # every tilt of a particle in the same half-map
    get_logger().info(f"--tilt: {len(chosen)} particles, {len(images)} tilt images (≤ {args.ntilts} each)")
    return images, TiltWeighting(tilts.dose_e_per_a2[images], tilts.tilt_deg[images], halves)


def main(args: argparse.Namespace) -> None:
    weighting = None
    ind = args.ind
    if args.tilt:
        ind, weighting = _tilt_selection(args)
    particles = open_posed_particles(args.particles, args.poses, args.ctf, ind, args.datadir)
    options = BackprojectOptions(invert=args.invert_data, first=args.first, reg_weight=args.reg_weight,
                                 batch_size=args.batch_size)
    backproject_to_files(particles, args.o, options, tilts=weighting)
