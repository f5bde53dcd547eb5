"""``filter``: the notebook's particle selections for scripts (k-means, GMM, z-score, polygon), with figures."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cryoscape.analysis.latents import first_two, run_kmeans, run_pca
from cryoscape.analysis.selection import clusters_mask, gmm_labels, polygon_mask, save_selection, zscore_mask
from cryoscape.analysis.workdir import TrainingRun
from cryoscape.errors import InputError
from cryoscape.io import load_pkl, staged_folder
from cryoscape.logs import get_logger


@dataclass(frozen=True)
class FilterCriteria:
    """Which particles are junk: any criterion given excludes (their union)."""

    kmeans: int | None = None
    gmm: int | None = None
    exclude: tuple[int, ...] = ()
    zscore: float | None = None
    zscore_centre: str = "median"
    polygon: np.ndarray | None = None  # (M, 2) on the UMAP embedding
    seed: int = 0

    def check(self) -> None:
        if self.kmeans is not None and self.gmm is not None:
            raise InputError("give --kmeans or --gmm, not both: --exclude names clusters of one of them")
        if (self.kmeans is not None or self.gmm is not None) != bool(self.exclude):
            raise InputError("--kmeans/--gmm and --exclude go together: name the clusters to exclude")
        if self.kmeans is None and self.gmm is None and self.zscore is None and self.polygon is None:
            raise InputError("no criterion: give --kmeans K --exclude …, --gmm G --exclude …, --zscore T "
                             "or --umap-polygon")


def _analysis_file(run: TrainingRun, relative: str) -> Path | None:
    path = run.workdir / f"analyze.{run.epoch}" / relative
    return path if path.is_file() else None


def cluster_labels(run: TrainingRun, z: np.ndarray, criteria: FilterCriteria) -> np.ndarray:
    """Return the k-means (analyze's own, when it ran with that K) or GMM labels named by ``criteria``."""
    if criteria.kmeans is not None:
        saved = _analysis_file(run, f"kmeans{criteria.kmeans}/labels.pkl")
        if saved is not None:
            labels = np.asarray(load_pkl(saved))
            if labels.shape == (len(z),):
                return labels.astype(np.int64)
        get_logger().info(f"no analyze k-means with K={criteria.kmeans}: clustering now (seed {criteria.seed})")
        return run_kmeans(z, criteria.kmeans, criteria.seed)[0]
    return gmm_labels(z, criteria.gmm, criteria.seed)


def embedding(run: TrainingRun, z: np.ndarray, need_umap: bool) -> tuple[np.ndarray, tuple[str, str]]:
    """Return analyze's UMAP (N, 2) if present (required for a polygon), else the first two PCs."""
    saved = _analysis_file(run, "umap.pkl")
    if saved is not None:
        xy = np.asarray(load_pkl(saved), np.float32)
        if xy.shape == (len(z), 2):
            return xy, ("UMAP1", "UMAP2")
    if need_umap:
        raise InputError(f"--umap-polygon needs {run.workdir}/analyze.{run.epoch}/umap.pkl; run analyze "
                         f"{run.workdir} {run.epoch} first")
    return first_two(run_pca(z).projections), ("PC1", "PC2")


def excluded_mask(run: TrainingRun, z: np.ndarray, criteria: FilterCriteria, xy: np.ndarray) -> dict[str, np.ndarray]:
    """Return one boolean junk mask per criterion given."""
    masks = {}
    if criteria.kmeans is not None or criteria.gmm is not None:
        name = f"kmeans{criteria.kmeans}" if criteria.kmeans is not None else f"gmm{criteria.gmm}"
        masks[name] = clusters_mask(cluster_labels(run, z, criteria), list(criteria.exclude), f"{name} clusters")
    if criteria.zscore is not None:
        masks[f"zscore{criteria.zscore:g}"] = zscore_mask(z, criteria.zscore, criteria.zscore_centre)
    if criteria.polygon is not None:
        masks["polygon"] = polygon_mask(xy, criteria.polygon)
    return masks


def run_filter(run: TrainingRun, criteria: FilterCriteria, outdir: str | os.PathLike,
               montage_per_set: int = 16) -> dict:
    """Write ind_keep/ind_bad pickles, a plot of the selection and a particle montage; return a summary."""
    from cryoscape.data import open_particles
    from cryoscape.plotting import plot_montage, plot_selection

    criteria.check()
    z = run.latents()
    ids = run.particle_ids(len(z))
    xy, axes = embedding(run, z, criteria.polygon is not None)
    masks = excluded_mask(run, z, criteria, xy)
    excluded = np.logical_or.reduce(list(masks.values()))
    stack = open_particles(run.config.data.particles, datadir=run.config.data.datadir)
    outdir = Path(outdir)
    with staged_folder(outdir) as staging:  # the selection files appear together, or not at all
        keep_path, bad_path = (outdir / p.name for p in save_selection(staging, excluded, ids))
        plot_selection(xy, excluded, staging / "filter_selection.png", axes,
                       title=" ∪ ".join(masks) + f" (epoch {run.epoch})")
        rng = np.random.default_rng(criteria.seed)
        groups = {}
        for name, rows in (("kept", np.flatnonzero(~excluded)), ("excluded", np.flatnonzero(excluded))):
            if rows.size:
                chosen = np.sort(rng.choice(rows, min(montage_per_set, rows.size), replace=False))
                groups[f"{name} ({rows.size} particles)"] = stack.images(run.stack_rows(ids[chosen], first_tilt_only=True))
        plot_montage(groups, staging / "filter_particles.png")
        summary = {"epoch": run.epoch, "particles": len(z), "kept": int((~excluded).sum()),
                   "excluded": int(excluded.sum()), "by_criterion": {k: int(v.sum()) for k, v in masks.items()},
                   "ind_keep": str(keep_path), "ind_bad": str(bad_path)}
        (staging / "filter_summary.json").write_text(json.dumps(summary, indent=1))
    get_logger().info(f"kept {summary['kept']}, excluded {summary['excluded']} of {len(z)}: {keep_path.name}, "
                      f"{bad_path.name}")
    return summary
