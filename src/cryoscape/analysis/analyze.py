"""``analyze``: PCA, UMAP, a k-means partition and PC traversals of one epoch's latents, with maps and plots.

Protocol steps 9–10 and 21–23. Every map is generated at an on-data latent (the particle nearest
to the k-means centre or the PC point), as the protocol requires.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.analysis.latents import PcaResult, first_two, nearest_on_data, pc_traversal, run_kmeans, run_pca, run_umap
from cryoscape.io.files import staged_folder
from cryoscape.analysis.volumes import VolumeOptions, resolve_box_apix, write_volumes
from cryoscape.analysis.workdir import TrainingRun, learning_curve
from cryoscape.errors import InputError
from cryoscape.io import save_pkl
from cryoscape.logs import get_logger
from cryoscape.models import load_trained_model



@dataclass(frozen=True)
class AnalyzeOptions:
    """What ``analyze`` computes: k-means K, PCs traversed and points per PC, and how maps are written."""

    ksample: int = 20
    pcs: int = 2
    n_per_pc: int = 10
    volumes: VolumeOptions = field(default_factory=VolumeOptions)
    skip_umap: bool = False
    skip_vol: bool = False
    seed: int = 0
    umap_max_fit: int = 15_000


def particle_table(ids: np.ndarray, pca: PcaResult, umap_xy: np.ndarray | None, labels: np.ndarray,
                   ksample: int) -> pd.DataFrame:
    """Return the per-particle table: stack index, PCs, UMAP coordinates and k-means label."""
    table = pd.DataFrame({"particle": ids})
    for i in range(pca.projections.shape[1]):
        table[f"PC{i + 1}"] = pca.projections[:, i].astype(np.float32)
    if umap_xy is not None:
        table["UMAP1"], table["UMAP2"] = umap_xy[:, 0], umap_xy[:, 1]
    table[f"kmeans{ksample}"] = labels
    return table


def _plots(out: Path, z_xy: dict[str, tuple[np.ndarray, tuple[str, str]]], labels: np.ndarray,
           centres_ind: np.ndarray, ksample: int, traversals: dict[int, np.ndarray]) -> None:
    from cryoscape.plotting import plot_clusters, plot_hexbin, plot_scatter

    stems = {"pca": ("z_pca", "z_pca_hexbin"), "umap": ("umap", "umap_hex")}
    for name, (xy, axes) in z_xy.items():
        scatter, hexbin = stems[name]
        plot_scatter(xy, out / f"{scatter}.png", axes, title=f"{name.upper()} of z")
        plot_hexbin(xy, out / f"{hexbin}.png", axes, title=f"{name.upper()} of z (density)")
        plot_clusters(xy, labels, xy[centres_ind], out / f"kmeans{ksample}" / f"{scatter}.png", axes,
                      title=f"k-means (K={ksample}); numbered: on-data centres")
        for pc, indices in traversals.items():
            plot_clusters(xy, np.zeros(len(xy), int), xy[indices], out / f"pc{pc}" / f"{scatter}.png", axes,
                          title=f"PC{pc} traversal (on-data points)")


def _learning_curve_plot(run: TrainingRun, out: Path) -> None:
    from cryoscape.plotting import plot_learning_curve

    curve = learning_curve(run.workdir)
    if len(curve):
        curve.to_csv(out / "learning_curve.csv", index=False)
        plot_learning_curve(curve["epoch"].to_numpy(), curve["loss"].to_numpy(),
                            out / f"learning_curve_epoch{run.epoch}.png", run.epoch)


def analyze(run: TrainingRun, outdir: str | os.PathLike, options: AnalyzeOptions = AnalyzeOptions(),
            progress: bool = True) -> dict:
    """Run the analysis of ``run`` into ``outdir``; return a summary (also written as summary.json)."""
    log = get_logger()
    z = run.latents()
    ids = run.particle_ids(len(z))
    if not 1 <= options.ksample <= len(z):
        raise InputError(f"--ksample {options.ksample}: needs between 1 and {len(z)} (the particles)")
    model = None
    if not options.skip_vol:
        model, config = load_trained_model(run.weights_path, run.config_path)
        resolve_box_apix(config, options.volumes)
    log.info(f"analysing {len(z)} latents (zdim {z.shape[1]}) of {run.z_path}")
    pca = run_pca(z)
    log.info("PCA explained variance: " + ", ".join(f"PC{i + 1} {r:.3f}" for i, r in
                                                      enumerate(pca.explained_variance_ratio)))
    # UMAP in a second process alongside map generation was measured slower on 2 cores: run in turn
    umap_xy, fitted = (None, 0) if options.skip_umap else run_umap(z, options.seed, options.umap_max_fit)
    if 0 < fitted < len(z):
        log.info(f"UMAP: fitted on {fitted} of {len(z)} particles; the other {len(z) - fitted} are placed by "
                 "their nearest fitted neighbours")
    with staged_folder(outdir) as out:
        labels, centres = run_kmeans(z, options.ksample, options.seed)
        centres_ind = nearest_on_data(z, centres)
        traversals = {pc: pc_traversal(z, pca, pc, options.n_per_pc)
                      for pc in range(1, min(options.pcs, z.shape[1]) + 1)}
        kdir = out / f"kmeans{options.ksample}"
        if model is not None:
            latents = np.concatenate([z[centres_ind]] + [z[ind] for _, ind in traversals.values()])
            folders = [kdir] * len(centres_ind) + [out / f"pc{pc}" for pc, (_, ind) in traversals.items()
                                                   for _ in ind]
            _write_grouped_volumes(model, config, latents, folders, options.volumes, progress)
        _write_tables(out, z, ids, pca, umap_xy, labels, centres_ind, traversals, options.ksample)
        embeddings = {"pca": (first_two(pca.projections), ("PC1", "PC2"))}
        if umap_xy is not None:
            embeddings["umap"] = (umap_xy, ("UMAP1", "UMAP2"))
        _plots(out, embeddings, labels, centres_ind, options.ksample,
               {pc: indices for pc, (_, indices) in traversals.items()})
        _learning_curve_plot(run, out)
        summary = {"workdir": str(run.workdir), "epoch": run.epoch, "particles": len(z), "zdim": int(z.shape[1]),
                   "pca_explained_variance_ratio": pca.explained_variance_ratio.round(6).tolist(),
                   "umap_fitted_on": fitted, "ksample": options.ksample,
                   "kmeans_centres_particles": ids[centres_ind].tolist(),
                   "kmeans_cluster_sizes": np.bincount(labels, minlength=options.ksample).tolist(),
                   "volumes": not options.skip_vol}
        (out / "summary.json").write_text(json.dumps(summary, indent=1))
    log.info(f"wrote {outdir}")
    return summary


def _write_tables(out: Path, z: np.ndarray, ids: np.ndarray, pca: PcaResult, umap_xy: np.ndarray | None,
                  labels: np.ndarray, centres_ind: np.ndarray, traversals: dict, ksample: int) -> None:
    """Write the k-means, PC-traversal and embedding files (maps and plots aside)."""
    kdir = out / f"kmeans{ksample}"
    kdir.mkdir(exist_ok=True)
    save_pkl(labels, kdir / "labels.pkl")
    np.savetxt(kdir / "centers.txt", z[centres_ind], fmt="%.6f")
    np.savetxt(kdir / "centers_ind.txt", ids[centres_ind], fmt="%d")
    for pc, (values, indices) in traversals.items():
        (out / f"pc{pc}").mkdir(exist_ok=True)
        np.savetxt(out / f"pc{pc}" / "z_values.txt", z[indices], fmt="%.6f")
        np.savetxt(out / f"pc{pc}" / "pc_values.txt", values, fmt="%.6f")
        np.savetxt(out / f"pc{pc}" / "particles.txt", ids[indices], fmt="%d")
    save_pkl(pca.projections.astype(np.float32), out / "z_pca.pkl")
    pd.DataFrame({"component": np.arange(1, len(pca.explained_variance_ratio) + 1),
                  "explained_variance_ratio": pca.explained_variance_ratio,
                  "cumulative": np.cumsum(pca.explained_variance_ratio)}).to_csv(
        out / "pca_explained_variance.csv", index=False)
    if umap_xy is not None:
        save_pkl(umap_xy, out / "umap.pkl")
    particle_table(ids, pca, umap_xy, labels, ksample).to_csv(out / "particles.csv", index=False)


def _write_grouped_volumes(model, config, latents: np.ndarray, folders: list[Path], options: VolumeOptions,
                           progress: bool) -> None:
    """Generate all maps in one batched pass, numbered vol_000… within each folder."""
    counters: dict[Path, int] = {}
    paths = []
    for folder in folders:
        paths.append(folder / f"vol_{counters.get(folder, 0):03d}.mrc")
        counters[folder] = counters.get(folder, 0) + 1
    write_volumes(model, config, latents, paths, options, progress=progress)
