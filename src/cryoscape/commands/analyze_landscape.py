"""Describe the ensemble by comparing maps directly: a sketch of maps at k-means centres, a mask, PCA of the
masked maps, and states (particle-weighted mean and variance maps, particle lists) — no atomic model needed."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.analysis import LandscapeOptions, TrainingRun, VolumeOptions, analyze_landscape
from cryoscape.analysis.landscape import CLUSTER_METHODS, LINKAGES
from cryoscape.commands import flags
from cryoscape.io import load_index, read_volume
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_run_folder(parser, "epoch to analyse")
    flags.add_output_folder(parser, "-o", "--outdir", metavar="DIR", help="output folder (default: WORKDIR/landscape.EPOCH)")
    parser.add_argument("--device", help="accepted for cryoDRGN compatibility (a GPU is used when present)")
    parser.add_argument("--multigpu", action="store_true", help="accepted for cryoDRGN compatibility")
    parser.add_argument("--skip-umap", action="store_true", help="accepted for cryoDRGN compatibility (no UMAP is run)")
    flags.add_input(parser, "--ind", metavar="PKL",
                    help="analyse only these particles (stack indices, e.g. filter's ind_keep: junk left out); "
                         "junk maps otherwise take states of their own")
    parser.add_argument("--vol-ind", help="accepted for cryoDRGN compatibility (not used; see --ind)")
    group = parser.add_argument_group("sketch maps")
    group.add_argument("-N", "--sketch-size", type=flags.positive_int, default=1000, help="maps in the sketch")
    group.add_argument("--Apix", type=flags.positive_float, help="pixel size of the maps (default: the run's, scaled to -d)")
    group.add_argument("--flip", action="store_true", help="flip the maps' handedness")
    group.add_argument("-d", "--downsample", type=flags.positive_int,
                       help="box of the maps (default: 128, or the model's box if smaller)")
    group.add_argument("--skip-vol", action="store_true", help="reuse the sketch maps of an earlier run in the output folder")
    group.add_argument("--vol-start-index", type=flags.nonnegative_int, default=0,
                       help="accepted for cryoDRGN compatibility (sketch maps are numbered from 0)")
    group = parser.add_argument_group("mask")
    group.add_argument("--thresh", type=flags.finite_float, help="density threshold (default: half the mean map's maximum)")
    group.add_argument("--dilate", type=flags.nonnegative_float, default=5.0, metavar="Å", help="dilation of the mask")
    group.add_argument("--cosine-edge", type=flags.nonnegative_float, default=0.0, metavar="Å", help="soft edge width")
    flags.add_input(group, "--mask", metavar="MRC", help="use this mask instead (on the sketch maps' grid)")
    group = parser.add_argument_group("states")
    group.add_argument("--cluster", choices=CLUSTER_METHODS, default="kmeans",
                       help="how maps are grouped into states: particle-weighted k-means of their volume PCs "
                            "(cryoscape's default: a map standing for 200 particles outweighs one standing for 2), "
                            "or agglomerative clustering (cryoDRGN 4.3.1's, with --linkage)")
    group.add_argument("--linkage", choices=LINKAGES, default="average", help="linkage of --cluster agglomerative")
    group.add_argument("-M", type=flags.positive_int, default=10, help="number of states")
    group.add_argument("--pc-dim", type=flags.positive_int, default=20, help="volume PCs kept")
    group.add_argument("--plot-dim", type=flags.positive_int, default=5, help="volume PCs plotted")
    flags.add_seed(parser, "the sketch's k-means")


def main(args: argparse.Namespace) -> None:
    run = TrainingRun.open(args.workdir, args.epoch)
    outdir = Path(args.outdir or run.workdir / f"landscape.{run.epoch}")
    options = LandscapeOptions(sketch_size=args.sketch_size, box=args.downsample, threshold=args.thresh,
                               dilate_angstrom=args.dilate, soft_edge_angstrom=args.cosine_edge, n_states=args.M,
                               method=args.cluster, linkage=args.linkage, pc_dim=args.pc_dim, plot_dim=args.plot_dim,
                               seed=args.seed)
    mask = read_volume(args.mask, "--mask")[0] if args.mask else None
    keep = load_index(args.ind) if args.ind else None
    result = analyze_landscape(run, outdir, options, VolumeOptions(box=args.downsample, apix=args.Apix, flip=args.flip),
                               mask, args.skip_vol, keep)
    explained = result.pca.explained
    get_logger().info(f"volume PCs 1–{min(3, len(explained))} explain "
                      f"{', '.join(f'{100 * v:.1f}%' for v in explained[:3])} of the masked maps' variance; "
                      f"wrote {result.outdir}")
