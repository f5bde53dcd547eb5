"""Generate maps from a trained decoder at given latent points (protocol step 35)."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.errors import InputError
from cryoscape.io import load_pkl, write_mrc
from cryoscape.logs import get_logger
from cryoscape.models import HetVAE, decode_volume, load_run_config, run_config_from_dict
from cryoscape.training import load_checkpoint


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("weights", metavar="WEIGHTS", help="weights.N.pkl of a train_vae run")
    parser.add_argument("-c", "--config", metavar="YAML", help="config.yaml of the run (default: the one in the weights)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-z", type=float, nargs="+", metavar="Z", help="one latent point (zdim values)")
    where.add_argument("--zfile", metavar="FILE", help="latent points: text (one per line) or a z .pkl")
    parser.add_argument("-o", required=True, metavar="OUT", help="output .mrc (for -z) or folder (for --zfile)")
    parser.add_argument("--flip", action="store_true", help="flip handedness (mirror along z)")
    parser.add_argument("--invert", action="store_true", help="invert the contrast")
    parser.add_argument("--Apix", type=float, help="pixel size in the header (default: from the config)")
    parser.add_argument("-d", "--downsample", dest="box", type=int, help="generate at this (smaller, even) box")
    parser.add_argument("--prefix", default="vol_", help="file name prefix for --zfile maps")


def _latents(args: argparse.Namespace, zdim: int) -> np.ndarray:
    if args.z is not None:
        z = np.asarray(args.z, np.float32)
    elif str(args.zfile).endswith(".pkl"):
        z = np.asarray(load_pkl(args.zfile), np.float32)
    else:
        try:
            z = np.loadtxt(args.zfile, dtype=np.float32, ndmin=2)
        except (OSError, ValueError) as exc:
            raise InputError(f"{args.zfile} is not a text file of latent points ({exc})") from None
    z = z.reshape(-1, z.shape[-1]) if z.ndim > 1 else z.reshape(1, -1)
    if z.shape[1] != zdim or not np.isfinite(z).all():
        raise InputError(f"latent points have {z.shape[1]} values each; this model's zdim is {zdim}")
    return z


def main(args: argparse.Namespace) -> None:
    state = load_checkpoint(args.weights)
    config = load_run_config(args.config) if args.config else run_config_from_dict(state["config"], args.weights)
    model = HetVAE(config.model)
    try:
        model.load_state_dict(state["model"])
    except RuntimeError:
        raise InputError(f"{args.weights} does not match the architecture in the config; "
                         "give the config.yaml of the run that wrote it") from None
    model.eval()
    latents = _latents(args, config.model.zdim)
    box = args.box or config.model.box_size
    if box % 2 or box > config.model.box_size or box < 4:
        raise InputError(f"-d {box}: must be even and at most the model's box {config.model.box_size}")
    apix = args.Apix or config.data.apix * config.model.box_size / box
    if args.z is not None:
        outputs = [Path(args.o)]
    else:
        outputs = [Path(args.o) / f"{args.prefix}{i:03d}.mrc" for i in range(len(latents))]
    log = get_logger()
    for z, path in zip(latents, outputs):
        volume = decode_volume(model, z, box, spectrum_rms=config.data.spectrum_rms)
        if args.flip:
            volume = volume[::-1].copy()
        if args.invert:
            volume = -volume
        write_mrc(path, volume, apix, is_stack=False)
        log.info(f"wrote {path}")
