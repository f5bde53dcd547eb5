"""Generate maps from a trained decoder at given latent points (protocol step 35)."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.analysis import resolve_box_apix, volume_series, write_volumes
from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.io import load_pkl
from cryoscape.logs import get_logger
from cryoscape.models import load_trained_model


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "weights", metavar="WEIGHTS", help="weights.N.pkl of a train_vae run")
    flags.add_input(parser, "-c", "--config", metavar="YAML", help="config.yaml of the run (default: the one in the weights)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-z", type=flags.finite_float, nargs="+", metavar="Z", help="one latent point (zdim values)")
    flags.add_input(where, "--zfile", metavar="FILE", help="latent points: text (one per line) or a z .pkl")
    where.add_argument("--z-start", type=flags.finite_float, nargs="+", metavar="Z",
                       help="first point of a straight line of -n maps ending at --z-end")
    parser.add_argument("--z-end", type=flags.finite_float, nargs="+", metavar="Z", help="last point of the --z-start line")
    parser.add_argument("-n", type=flags.positive_int, default=10, help="maps along --z-start … --z-end, both ends included")
    flags.add_path(parser, "-o", required=True, metavar="OUT", role=flags.OUTPUT, help="output .mrc (for -z) or folder (for --zfile)")
    flags.add_map_options(parser)
    parser.add_argument("--prefix", default="vol_", help="file name prefix for --zfile maps")
    parser.add_argument("--vol-start-index", type=flags.nonnegative_int, default=0,
                        help="number of the first map file (cryoDRGN 4.3.1 starts at 1, cryoscape at 0)")
    parser.add_argument("--device", help="accepted for cryoDRGN compatibility (a GPU is used when present)")


def _latents(args: argparse.Namespace, zdim: int) -> np.ndarray:
    if args.z is not None:
        z = np.asarray(args.z, np.float32)
    elif args.z_start is not None:
        if args.z_end is None or len(args.z_end) != len(args.z_start):
            raise InputError("--z-start needs --z-end with as many values")
        fractions = np.linspace(0.0, 1.0, args.n, dtype=np.float32)[:, None]
        start, end = np.asarray(args.z_start, np.float32), np.asarray(args.z_end, np.float32)
        z = start + fractions * (end - start)
    elif str(args.zfile).endswith(".pkl"):
        z = np.asarray(load_pkl(args.zfile), np.float32)
    else:
        try:
            z = np.loadtxt(args.zfile, dtype=np.float32, ndmin=2, encoding="utf-8-sig")
        except (OSError, ValueError) as exc:
            raise InputError(f"{args.zfile} is not a text file of latent points ({exc})") from None
    z = z.reshape(-1, z.shape[-1]) if z.ndim > 1 else z.reshape(1, -1)
    if z.shape[1] != zdim or not np.isfinite(z).all():
        raise InputError(f"latent points have {z.shape[1]} values each; this model's zdim is {zdim}")
    return z


def main(args: argparse.Namespace) -> None:
    model, config = load_trained_model(args.weights, args.config)
    latents = _latents(args, config.model.zdim)
    options = flags.map_options(args)
    resolve_box_apix(config, options)  # refuse a bad -d before anything is written
    if args.z is not None:
        paths = write_volumes(model, config, latents, [Path(args.o)], options, progress=False)
    else:
        paths = volume_series(model, config, latents, args.o, options, prefix=args.prefix,
                              start_index=args.vol_start_index)
    get_logger().info(f"wrote {len(paths)} map(s): {paths[0]}" + (f" … {paths[-1]}" if len(paths) > 1 else ""))
