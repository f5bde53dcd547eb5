"""Train an autodecoder: the coordinate decoder with one learned latent per particle (no encoder), as
cryoDRGN's train_dec; the latents are written as z.N.pkl, so analyze and the rest read them."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.training import run_training
from cryoscape.training.run import PER_PARTICLE


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "particles", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "--poses", required=True, metavar="PKL", help="poses .pkl")
    flags.add_input(parser, "--ctf", metavar="PKL", help="CTF .pkl")
    flags.add_output_folder(parser, "-o", "--outdir", dest="o", required=True, metavar="OUTDIR", help="output folder")
    parser.add_argument("--zdim", type=flags.positive_int, required=True, help="latent dimension")
    parser.add_argument("-n", "--num-epochs", dest="epochs", type=flags.positive_int, default=20, help="number of epochs")
    parser.add_argument("-b", "--batch-size", type=flags.positive_int, default=8, help="images per minibatch")
    parser.add_argument("--lr", type=flags.positive_float, default=TrainConfig.lr, help="the decoder's learning rate")
    parser.add_argument("--z-lr", type=flags.positive_float, default=0.05,
                        help="the latents' learning rate. Adam moves a latent by about this much per update and each "
                             "is updated once per epoch, so cryoDRGN's 1e-4 leaves the N(0, 1) start nearly unchanged "
                             "(on 300 simulated particles, 8 epochs: 5-NN state purity 0.36 at 1e-2, chance 0.33)")
    parser.add_argument("--layers", type=flags.positive_int, default=3, help="hidden layers of the decoder")
    parser.add_argument("--dim", type=flags.positive_int, default=256, help="width of the decoder's hidden layers")
    flags.add_encoding(parser)
    flags.add_seed(parser, "the initial weights, latents and the batch order")
    parser.add_argument("--checkpoint", type=flags.positive_int, default=1, metavar="K", help="write weights and z every K epochs")
    parser.add_argument("--amp", action="store_true", help="bfloat16 where the hardware has native units (see train_vae)")
    flags.add_uninvert(parser)
    parser.add_argument("--lazy", action="store_true", help="read images from disk per batch")
    flags.add_input(parser, "--load", metavar="WEIGHTS", help="resume from a weights.N.pkl, or 'latest'")
    flags.add_ind(parser)
    flags.add_datadir(parser)


def main(args: argparse.Namespace) -> None:
    data = DataConfig(particles=str(args.particles), poses=str(args.poses), ctf=args.ctf and str(args.ctf),
                      ind=args.ind, datadir=args.datadir, invert_data=args.invert_data, lazy=args.lazy)
    model = {"zdim": args.zdim, "enc_dim": 1, "enc_layers": 1, "dec_dim": args.dim, "dec_layers": args.layers,
             "pe_type": args.pe_type, "feature_sigma": args.feat_sigma, "pe_frequencies": args.pe_dim,
             "latent_table_rows": PER_PARTICLE}
    train = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, beta=0.0, latent_lr=args.z_lr,
                        seed=args.seed, checkpoint_every=args.checkpoint, amp=args.amp)
    run_training(data, model, train, args.o, load=args.load)
