"""Ab initio reconstruction with no input poses: hierarchical pose search, then joint refinement of poses and model."""

from __future__ import annotations

import argparse
import os

import numpy as np

from cryoscape.analysis import TrainingRun
from cryoscape.commands import flags
from cryoscape.commands.analyze import analyze_defaults
from cryoscape.commands.pose_flags import add_local_volumes
from cryoscape.data import Poses, open_particles
from cryoscape.geometry import random_rotations
from cryoscape.io import load_index
from cryoscape.logs import get_logger
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.training.poses import PoseSchedule, default_radii
from cryoscape.training.starts import StartSettings, default_starts, run_with_starts


ABINIT_LR = 1e-3  # measured: 1,000 particles, box 64, SNR 0.1: 7.8° after 10 epochs (2e-4: 42.8° after 9, 5.9° after 42)


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "particles", metavar="PARTICLES", help="particles (.mrcs, .txt, .star or .cs)")
    flags.add_input(parser, "--ctf", metavar="PKL", help="CTF .pkl (full-size parameters work with downsampled stacks)")
    flags.add_output_folder(parser, "-o", "--outdir", dest="o", required=True, metavar="OUTDIR", help="output folder")
    parser.add_argument("--zdim", type=flags.nonnegative_int, required=True,
                        help="latent dimension; 0 for a homogeneous reconstruction (one map)")
    parser.add_argument("-n", "--num-epochs", dest="epochs", type=flags.positive_int, default=30,
                        help="total epochs (pose search epochs included)")
    parser.add_argument("--epochs-pose-search", type=flags.positive_int, default=20,
                        help="epochs with global pose search (the first trains on random poses); with zdim > 0 "
                             "every image is decoded at z = 0 during them (a homogeneous start: the latent is "
                             "switched on once the poses share one frame)")
    parser.add_argument("--refine-every", type=flags.nonnegative_int, default=1, metavar="K",
                        help="after the search epochs, refine every particle's pose locally every K epochs (0: never)")
    search = parser.add_argument_group("pose search (cryoDRGN-AI's names)")
    search.add_argument("--l-start", type=flags.positive_float,
                        help="band radius (px) of the first search (default: a quarter of Nyquist, at least 6)")
    search.add_argument("--l-end", type=flags.positive_float,
                        help="band radius (px) of the last search and of refinement (default: half of Nyquist, "
                             "at least 14)")
    search.add_argument("--base-healpy", type=flags.nonnegative_int, default=2,
                        help="base grid level: 12·4^L directions × 6·2^L in-plane angles (2: 4,608 rotations, ~15°)")
    search.add_argument("--niter", type=flags.positive_int, default=3,
                        help="refinement levels after the base grid, each halving the cell (3: ~1.9° at level 2)")
    search.add_argument("--nkeptposes", type=flags.positive_int, default=8, help="poses kept per image between levels")
    search.add_argument("--t-extent", type=flags.nonnegative_float,
                        help="the shift grid spans ±T px (default 15%% of the box)")
    search.add_argument("--t-ngrid", type=flags.positive_int, default=7, help="shift grid points per axis")
    search.add_argument("--no-trans", action="store_true", help="do not search shifts (particles are centred)")
    search.add_argument("--refine-step", type=flags.positive_float, default=8.0, metavar="DEG",
                        help="cell size of the first local refinement level, in degrees")
    add_local_volumes(search)
    starts = parser.add_argument_group("random starts")
    starts.add_argument("--starts", type=flags.positive_int, metavar="S",
                        help="run S random starts (seeds --seed … --seed+S-1) for --start-epochs epochs each and "
                             "continue the one with the lowest loss (default: 3 below 1,000 images, where a single "
                             "start settles in a wrong frame about half the time; 1 from 1,000 on)")
    starts.add_argument("--start-epochs", type=flags.positive_int, default=8, metavar="E",
                        help="epochs each random start runs before the choice")
    search.add_argument("--chunk", type=flags.positive_int, default=64, metavar="N",
                        help="global search epochs search N images, train on them, then search the next N")
    parser.add_argument("-b", "--batch-size", type=flags.positive_int, default=8, help="images per minibatch")
    parser.add_argument("--lr", type=flags.positive_float, default=ABINIT_LR,
                        help="Adam learning rate, 5× train_vae's: at box 64, SNR 0.1 the search converges within 10 "
                             "epochs where train_vae's rate needed 40")
    parser.add_argument("--beta", type=flags.nonnegative_float, help="KL weight (default 1/zdim)")
    parser.add_argument("--enc-dim", type=flags.positive_int, default=256, help="encoder width")
    parser.add_argument("--enc-layers", type=flags.positive_int, default=3, help="encoder hidden layers")
    parser.add_argument("--dim", "--dec-dim", dest="dim", type=flags.positive_int, default=256, help="decoder width")
    parser.add_argument("--layers", "--dec-layers", dest="layers", type=flags.positive_int, default=3,
                        help="decoder hidden layers")
    flags.add_encoding(parser)
    flags.add_seed(parser, "the starting poses, the initial weights and the batch order")
    parser.add_argument("--checkpoint", type=flags.positive_int, default=1, metavar="K",
                        help="write weights, z and pose.N.pkl every K epochs")
    parser.add_argument("--no-analysis", action="store_true", help="skip the analysis of the last epoch")
    flags.add_uninvert(parser)
    parser.add_argument("--lazy", action="store_true", help="read images from disk per batch")
    flags.add_input(parser, "--load", metavar="WEIGHTS",
                    help="resume from a weights.N.pkl (its pose.N.pkl beside it), or 'latest'")
    parser.add_argument("--max-threads", type=flags.positive_int, help="CPU threads for torch")
    flags.add_ind(parser)
    flags.add_datadir(parser)


