"""Back-project posed particles into a map, with half-maps and their FSC, to check parsed inputs."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.commands import flags
from cryoscape.data import check_counts, open_particles, validate_ctf, validate_poses
from cryoscape.errors import InputError
from cryoscape.fourier import fsc, resolution_at
from cryoscape.io import OutputGroup, atomic_path, load_index, load_pkl, write_mrc
from cryoscape.logs import get_logger
from cryoscape.plotting import plot_fsc
from cryoscape.reconstruct import backproject


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("particles", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    parser.add_argument("--poses", required=True, metavar="PKL", help="cryoDRGN-format poses .pkl")
    parser.add_argument("--ctf", metavar="PKL", help="cryoDRGN-format CTF .pkl (omit for no CTF)")
    flags.add_uninvert(parser)
    parser.add_argument("--first", type=int, default=10000, metavar="N",
                        help="back-project the first N (selected) particles (default: %(default)s)")
    flags.add_ind(parser)
    flags.add_datadir(parser)
    parser.add_argument("--reg-weight", type=float, default=1.0, metavar="W",
                        help="Wiener term added to Σctf² (default: %(default)s)")
    parser.add_argument("-b", "--batch-size", type=int, default=256, metavar="N",
                        help="images per batch (default: %(default)s)")
    flags.add_output(parser, "map .mrc; half-maps, FSC text and plot are written beside it")


def output_paths(output: str) -> dict[str, Path]:
    out = Path(output)
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return {"map": out, "half_a": out.with_name(f"{stem}.half_a.mrc"),
            "half_b": out.with_name(f"{stem}.half_b.mrc"), "fsc_txt": out.with_name(f"{stem}.fsc.txt"),
            "fsc_png": out.with_name(f"{stem}.fsc.png")}


def main(args: argparse.Namespace) -> None:
    log = get_logger()
    stack = open_particles(args.particles, datadir=args.datadir)
    rot, trans = validate_poses(load_pkl(args.poses), args.poses)
    ctf = validate_ctf(load_pkl(args.ctf), args.ctf) if args.ctf else None
    check_counts(stack.n_images, **{f"poses {args.poses}": rot})
    if ctf is not None:
        check_counts(stack.n_images, **{f"CTF {args.ctf}": ctf})
    indices = load_index(args.ind, stack.n_images) if args.ind else np.arange(stack.n_images)
    if args.first is not None:
        if args.first <= 0:
            raise InputError(f"--first {args.first}: give a positive number of particles")
        indices = indices[: args.first]
    apix = float(ctf[0, 1] * ctf[0, 0] / stack.box_size) if ctf is not None else (stack.apix or 1.0)
    log.info(f"back-projecting {len(indices)} of {stack.n_images} particles, box {stack.box_size}, "
             f"{apix:.4f} Å/px, {'inverting' if args.invert_data else 'not inverting'} the data")
    result = backproject(stack, rot, trans, ctf, indices, invert=args.invert_data,
                         reg=args.reg_weight, batch_size=args.batch_size)
    freq, curve = fsc(result.half_a, result.half_b)
    paths = output_paths(args.o)
    with OutputGroup() as written:
        write_mrc(written.add(paths["map"]), result.volume, apix, is_stack=False)
        write_mrc(written.add(paths["half_a"]), result.half_a, apix, is_stack=False)
        write_mrc(written.add(paths["half_b"]), result.half_b, apix, is_stack=False)
        with atomic_path(written.add(paths["fsc_txt"])) as tmp:
            np.savetxt(tmp, np.stack([freq / apix, curve], 1), fmt="%.6f",
                       header="frequency_1_per_angstrom fsc")
        plot_fsc(freq, curve, apix, written.add(paths["fsc_png"]))
    log.info(f"half-map FSC = 0.5 at {resolution_at(freq, curve, 0.5, apix):.2f} Å, "
             f"FSC = 0.143 at {resolution_at(freq, curve, 0.143, apix):.2f} Å "
             f"(Nyquist {2 * apix:.2f} Å)")
    for path in paths.values():
        log.info(f"wrote {path}")
