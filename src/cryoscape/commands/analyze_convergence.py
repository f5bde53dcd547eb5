"""Convergence heuristics of a training run (Box 1): loss, UMAPs, latent shifts, map CC/FSC, and a verdict."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.analysis import TrainingRun
from cryoscape.analysis.convergence import ConvergenceOptions, analyze_convergence
from cryoscape.analysis.maxima import MaximaSettings
from cryoscape.commands import flags


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_run_epoch(parser, "last epoch to assess (z files of every epoch are read)", "convergence")
    parser.add_argument("--epoch-interval", type=flags.positive_int, default=5, help="maps and UMAP panels every this many epochs")
    parser.add_argument("--subset", type=flags.positive_int, default=50_000, help="particles used (a seeded random subset)")
    parser.add_argument("--max-epochs", type=flags.positive_int, help="maps at no more than this many sampled epochs (the latest)")
    parser.add_argument("--n-bins", type=flags.positive_int, default=30, help="UMAP histogram bins per axis (local maxima method)")
    parser.add_argument("--smooth-width", type=flags.nonnegative_float, default=1.0, help="Gaussian smoothing of the histogram, in bins")
    parser.add_argument("--pruned-maxima", type=flags.positive_int, default=12, help="maxima kept after greedy pruning")
    parser.add_argument("--radius", type=flags.positive_float, default=5.0, help="pruning radius in bins")
    parser.add_argument("--final-maxima", type=flags.positive_int, default=10, help="maxima (A, B, …) whose maps are followed")
    flags.add_map_options(parser)
    flags.add_seed(parser, "the subset and UMAP", "--seed", "--random-state")


def main(args: argparse.Namespace) -> None:
    run = TrainingRun.open(args.workdir, args.epoch)
    options = ConvergenceOptions(
        epoch_interval=args.epoch_interval, subset=args.subset, max_epochs=args.max_epochs,
        maxima=MaximaSettings(args.n_bins, args.smooth_width, args.pruned_maxima, args.radius, args.final_maxima),
        volumes=flags.map_options(args), seed=args.seed)
    analyze_convergence(run, Path(args.outdir) if args.outdir else run.workdir / f"convergence.{args.epoch}", options)
