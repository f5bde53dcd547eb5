"""Place every particle in the landscape's volume-PC space: maps for a sample of particles, a network from z
to their volume PCs applied to all, and the landscape plotted and clustered over all particles."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.analysis import FullLandscapeOptions, TrainingRun, VolumeOptions, analyze_landscape_full
from cryoscape.commands import flags


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_run_folder(parser, "epoch analysed by analyze_landscape")
    flags.add_input(parser, "--landscape-dir", metavar="DIR", help="analyze_landscape's folder (default: WORKDIR/landscape.EPOCH)")
    flags.add_output_folder(parser, "-o", "--outdir", metavar="DIR",
                            help="output folder (default: LANDSCAPE_DIR/landscape_full)")
    flags.add_seed(parser, "the particle sample, the regressor and the clustering")
    parser.add_argument("--device", help="accepted for cryoDRGN compatibility (a GPU is used when present)")
    group = parser.add_argument_group("maps")
    group.add_argument("-N", "--training-volumes", type=flags.positive_int, default=10000,
                       help="particles whose maps train the regressor (≈ 0.05 s per map at box 48 on 2 CPU cores)")
    group.add_argument("--flip", action="store_true", help="flip the maps' hand (as for analyze_landscape)")
    group.add_argument("-d", "--downsample", type=flags.positive_int, help="box of the maps (default: the landscape's)")
    group.add_argument("--skip-vol", action="store_true", help="accepted for cryoDRGN compatibility (maps are not kept)")
    group = parser.add_argument_group("regressor z → volume PCs")
    group.add_argument("--batch-size", type=flags.positive_int, default=64, metavar="N", help="batch size")
    group.add_argument("--test-batch-size", type=flags.positive_int, default=1000, metavar="N",
                       help="accepted for cryoDRGN compatibility")
    group.add_argument("--epochs", type=flags.positive_int, default=200, metavar="N", help="training epochs")
    group.add_argument("--lr", type=flags.positive_float, default=1e-4, help="learning rate")
    group.add_argument("--dim", type=flags.positive_int, default=512, metavar="N", help="hidden width")
    group.add_argument("--layers", type=flags.positive_int, default=3, metavar="N", help="hidden layers")
    group = parser.add_argument_group("clustering (Louvain on a kNN graph; cryoDRGN uses Leiden)")
    group.add_argument("--num-neighbors", type=flags.positive_int, default=30, metavar="K", help="neighbours per particle")
    group.add_argument("--resolution", type=flags.positive_float, default=FullLandscapeOptions.resolution,
                       help="community resolution (lower: fewer, larger states); cryoDRGN's Leiden default 1.5 "
                            "over-splits with Louvain: 0.2 measured best on the simulated assemblies (README)")


def main(args: argparse.Namespace) -> None:
    run = TrainingRun.open(args.workdir, args.epoch)
    landscape_dir = Path(args.landscape_dir or run.workdir / f"landscape.{run.epoch}")
    outdir = Path(args.outdir or landscape_dir / "landscape_full")
    options = FullLandscapeOptions(n_volumes=args.training_volumes, epochs=args.epochs, lr=args.lr,
                                   batch_size=args.batch_size, width=args.dim, layers=args.layers,
                                   n_neighbors=args.num_neighbors, resolution=args.resolution, seed=args.seed)
    analyze_landscape_full(run, landscape_dir, outdir, options, VolumeOptions(box=args.downsample, flip=args.flip))
