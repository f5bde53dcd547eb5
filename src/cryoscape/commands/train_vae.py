"""Train the heterogeneous VAE on posed particles (protocol steps 6, 8, 18)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import torch

from cryoscape.analysis import TrainingRun
from cryoscape.analysis.stopping import MIN_FULL_EPOCHS, converged_reason
from cryoscape.commands import flags
from cryoscape.commands.pose_flags import add_refine_poses, refine_schedule
from cryoscape.commands.analyze import analyze_defaults
from cryoscape.data import open_particles
from cryoscape.logs import get_logger
from cryoscape.models import (DECODER_LR_DECAY_IMAGES, TILT_LR, VAE_AVERAGE_IMAGES, VAE_DECODER_LR, VAE_ENCODER_LR,
                              VAE_POINT_FRACTION, DataConfig, TrainConfig)
from cryoscape.training import TrainingError, multigpu_command, run_training


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "particles", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "--poses", required=True, metavar="PKL", help="poses .pkl")
    flags.add_input(parser, "--ctf", metavar="PKL", help="CTF .pkl (full-size parameters work with downsampled stacks)")
    parser.add_argument("--zdim", type=flags.positive_int, default=8, help="latent dimension")
    parser.add_argument("-n", "--num-epochs", dest="epochs", type=flags.positive_int, default=20, help="number of epochs")
    parser.add_argument("-b", "--batch-size", type=flags.positive_int, default=8, help="images per minibatch")
    parser.add_argument("--enc-dim", type=flags.positive_int, default=256, help="encoder width")
    parser.add_argument("--enc-layers", type=flags.positive_int, default=3, help="encoder hidden layers")
    parser.add_argument("--dec-dim", type=flags.positive_int, default=256, help="decoder width")
    parser.add_argument("--dec-layers", type=flags.positive_int, default=3, help="decoder hidden layers")
    flags.add_encoding(parser)
    parser.add_argument("--lr", type=flags.positive_float,
                        help=f"Adam learning rate of the encoder, and of the decoder unless --dec-lr is given (default "
                             f"{VAE_ENCODER_LR:g}, cryoDRGN's; {TILT_LR:g} for both with --encode-mode tilt, whose "
                             "batches are -b particles × --ntilts images)")
    parser.add_argument("--dec-lr", type=flags.positive_float, metavar="LR",
                        help=f"the decoder's own Adam learning rate (default {VAE_DECODER_LR:g} when --lr is not "
                             "given, else --lr's)")
    parser.add_argument("--dec-lr-start", type=flags.nonnegative_float, metavar="LR",
                        help="start the decoder at this rate, falling geometrically to its own rate over the first "
                             "--dec-lr-decay images (set at each epoch's start), e.g. 1e-3: better maps and purity "
                             "in the first epochs, but the hinge motion of the benchmark learned ~2 epochs later "
                             "(README); default: off")
    parser.add_argument("--dec-lr-decay", type=flags.nonnegative_float, default=DECODER_LR_DECAY_IMAGES,
                        metavar="IMAGES", help=f"images over which --dec-lr-start falls to the decoder's own rate "
                                               f"(default {DECODER_LR_DECAY_IMAGES:g})")
    parser.add_argument("--beta", type=flags.nonnegative_float, help="KL weight (default 1/zdim)")
    flags.add_seed(parser, "the initial weights and the batch order")
    parser.add_argument("--checkpoint", type=flags.positive_int, default=1, metavar="K", help="write weights and z every K epochs")
    parser.add_argument("--c2f-epochs", type=flags.nonnegative_float, default=TrainConfig.band_epochs, metavar="E",
                        help="coarse to fine: fit the decoder to a low-frequency band of each image that widens "
                             "to Nyquist over the first E epochs (0: the whole lattice from the start)")
    parser.add_argument("--c2f-start", type=flags.probability, default=TrainConfig.band_start_nyquist,
                        metavar="FRACTION", help="the band's starting radius as a fraction of Nyquist")
    parser.add_argument("--point-fraction", type=flags.probability, metavar="FRACTION",
                        help="fit the decoder to a random FRACTION of each step's lattice points, drawn anew every "
                             "step (the decoder's cost scales with it; the encoder sees the whole image); default "
                             f"{VAE_POINT_FRACTION:g}, 1 with --encode-mode tilt")
    parser.add_argument("--average-images", type=flags.nonnegative_float, metavar="N",
                        help="checkpoints, latents and the convergence probe use the weights averaged over about "
                             "the last N trained images (an exponential moving average; training goes on with the "
                             f"live weights); 0: the last step's weights. Default {VAE_AVERAGE_IMAGES:g}, 0 with "
                             "--encode-mode tilt")
    parser.add_argument("--stop-when-converged", action="store_true",
                        help="stop before -n epochs once the loss, the latent shift of a fixed particle subset and "
                             "the change of fixed particles' maps have all plateaued and the particles' consecutive "
                             "latent moves are randomly directed (protocol Box 1; at least "
                             f"{MIN_FULL_EPOCHS} epochs on the whole lattice); -n is then the most it trains")
    parser.add_argument("--amp", action="store_true",
                        help="mixed precision: bfloat16 autocast on a GPU, and on a CPU with native bfloat16 units "
                             "(AVX-512 BF16 or AMX; float32 on other CPUs, where bfloat16 is slower)")
    parser.add_argument("--no-amp", dest="amp", action="store_false", default=argparse.SUPPRESS,
                        help="float32 throughout, cryoscape's default (cryoDRGN 4.x turns mixed precision on by default)")
    parser.add_argument("--multigpu", action="store_true",
                        help="train on every GPU of this machine (relaunches through torchrun, one process per GPU; "
                             "same as `torchrun --nproc_per_node=N -m cryoscape train_vae …`)")
    parser.add_argument("--no-analysis", action="store_true",
                        help="skip the analysis of the last epoch that runs when training ends (as cryoDRGN 4.x does)")
    flags.add_uninvert(parser)
    parser.add_argument("--lazy", action="store_true", help="read images from disk per batch (memory independent of N)")
    flags.add_input(parser, "--load", metavar="WEIGHTS", help="resume from a weights.N.pkl, or 'latest'")
    parser.add_argument("--load_latest", "--load-latest", dest="load_latest", action="store_true",
                        help="resume from the newest complete checkpoint in -o (same as --load latest)")
    parser.add_argument("--num-workers", type=flags.nonnegative_int, default=0, help="accepted for cryoDRGN compatibility")
    parser.add_argument("--max-threads", type=flags.positive_int, help="CPU threads for torch (default: torch's choice)")
    flags.add_ind(parser)
    flags.add_datadir(parser)
    add_refine_poses(parser)
    parser.add_argument("--encode-mode", choices=["mlp", "resid", "tilt"], default="mlp",
                        help="encoder: mlp (resid, cryoDRGN's default name, is the same residual MLP) or tilt: one "
                             "latent per particle from --ntilts of its tilt images (cryo-ET)")
    flags.add_tilt_metadata(parser)
    parser.add_argument("--t-emb-dim", type=flags.positive_int, default=64, help="tilt encoder: per-tilt embedding size")
    parser.add_argument("--tlayers", type=flags.positive_int, default=3, help="tilt encoder: per-tilt hidden layers")
    parser.add_argument("--tdim", type=flags.positive_int, default=256, help="tilt encoder: per-tilt width")
    flags.add_output_folder(parser, "-o", "--outdir", dest="o", required=True, metavar="OUTDIR", help="output folder")


def learning_rates(lr: float | None, decoder_lr: float | None, tilt: bool) -> tuple[float, float | None]:
    """(the network's rate, the decoder's own or None) from --lr and --dec-lr: with neither, the measured
    single-particle pair (encoder at half the decoder's rate); --lr alone sets one rate for both, as in cryoDRGN."""
    if tilt:
        return lr or TILT_LR, decoder_lr
    if lr is None:
        return VAE_ENCODER_LR, decoder_lr or VAE_DECODER_LR
    return lr, decoder_lr


def main(args: argparse.Namespace) -> None:
    if args.multigpu and "LOCAL_RANK" not in os.environ:
        n_gpus = torch.cuda.device_count()
        if n_gpus > 1:
            command = multigpu_command(getattr(args, "argv", sys.argv[1:]), n_gpus)
            get_logger().info(f"--multigpu: {n_gpus} GPUs; running {' '.join(command)}")
            code = subprocess.call(command)
            if code:
                raise TrainingError(f"the {n_gpus}-GPU run exited with status {code}; see its messages above")
            return
        get_logger().info(f"--multigpu: {n_gpus} GPU(s) visible, nothing to spread over; training in one process")
    if args.max_threads:
        torch.set_num_threads(args.max_threads)
    tilt = args.encode_mode == "tilt"
    data = DataConfig(particles=str(args.particles), poses=str(args.poses), ctf=args.ctf and str(args.ctf),
                      ind=args.ind, datadir=args.datadir, invert_data=args.invert_data, lazy=args.lazy,
                      tilt=tilt, ntilts=args.ntilts, dose_per_tilt=args.dose_per_tilt,
                      angle_per_tilt=args.angle_per_tilt)
    model = {"zdim": args.zdim, "enc_dim": args.enc_dim, "enc_layers": args.enc_layers,
             "dec_dim": args.dec_dim, "dec_layers": args.dec_layers, "pe_type": args.pe_type,
             "feature_sigma": args.feat_sigma, "pe_frequencies": args.pe_dim,
             "encode_mode": "tilt" if tilt else "mlp", "tilt_emb_dim": args.t_emb_dim,
             "tilt_layers": args.tlayers, "tilt_dim": args.tdim}
    lr, decoder_lr = learning_rates(args.lr, args.dec_lr, tilt)
    start = args.dec_lr_start or None  # 0: off, as without it
    if start is not None and decoder_lr is None:  # the schedule needs the decoder in a group of its own
        decoder_lr = lr
    point_fraction = args.point_fraction if args.point_fraction is not None else (
        TrainConfig.point_fraction if tilt else VAE_POINT_FRACTION)
    average_images = args.average_images if args.average_images is not None else (
        TrainConfig.average_images if tilt else VAE_AVERAGE_IMAGES)
    train = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=lr, decoder_lr=decoder_lr, beta=args.beta,
                        seed=args.seed, checkpoint_every=args.checkpoint, amp=args.amp,
                        band_start_nyquist=args.c2f_start, band_epochs=args.c2f_epochs, point_fraction=point_fraction,
                        average_images=average_images, decoder_lr_start=start,
                        decoder_lr_decay_images=args.dec_lr_decay)
    load = "latest" if args.load_latest else args.load
    run_training(data, model, train, args.o, load=load,
                 stop_rule=converged_reason if args.stop_when_converged else None,
                 pose_schedule=refine_schedule(args, open_particles(args.particles, args.datadir).box_size))
    if not args.no_analysis and os.environ.get("RANK", "0") == "0":
        epoch = TrainingRun.latest_epoch(args.o)
        get_logger().info(f"analysing epoch {epoch} (analyze {args.o} {epoch}; --no-analysis skips this)")
        analyze_defaults(args.o, epoch)
