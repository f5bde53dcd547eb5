"""Latent-space figures: embeddings (scatter, hexbin, coloured by cluster or value), selections, montages.

Figures are built with matplotlib's object API (no pyplot state), so they work headless and do not
change the backend of a notebook that imports cryoscape.
"""

from __future__ import annotations

import os

import numpy as np
from matplotlib.figure import Figure


def _save(fig: Figure, path: str | os.PathLike) -> None:
    fig.tight_layout()
    fig.savefig(path)


def _axes(title: str, axis_names: tuple[str, str], size: tuple[float, float] = (5, 4.5)):
    fig = Figure(figsize=size, dpi=110)
    ax = fig.add_subplot()
    ax.set_xlabel(axis_names[0])
    ax.set_ylabel(axis_names[1])
    ax.set_title(title)
    return fig, ax


MAX_SCATTER_POINTS = 40_000
PAIR_GRID_POINTS = 15_000  # per panel of a pair grid (28 panels at zdim 8): the densities use the same sample


def marker_size(n: int) -> float:
    return float(np.clip(2e4 / max(n, 1), 0.2, 8))


def drawn_rows(n: int, limit: int = MAX_SCATTER_POINTS) -> np.ndarray:
    """Return the rows a scatter plot draws: all, or a fixed random ``limit`` (the picture is the same, 3× faster)."""
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.default_rng(0).choice(n, limit, replace=False))


def plot_scatter(xy: np.ndarray, path: str | os.PathLike, axis_names: tuple[str, str], title: str = "",
                 values: np.ndarray | None = None, value_name: str = "") -> None:
    """Save a scatter plot of points (N, 2), optionally coloured by per-point ``values``."""
    fig, ax = _axes(title, axis_names)
    rows = drawn_rows(len(xy))
    xy = xy[rows]
    if values is None:
        ax.scatter(xy[:, 0], xy[:, 1], s=marker_size(len(xy)), alpha=0.3, color="tab:blue", linewidths=0)
    else:
        points = ax.scatter(xy[:, 0], xy[:, 1], s=marker_size(len(xy)), c=np.asarray(values)[rows], cmap="viridis",
                            linewidths=0)
        fig.colorbar(points, ax=ax, label=value_name)
    _save(fig, path)


def plot_hexbin(xy: np.ndarray, path: str | os.PathLike, axis_names: tuple[str, str], title: str = "") -> None:
    """Save a hexagonal-bin density plot of points (N, 2) (log counts)."""
    fig, ax = _axes(title, axis_names)
    cells = ax.hexbin(xy[:, 0], xy[:, 1], gridsize=50, bins="log", cmap="Blues", mincnt=1)
    fig.colorbar(cells, ax=ax, label="particles (log)")
    _save(fig, path)


