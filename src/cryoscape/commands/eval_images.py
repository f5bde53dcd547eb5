"""Encode a posed particle stack with a trained model: latents (z.pkl) and each image's loss, for held-out
particles or a larger dataset than was trained on. A tilt-series model (train_vae --encode-mode tilt) gets the
tilt-series star file and gives one latent and one loss per particle."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.data import open_particles
from cryoscape.errors import InputError
from cryoscape.io import OutputGroup, save_pkl
from cryoscape.logs import get_logger
from cryoscape.models import DataConfig, load_trained_model
from cryoscape.training import evaluate_images, load_training_data, pick_device, save_latents


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "particles", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs) at the model's box")
    flags.add_input(parser, "weights", metavar="WEIGHTS", help="a weights.N.pkl of train_vae")
    flags.add_input(parser, "-c", "--config", metavar="YAML", help="the run's config.yaml (default: the one in the weights)")
    flags.add_input(parser, "--poses", required=True, metavar="PKL", help="poses .pkl of these particles")
    flags.add_input(parser, "--ctf", metavar="PKL", help="CTF .pkl of these particles")
    flags.add_path(parser, "-o", dest="o", required=True, metavar="PKL", role=flags.OUTPUT_FILE,
                   help="losses: a dict with cryoDRGN's mean loss, recon and kld, plus the per-image arrays "
                        "loss_per_image, recon_per_image, kld_per_image")
    flags.add_path(parser, "--out-z", required=True, metavar="PKL", role=flags.OUTPUT_FILE,
                   help="latents: means then log-variances, as train_vae's z.N.pkl")
    flags.add_path(parser, "--out-loss", metavar="PKL", role=flags.OUTPUT_FILE,
                   help="also the per-image loss alone, one number per particle (dashboard --colour-by)")
    parser.add_argument("-b", "--batch-size", type=flags.positive_int, default=64, help="images per batch")
    parser.add_argument("--beta", type=flags.nonnegative_float, help="KL weight of the loss (default: 1/zdim)")
    parser.add_argument("--log-interval", type=flags.positive_int, default=1000,
                        help="accepted for cryoDRGN compatibility (a progress bar shows instead)")
    flags.add_uninvert(parser)
    flags.add_ind(parser)
    parser.add_argument("--lazy", action="store_true", help="read images from disk per batch")
    flags.add_datadir(parser)
    flags.add_tilt_metadata(parser, from_run=True)


def main(args: argparse.Namespace) -> None:
    log = get_logger()
    model, config = load_trained_model(args.weights, args.config)
    box = open_particles(args.particles, datadir=args.datadir).box_size
    if box != config.model.box_size:
        raise InputError(f"{args.particles} is {box} px but the model was trained at {config.model.box_size} px; "
                         f"downsample the particles to {config.model.box_size} first")
    run = config.data
    tilt = {"tilt": True, "ntilts": args.ntilts or run.ntilts, "dose_per_tilt": args.dose_per_tilt or run.dose_per_tilt,
            "angle_per_tilt": args.angle_per_tilt or run.angle_per_tilt} if config.model.encode_mode == "tilt" else {}
    data = load_training_data(DataConfig(args.particles, args.poses, args.ctf, args.ind, args.datadir,
                                         args.invert_data, args.lazy, **tilt), spectrum_rms=config.dataset.spectrum_rms)
    result = evaluate_images(model, data, pick_device(), args.beta, args.batch_size)
    losses = {**result.summary(), "beta": result.beta, "loss_per_image": result.loss,
              "recon_per_image": result.reconstruction, "kld_per_image": result.kl}
    with OutputGroup() as written:
        save_latents(written.add(args.out_z), result.mu, result.logvar)
        save_pkl(losses, written.add(args.o))
        if args.out_loss:
            save_pkl(result.loss.astype("float32"), written.add(args.out_loss))
    summary = result.summary()
    unit = "particles" if tilt else "images"
    log.info(f"{len(result.loss)} {unit}: mean loss {summary['loss']:.6g}, reconstruction {summary['recon']:.6g}, "
             f"KL {summary['kld']:.4g} (β {result.beta:.4g})")
    for path in written.paths:
        log.info(f"wrote {path}")
