"""Figures of the demo report: latents coloured by the truth, the filter's result, k-means maps (PNG bytes)."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.figure import Figure

from cryoscape.io import load_pkl, read_mrc
from cryoscape.plotting.latent import drawn_rows, marker_size

FILTER_COLOURS = {"kept, good": "#9e9e9e", "removed, junk": "#2e7d32", "removed, good": "#c62828",
                  "kept, junk": "#f9a825"}
MAX_MAP_PANELS = 40


def png_bytes(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _scatter(ax, xy: np.ndarray, groups: np.ndarray, colours: dict | None = None) -> None:
    rows = drawn_rows(len(xy))
    size = marker_size(len(rows))
    cmap = matplotlib.colormaps["tab10"]
    for i, name in enumerate(dict.fromkeys(groups[rows].tolist())):
        chosen = rows[groups[rows] == name]
        colour = colours[name] if colours else cmap(i % 10)
        ax.scatter(xy[chosen, 0], xy[chosen, 1], s=size, color=colour, label=f"{name} ({(groups == name).sum()})",
                   rasterized=True, linewidths=0)
    ax.set_xlabel("UMAP 1")
    ax.set_ylabel("UMAP 2")
    ax.legend(markerscale=max(1.0, 6 / size ** 0.5), fontsize=7, loc="best")


def latent_by_truth(analysis: Path, true_class: np.ndarray, kmeans: np.ndarray) -> bytes:
    """UMAP of the second run coloured by k-means cluster and by true state, side by side."""
    xy = np.asarray(load_pkl(analysis / "umap.pkl"))
    fig = Figure(figsize=(11, 4.8), dpi=100)
    left, right = fig.subplots(1, 2)
    rows = drawn_rows(len(xy))
    left.scatter(xy[rows, 0], xy[rows, 1], c=kmeans[rows], cmap="nipy_spectral", s=marker_size(len(rows)),
                 rasterized=True, linewidths=0)
    left.set_title(f"k-means clusters ({len(np.unique(kmeans))})")
    left.set_xlabel("UMAP 1")
    left.set_ylabel("UMAP 2")
    _scatter(right, xy, true_class)
    right.set_title("true state (simulation)")
    return png_bytes(fig)


def filtering_result(analysis: Path, junk: np.ndarray, removed: np.ndarray) -> bytes:
    """UMAP of the first run: which particles the filter removed, against which were junk."""
    xy = np.asarray(load_pkl(analysis / "umap.pkl"))
    groups = np.where(removed, np.where(junk, "removed, junk", "removed, good"),
                      np.where(junk, "kept, junk", "kept, good"))
    fig = Figure(figsize=(6, 5), dpi=100)
    ax = fig.add_subplot()
    _scatter(ax, xy, groups, FILTER_COLOURS)
    ax.set_title("junk filtering on the first run's latent space")
    return png_bytes(fig)


def kmeans_map_gallery(voldir: Path, map_class: dict[str, int]) -> bytes:
    """Projections along z of the k-means maps, titled with their occupancy class."""
    paths = sorted(voldir.glob("*.mrc"))[:MAX_MAP_PANELS]
    columns = 8
    rows = max(1, -(-len(paths) // columns))
    fig = Figure(figsize=(columns * 1.3, rows * 1.45), dpi=100)
    axes = np.atleast_1d(fig.subplots(rows, columns)).ravel()
    for ax in axes:
        ax.axis("off")
    for ax, path in zip(axes, paths):
        projection = read_mrc(path)[0].sum(axis=0)
        ax.imshow(projection, cmap="gray", origin="lower")
        label = map_class.get(path.stem)
        ax.set_title(f"{path.stem[-3:]}" + (f" · class {label}" if label else ""), fontsize=7)
    return png_bytes(fig)
