"""Select junk particles by k-means or GMM cluster, latent z-score or a UMAP polygon; write ind_keep/ind_bad (Box 2)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.analysis import TrainingRun, parse_polygon
from cryoscape.commands import flags
from cryoscape.analysis.filtering import FilterCriteria, run_filter


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_path(parser, "workdir", metavar="WORKDIR", help="train_vae output folder", role=flags.RUN_FOLDER)
    parser.add_argument("epoch", metavar="EPOCH", nargs="?", type=flags.nonnegative_int,
                        help="epoch whose latents are used (epochs count from 0; default: the last saved)")
    parser.add_argument("-e", "--epoch", dest="epoch_flag", type=flags.nonnegative_int, metavar="EPOCH",
                        help="the same as EPOCH (cryoDRGN's flag)")
    clusters = parser.add_argument_group("by cluster")
    clusters.add_argument("-k", "--kmeans", type=flags.positive_int, metavar="K", help="k-means with K clusters (analyze's, if it ran with K)")
    clusters.add_argument("--gmm", type=flags.positive_int, metavar="G", help="Gaussian mixture with G components")
    clusters.add_argument("--exclude", type=flags.nonnegative_int, nargs="+", default=[], metavar="C", help="clusters to exclude")
    parser.add_argument("--zscore", type=flags.positive_float, metavar="T",
                        help="exclude particles whose latent magnitude z-score exceeds T (protocol default 2)")
    parser.add_argument("--zscore-origin", action="store_true",
                        help="measure latent magnitude from the origin (the protocol's ‖z‖) instead of the median")
    parser.add_argument("--umap-polygon", metavar="X1,Y1,…", help="exclude particles inside this polygon on analyze's UMAP")
    flags.add_output_folder(parser, "-o", "--outdir", metavar="DIR", help="where to write the selection (default: WORKDIR)")
    flags.add_seed(parser, "k-means/GMM and of the montage's particles")


def main(args: argparse.Namespace) -> None:
    epoch = next((e for e in (args.epoch, args.epoch_flag) if e is not None), None)
    run = TrainingRun.open(args.workdir, TrainingRun.latest_epoch(args.workdir) if epoch is None else epoch)
    criteria = FilterCriteria(kmeans=args.kmeans, gmm=args.gmm, exclude=tuple(args.exclude), zscore=args.zscore,
                              zscore_centre="origin" if args.zscore_origin else "median",
                              polygon=parse_polygon(args.umap_polygon) if args.umap_polygon else None, seed=args.seed)
    run_filter(run, criteria, Path(args.outdir) if args.outdir else run.workdir)
