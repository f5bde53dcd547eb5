"""Latent-space plots coloured by user-given classes (scatter, or per-class density contours)."""

from __future__ import annotations

import os

import numpy as np
from matplotlib import colormaps
from scipy import ndimage

from cryoscape.plotting.latent import _axes, _save, drawn_rows, marker_size


def class_colours(names: list[str], palette: str | dict[str, str] | None = None) -> dict[str, object]:
    """Return a colour per class name: from a {name: colour} dict, a matplotlib colormap name, or tab10/tab20."""
    if isinstance(palette, dict):
        return {name: palette.get(name, "0.5") for name in names}
    cmap = colormaps[palette or ("tab10" if len(names) <= 10 else "tab20")]
    n = getattr(cmap, "N", 256)
    if n <= 20:
        return {name: cmap(i % n) for i, name in enumerate(names)}
    return {name: cmap(i / max(len(names) - 1, 1)) for i, name in enumerate(names)}


def plot_classes(xy: np.ndarray, labels: np.ndarray, path: str | os.PathLike, axis_names: tuple[str, str],
                 colours: dict[str, object], kind: str = "scatter", title: str = "") -> None:
    """Save points (N, 2) coloured by class ``labels`` (N,) of str; ``kind`` 'kde' draws density contours."""
    fig, ax = _axes(title, axis_names, (5.8, 4.8))
    labels = np.asarray(labels).astype(str)
    if kind == "scatter":
        rows = drawn_rows(len(xy))
        for name, colour in colours.items():
            chosen = rows[labels[rows] == name]
            ax.scatter(*xy[chosen].T, s=marker_size(len(rows)), color=colour, alpha=0.5, linewidths=0,
                       label=f"{name} ({int((labels == name).sum())})")
    else:
        edges = [np.linspace(*np.percentile(xy[:, i], [0.5, 99.5]), 101) for i in (0, 1)]
        centres = [0.5 * (e[1:] + e[:-1]) for e in edges]
        for name, colour in colours.items():
            counts, *_ = np.histogram2d(*xy[labels == name].T, bins=edges)
            density = ndimage.gaussian_filter(counts.T, 2.0)
            if density.max() > 0:
                ax.contour(*centres, density / density.max(), levels=[0.1, 0.3, 0.6, 0.9], colors=[colour],
                           linewidths=1)
            ax.plot([], [], color=colour, label=f"{name} ({int((labels == name).sum())})")
    ax.legend(markerscale=4, frameon=False, fontsize=7, loc="best")
    _save(fig, path)