def pose_schedule(args: argparse.Namespace, box_size: int) -> PoseSchedule:
    start, end = default_radii(box_size)
    start, end = args.l_start or start, args.l_end or end
    if end < start:
        start = end
    extent = 0.0 if args.no_trans else (args.t_extent if args.t_extent is not None else round(0.15 * box_size))
    return PoseSchedule(search_epochs=args.epochs_pose_search, random_start_epochs=1,
                        refine_start=args.epochs_pose_search, refine_every=args.refine_every,
                        radius_start_px=start, radius_end_px=end, base_level=args.base_healpy, levels=args.niter,
                        kept=args.nkeptposes, shift_extent_px=extent, shift_points=1 if extent == 0 else args.t_ngrid,
                        refine_step_deg=args.refine_step, refine_levels=3, refine_shift_step_px=0.0 if args.no_trans else 1.0,
                        chunk_images=args.chunk, latent_from=args.epochs_pose_search, local_volumes=args.local_volumes)


def main(args: argparse.Namespace) -> None:
    import torch

    if args.max_threads:
        torch.set_num_threads(args.max_threads)
    stack = open_particles(args.particles, datadir=args.datadir)

    def start_poses(seed: int) -> Poses:
        rotations = random_rotations(stack.n_images, np.random.default_rng(seed)).astype(np.float32)
        return Poses(rotations, np.zeros((stack.n_images, 2), np.float32), "abinit's random starting poses")

    n_images = len(load_index(args.ind, stack.n_images)) if args.ind else stack.n_images
    starts = StartSettings(args.starts or default_starts(n_images), args.start_epochs)
    data = DataConfig(particles=str(args.particles), poses=os.path.join(str(args.o), "poses.pkl"),
                      ctf=args.ctf and str(args.ctf), ind=args.ind, datadir=args.datadir,
                      invert_data=args.invert_data, lazy=args.lazy)
    homogeneous = args.zdim == 0
    model = {"zdim": args.zdim, "enc_dim": 1 if homogeneous else args.enc_dim,
             "enc_layers": 1 if homogeneous else args.enc_layers, "dec_dim": args.dim, "dec_layers": args.layers,
             "pe_type": args.pe_type, "feature_sigma": args.feat_sigma, "pe_frequencies": args.pe_dim}
    schedule = pose_schedule(args, stack.box_size)
    train = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                        beta=0.0 if homogeneous else args.beta, seed=args.seed, checkpoint_every=args.checkpoint,
                        band_start_nyquist=min(1.0, schedule.radius_start_px / (stack.box_size / 2)),
                        band_epochs=float(args.epochs_pose_search))
    get_logger().info(f"abinit: {args.epochs_pose_search} global search epochs (band {schedule.radius_start_px:.1f} → "
                      f"{schedule.radius_end_px:.1f} px, shifts ±{schedule.shift_extent_px:g} px), then local "
                      f"refinement every {args.refine_every or 'never'} epoch(s)")
    if starts.count > 1:
        get_logger().info(f"abinit: {starts.count} random starts of {min(starts.epochs, args.epochs)} epochs "
                          f"({n_images} images; --starts sets how many), then the best one continues")
    run_with_starts(data, model, train, args.o, schedule, starts, start_poses, load=args.load)
    if homogeneous:
        get_logger().info(f"map: {args.o}/reconstruct.mrc, poses: {args.o}/poses.pkl")
    elif not args.no_analysis:
        epoch = TrainingRun.latest_epoch(args.o)
        get_logger().info(f"analysing epoch {epoch} (analyze {args.o} {epoch}; --no-analysis skips this)")
        analyze_defaults(args.o, epoch)
