"""Plot a run's latent space (UMAP and PCA) coloured by your own particle classes."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cryoscape.analysis import TrainingRun, run_pca, run_umap
from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.io import OutputGroup, load_pkl
from cryoscape.logs import get_logger
from cryoscape.plotting import class_colours, plot_classes


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_run_folder(parser, "epoch whose latents to plot")
    flags.add_input(parser, "--labels", required=True, metavar="PKL",
                    help="one class per particle (integers or strings), or an index .pkl: in it vs not")
    parser.add_argument("--plot-types", nargs="+", choices=("scatter", "kde"), default=["scatter"],
                        help="scatter points, or per-class density contours")
    parser.add_argument("--palette", metavar="NAME|PKL",
                        help="a matplotlib colormap name, or a .pkl of {class: colour}")
    flags.add_output_folder(parser, "-o", "--outdir", metavar="DIR", help="output folder (default: WORKDIR/analyze.EPOCH)")
    parser.add_argument("--skip-umap", action="store_true", help="no UMAP plot unless analyze saved umap.pkl")
    parser.add_argument("--svg", action="store_true", help="write .svg instead of .png")


def class_labels(path: str, n: int) -> np.ndarray:
    """Return one class name per particle from a labels .pkl, or 'selected'/'not selected' from an index .pkl."""
    labels = np.asarray(load_pkl(path))
    if labels.ndim != 1:
        raise InputError(f"--labels {path} is not a 1-D array (shape {labels.shape})")
    if len(labels) == n:
        return labels.astype(str)
    if labels.dtype.kind in "iu" and len(labels) < n and labels.min() >= 0 and labels.max() < n:
        names = np.full(n, "not selected", dtype=object)
        names[labels] = "selected"
        return names.astype(str)
    raise InputError(f"--labels {path} has {len(labels)} entries for {n} particles; give one label per particle "
                     "or an index .pkl")


def main(args: argparse.Namespace) -> None:
    run = TrainingRun.open(args.workdir, args.epoch)
    z = run.latents()
    labels = class_labels(args.labels, len(z))
    outdir = Path(args.outdir or run.workdir / f"analyze.{run.epoch}")
    palette = load_pkl(args.palette) if args.palette and args.palette.endswith(".pkl") else args.palette
    names = sorted(set(labels.tolist()), key=lambda s: (len(s), s))
    colours = class_colours(names, palette)
    views = {"pca": (run_pca(z).projections[:, :2], ("PC1", "PC2"))}
    umap_file = outdir / "umap.pkl"
    if umap_file.is_file():
        views["umap"] = (np.asarray(load_pkl(umap_file)), ("UMAP1", "UMAP2"))
    elif not args.skip_umap:
        views["umap"] = (run_umap(z)[0], ("UMAP1", "UMAP2"))
    suffix = ".svg" if args.svg else ".png"
    with OutputGroup() as written:
        for view, (xy, axes) in views.items():
            for kind in args.plot_types:
                plot_classes(xy, labels, written.add(outdir / f"{view}_classes_{kind}{suffix}"), axes, colours, kind,
                             title=f"{view.upper()} of z by class")
    for path in written.paths:
        get_logger().info(f"wrote {path}")
