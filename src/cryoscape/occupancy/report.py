"""Outputs of the clustering: class/block tables, centroid maps, ChimeraX scripts, particle selections."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.io import save_pkl

_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
            "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7",
            "#dbdb8d", "#9edae5"]


def colour(label: int) -> str:
    return _COLOURS[(int(label) - 1) % len(_COLOURS)]


def class_scripts(classes: pd.DataFrame, map_files: dict[str, Path], outdir: Path) -> list[Path]:
    """Write one ChimeraX script per volume class opening its maps, tiled, coloured like the heatmap bar."""
    paths = []
    for label, rows in classes.groupby("class"):
        lines = ["close"] + [f"open {map_files[str(m)].resolve()}" for m in rows["map"]]
        lines += [f"volume all color {colour(label)}", "tile"]
        path = outdir / f"class_{int(label):02d}.cxc"
        path.write_text("\n".join(lines) + "\n")
        paths.append(path)
    return paths


def block_script(blocks: pd.DataFrame, models: list[str | os.PathLike], outdir: Path) -> Path:
    """Write a ChimeraX script opening the atomic model(s) and colouring every element by its block."""
    lines = ["close"] + [f"open {Path(m).resolve()}" for m in models] + ["color all lightgray"]
    for row in blocks.itertuples():
        if row.chimerax_spec:
            lines.append(f"color {row.chimerax_spec} {colour(row.block)}")
    path = outdir / "blocks.cxc"
    path.write_text("\n".join(lines) + "\n")
    return path


def particles_per_class(classes: pd.DataFrame, kmeans_labels: np.ndarray, particle_ids: np.ndarray,
                        outdir: Path) -> pd.DataFrame:
    """Write ``class_NN.N_particles.pkl`` (stack indices) for each class from the k-means clusters of its maps."""
    rows = []
    for label, members in classes.groupby("class"):
        clusters = [int(m) for m in members["map"]]
        selected = np.sort(particle_ids[np.isin(kmeans_labels, clusters)])
        path = outdir / f"class_{int(label):02d}.{selected.size}_particles.pkl"
        if selected.size:
            save_pkl(selected.astype(np.int64), path)
        rows.append({"class": int(label), "kmeans_clusters": " ".join(map(str, clusters)),
                     "particles": int(selected.size), "ind_file": path.name if selected.size else ""})
    return pd.DataFrame(rows)
