"""Keep the selected particles of a RELION star file (optics groups kept): selections back to RELION.
With ``--et`` the star file has one row per tilt image (parse_relion) and ``--ind`` counts particles: every
tilt image of each selected particle is kept (a tilt-series run's ind_keep.pkl)."""

from __future__ import annotations

import argparse

from cryoscape.commands.flags import add_subset
from cryoscape.data.export import subset_star
from cryoscape.data.tilts import tilt_images_from_table
from cryoscape.io import load_index, read_star, write_star
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    add_subset(parser, "STAR", "particle star file (RELION 3.0, 3.1 or 5)", ".star")
    parser.add_argument("--et", action="store_true",
                        help="tilt series: rows are tilt images grouped by _rlnTomoParticleName/_rlnGroupName and "
                             "--ind selects particles (all their tilt images are kept)")


def main(args: argparse.Namespace) -> None:
    tables = read_star(args.input)
    if args.et:
        tilts = tilt_images_from_table(tables.particles, args.input, dose_per_tilt=1.0)  # order only: file order
        chosen = load_index(args.ind, tilts.n_particles)
        rows = tilts.images_of(chosen)[0]
        what = f"{len(chosen)} of {tilts.n_particles} particles ({len(rows)} of {len(tables)} tilt images)"
    else:
        rows = load_index(args.ind, len(tables))
        what = f"{len(rows)} of {len(tables)} particles"
    particles, optics = subset_star(tables, rows)
    write_star(args.o, particles, optics)
    get_logger().info(f"wrote {what} to {args.o}")
