"""Homogeneous reconstruction with the coordinate network (no latent): one map of a selected subset of
particles, e.g. a state found by analyze_landscape or occupancy, refined with the decoder alone."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.pose_flags import add_refine_poses, refine_schedule
from cryoscape.data import open_particles
from cryoscape.logs import get_logger
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.training import run_training


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "particles", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "--poses", required=True, metavar="PKL", help="poses .pkl")
    flags.add_input(parser, "--ctf", metavar="PKL", help="CTF .pkl")
    flags.add_output_folder(parser, "-o", "--outdir", dest="o", required=True, metavar="OUTDIR", help="output folder")
    parser.add_argument("-n", "--num-epochs", dest="epochs", type=flags.positive_int, default=20, help="number of epochs")
    parser.add_argument("-b", "--batch-size", type=flags.positive_int, default=8, help="images per minibatch")
    parser.add_argument("--lr", type=flags.positive_float, default=TrainConfig.lr, help="Adam learning rate")
    parser.add_argument("--layers", type=flags.positive_int, default=3, help="hidden layers of the network")
    parser.add_argument("--dim", type=flags.positive_int, default=256,
                        help="width of the hidden layers (cryoDRGN's default is 1024: 16× the cost per point)")
    flags.add_encoding(parser)
    flags.add_seed(parser, "the initial weights and the batch order")
    parser.add_argument("--checkpoint", type=flags.positive_int, default=1, metavar="K",
                        help="write weights and reconstruct.N.mrc every K epochs")
    parser.add_argument("--amp", action="store_true", help="bfloat16 where the hardware has native units (see train_vae)")
    parser.add_argument("--no-amp", dest="amp", action="store_false", default=argparse.SUPPRESS,
                        help="float32 throughout, cryoscape's default")
    flags.add_uninvert(parser)
    parser.add_argument("--lazy", action="store_true", help="read images from disk per batch")
    flags.add_input(parser, "--load", metavar="WEIGHTS", help="resume from a weights.N.pkl, or 'latest'")
    parser.add_argument("--max-threads", type=flags.positive_int, help="CPU threads for torch")
    flags.add_ind(parser)
    flags.add_datadir(parser)
    add_refine_poses(parser)


def main(args: argparse.Namespace) -> None:
    import torch

    if args.max_threads:
        torch.set_num_threads(args.max_threads)
    data = DataConfig(particles=str(args.particles), poses=str(args.poses), ctf=args.ctf and str(args.ctf),
                      ind=args.ind, datadir=args.datadir, invert_data=args.invert_data, lazy=args.lazy)
    model = {"zdim": 0, "enc_dim": 1, "enc_layers": 1, "dec_dim": args.dim, "dec_layers": args.layers,
             "pe_type": args.pe_type, "feature_sigma": args.feat_sigma, "pe_frequencies": args.pe_dim}
    train = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, beta=0.0, seed=args.seed,
                        checkpoint_every=args.checkpoint, amp=args.amp)
    run_training(data, model, train, args.o, load=args.load,
                 pose_schedule=refine_schedule(args, open_particles(args.particles, args.datadir).box_size))
    get_logger().info(f"map: {args.o}/reconstruct.mrc (each saved epoch: reconstruct.N.mrc)")
