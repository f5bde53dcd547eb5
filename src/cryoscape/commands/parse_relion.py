"""Expand a RELION-5 tomography export (particles × tilts) into a 2D particle star file, poses and CTF."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import numpy as np

from cryoscape.commands import flags
from cryoscape.commands.report import report_ctf, report_poses
from cryoscape.data import save_ctf, save_poses, star_tables_from_arrays
from cryoscape.data.relion_tomo import expand_particles, read_tomograms
from cryoscape.io import OutputGroup, write_star_blocks
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "-t", "--tomograms", required=True, metavar="tomograms.star",
                    help="the tomogram set: one row per tilt series, pointing to its tilt-series star file")
    flags.add_input(parser, "-p", "--particles", required=True, metavar="particles.star",
                    help="particles with 2D stacks (RELION 5 Extract subtomos, 'Write output as 2D stacks')")
    flags.add_path(parser, "-o", "--output", dest="o", default="particles_2d.star", metavar="STAR",
                   role=flags.OUTPUT_FILE, help="expanded star file: one row per visible tilt image")
    flags.add_path(parser, "--poses", metavar="PKL", role=flags.OUTPUT_FILE, help="also write the per-image poses")
    flags.add_path(parser, "--ctf", metavar="PKL", role=flags.OUTPUT_FILE, help="also write the per-image CTF")
    flags.add_datadir(parser)
    parser.add_argument("--tilt-dim", type=flags.positive_int, nargs=2, metavar=("W", "H"),
                        help="tilt image size in pixels (cryoDRGN's flag; not needed: positions are read "
                             "from the centre of the tomogram)")


def _relative_names(names: list[str], output: Path) -> list[str]:
    """Rewrite ``NNN@stack`` names with the stack path relative to the output star file's folder."""
    folder = output.resolve().parent
    rewritten = []
    for name in names:
        number, _, stack = name.partition("@")
        rewritten.append(f"{number}@{os.path.relpath(Path(stack).resolve(), folder)}")
    return rewritten


def main(args: argparse.Namespace, image_apix: float | None = None, image_size: int | None = None) -> None:
    tomograms = read_tomograms(args.tomograms)
    expanded = expand_particles(args.particles, tomograms, Path(args.datadir) if args.datadir else None,
                                image_apix, image_size)
    names = _relative_names(list(expanded.table["rlnImageName"]), Path(args.o))
    particles, optics = star_tables_from_arrays(names, expanded.ctf, expanded.poses)
    for column in expanded.table.columns.drop("rlnImageName"):
        particles[column] = expanded.table[column].to_numpy()
    with OutputGroup() as written:
        write_star_blocks(written.add(args.o), {"optics": optics, "particles": particles})
        if args.poses:
            save_poses(expanded.poses, written.add(args.poses))
        if args.ctf:
            save_ctf(expanded.ctf, written.add(args.ctf))
    per_particle = np.bincount(expanded.table["rlnTomoParticleName"].astype("category").cat.codes)
    get_logger().info(f"{expanded.n_particles} particles in {len(tomograms)} tilt series → {len(particles)} tilt "
                      f"images ({per_particle.min()}–{per_particle.max()} per particle) in {args.o}")
    if args.poses:
        report_poses(expanded.poses, args.poses)
    if args.ctf:
        report_ctf(expanded.ctf, args.ctf)