def plot_clusters(xy: np.ndarray, labels: np.ndarray, centres_xy: np.ndarray, path: str | os.PathLike,
                  axis_names: tuple[str, str], title: str = "") -> None:
    """Save points (N, 2) coloured by cluster label, with each cluster's centre (K, 2) numbered."""
    fig, ax = _axes(title, axis_names, (5.5, 4.8))
    k = len(centres_xy)
    cmap = "tab20" if k <= 20 else "nipy_spectral"
    rows = drawn_rows(len(xy))
    xy, labels = xy[rows], np.asarray(labels)[rows]
    ax.scatter(xy[:, 0], xy[:, 1], s=marker_size(len(xy)), c=labels, cmap=cmap, vmin=0, vmax=max(k - 1, 1),
               alpha=0.5, linewidths=0)
    ax.scatter(centres_xy[:, 0], centres_xy[:, 1], s=18, c="black", marker="o")
    if k <= 60:
        for i, (x, y) in enumerate(centres_xy):
            ax.annotate(str(i), (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    _save(fig, path)


def plot_selection(xy: np.ndarray, excluded: np.ndarray, path: str | os.PathLike, axis_names: tuple[str, str],
                   title: str = "") -> None:
    """Save points (N, 2) with kept particles in blue and excluded ones in red."""
    fig, ax = _axes(title, axis_names)
    n_kept, n_excluded = int((~excluded).sum()), int(excluded.sum())
    rows = drawn_rows(len(xy))
    xy, excluded = xy[rows], np.asarray(excluded)[rows]
    size = marker_size(len(xy))
    ax.scatter(*xy[~excluded].T, s=size, color="tab:blue", alpha=0.4, linewidths=0,
               label=f"kept ({n_kept})")
    ax.scatter(*xy[excluded].T, s=size, color="tab:red", alpha=0.6, linewidths=0,
               label=f"excluded ({n_excluded})")
    ax.legend(markerscale=4, frameon=False, fontsize=8)
    _save(fig, path)


def plot_learning_curve(epochs: np.ndarray, losses: np.ndarray, path: str | os.PathLike,
                        marked_epoch: int | None = None) -> None:
    """Save the total loss per epoch, marking the analysed epoch."""
    fig, ax = _axes("learning curve", ("epoch", "loss"), (5, 3.5))
    ax.plot(epochs, losses, marker="o", ms=3, color="tab:blue")
    if marked_epoch is not None:
        ax.axvline(marked_epoch, color="tab:red", ls="--", lw=1, label=f"epoch {marked_epoch}")
        ax.legend(frameon=False, fontsize=8)
    _save(fig, path)


def plot_montage(groups: dict[str, np.ndarray], path: str | os.PathLike, columns: int = 8) -> None:
    """Save rows of particle images (k, D, D), one block of rows per named group."""
    rows = sum(max(1, -(-len(images) // columns)) for images in groups.values())
    fig = Figure(figsize=(columns * 1.0, rows * 1.05 + 0.3 * len(groups)), dpi=100)
    grid = fig.add_gridspec(rows, columns, hspace=0.35, wspace=0.05)
    row = 0
    for name, images in groups.items():
        for i, image in enumerate(images):
            ax = fig.add_subplot(grid[row + i // columns, i % columns])
            ax.imshow(image, cmap="gray")
            ax.set_axis_off()
            if i == 0:
                ax.set_title(name, fontsize=8, loc="left")
        row += max(1, -(-len(images) // columns))
    fig.savefig(path)


def grey_png(image: np.ndarray) -> bytes:
    """Return a greyscale PNG of a 2D image with values in [0, 1] (row 0 at the top)."""
    import io

    import matplotlib.image

    buffer = io.BytesIO()
    matplotlib.image.imsave(buffer, np.asarray(image, np.float32), cmap="gray", vmin=0, vmax=1, format="png")
    return buffer.getvalue()


def pair_grid_png(columns: np.ndarray, names: list[str], values: np.ndarray | None = None,
                  categories: tuple[str, ...] = (), value_name: str = "", panel_inches: float = 1.6) -> bytes:
    """Return a PNG of every pair of columns (N, D): histograms on the diagonal, below it scatters of the
    particles (density-shaded, or coloured by ``values``: category codes when ``categories`` are named,
    a continuous value otherwise), above it hexbin densities."""
    import io

    import matplotlib

    rows = drawn_rows(len(columns), PAIR_GRID_POINTS)
    data, d = np.asarray(columns, np.float32)[rows], columns.shape[1]
    fig = Figure(figsize=(panel_inches * d + (1.4 if values is not None else 0), panel_inches * d), dpi=90)
    axes = fig.subplots(d, d, squeeze=False)
    limits = np.percentile(data, [0.5, 99.5], axis=0)
    size = marker_size(len(rows)) * 0.5
    colour = None if values is None else np.asarray(values, np.float32)[rows]
    cmap = matplotlib.colormaps["tab20" if categories else "viridis"]
    for i in range(d):
        for j in range(d):
            ax = axes[i, j]
            ax.set_xticks([]), ax.set_yticks([])
            if i == j:
                ax.hist(data[:, i], bins=60, range=tuple(limits[:, i]), color="0.35")
            elif i > j:
                if colour is None:
                    ax.scatter(data[:, j], data[:, i], s=size, color="tab:blue", alpha=0.25, linewidths=0,
                               rasterized=True)
                else:
                    points = ax.scatter(data[:, j], data[:, i], s=size, c=colour, cmap=cmap, linewidths=0,
                                        rasterized=True, vmin=0 if categories else None,
                                        vmax=(len(categories) - 1 if categories else None))
                ax.set_xlim(limits[:, j]), ax.set_ylim(limits[:, i])
            else:
                ax.hexbin(data[:, j], data[:, i], gridsize=30, bins="log", cmap="Greys", mincnt=1,
                          extent=(*limits[:, j], *limits[:, i]))
            if i == d - 1:
                ax.set_xlabel(names[j], fontsize=8)
            if j == 0:
                ax.set_ylabel(names[i], fontsize=8)
    if colour is not None:
        bar = fig.colorbar(points, ax=axes, fraction=0.02, pad=0.02, label=value_name)
        if categories and len(categories) <= 20:
            bar.set_ticks(range(len(categories)), labels=list(categories))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
