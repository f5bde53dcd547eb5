"""PCA, UMAP, k-means maps, PC traversals, plots and notebooks for one epoch of a training run (steps 9, 21–23)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.analysis import TrainingRun
from cryoscape.analysis.analyze import AnalyzeOptions, analyze
from cryoscape.commands import flags
from cryoscape.notebooks import write_notebooks


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_run_epoch(parser, "epoch to analyse", "analyze")
    parser.add_argument("--ksample", type=flags.positive_int, default=20, help="k-means clusters, one map at each on-data centre")
    parser.add_argument("--pc", type=flags.nonnegative_int, default=2, help="principal components to traverse")
    parser.add_argument("--n-per-pc", type=flags.positive_int, default=10, help="maps per PC traversal (1st to 99th percentile)")
    flags.add_map_options(parser)
    parser.add_argument("--skip-umap", action="store_true", help="no UMAP (PCA plots only)")
    parser.add_argument("--skip-vol", action="store_true", help="no maps")
    flags.add_seed(parser, "UMAP and k-means")
    parser.add_argument("--umap-max-fit", type=flags.positive_int, default=15_000,
                        help="fit UMAP on at most this many particles; place the rest by their nearest fitted ones")


def analyze_defaults(workdir: str, epoch: int) -> None:
    """Analyse one epoch of a run with analyze's default flags (train_vae does this at its end)."""
    parser = argparse.ArgumentParser()
    add_args(parser)
    main(parser.parse_args([str(workdir), str(epoch)]))


def main(args: argparse.Namespace) -> None:
    run = TrainingRun.open(args.workdir, args.epoch)
    options = AnalyzeOptions(ksample=args.ksample, pcs=args.pc, n_per_pc=args.n_per_pc,
                             volumes=flags.map_options(args),
                             skip_umap=args.skip_umap, skip_vol=args.skip_vol, seed=args.seed,
                             umap_max_fit=args.umap_max_fit)
    outdir = Path(args.outdir) if args.outdir else run.workdir / f"analyze.{args.epoch}"
    analyze(run, outdir, options)
    write_notebooks(outdir, run.workdir, args.epoch, args.ksample)  # a notebook already there is kept
