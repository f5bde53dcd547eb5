"""The UMAP local maxima method (protocol glossary): well-populated regions of a 2D embedding.

The embedding is binned (30 bins per axis), the histogram smoothed with a Gaussian of one bin, local
maxima found, then greedily pruned — of two maxima closer than ``radius`` bins the lower goes,
strongest first — keeping at most ``pruned_maxima``; the ``final_maxima`` highest are kept and
labelled A, B, … by how many particles fall in the 3×3 bins around each (most first).
"""

from __future__ import annotations

import string
from dataclasses import dataclass

import numpy as np
from scipy import ndimage


@dataclass(frozen=True)
class MaximaSettings:
    """Binning, smoothing and pruning of the UMAP local maxima method (cryoDRGN's defaults)."""

    n_bins: int = 30
    smooth_width_bins: float = 1.0
    pruned_maxima: int = 12
    radius_bins: float = 5.0
    final_maxima: int = 10


@dataclass(frozen=True)
class LocalMaximum:
    """One well-populated region: its label, bin (row = x bin, col = y bin), position, and member particles."""

    label: str
    bin_xy: tuple[int, int]
    position: tuple[float, float]
    density: float
    members: np.ndarray  # row indices of the particles in the 3×3 bins around the maximum


def _bin_of(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    return np.clip(np.searchsorted(edges, values, side="right") - 1, 0, len(edges) - 2)


def local_maxima(xy: np.ndarray, settings: MaximaSettings = MaximaSettings()) -> list[LocalMaximum]:
    """Return the labelled local maxima of a 2D embedding (N, 2), most populated first."""
    counts, x_edges, y_edges = np.histogram2d(xy[:, 0], xy[:, 1], bins=settings.n_bins)
    smooth = ndimage.gaussian_filter(counts, settings.smooth_width_bins) if settings.smooth_width_bins > 0 else counts
    peaks = (smooth == ndimage.maximum_filter(smooth, size=3, mode="constant")) & (smooth > 0)
    candidates = sorted(zip(*np.nonzero(peaks)), key=lambda b: -smooth[b])
    kept: list[tuple[int, int]] = []
    for candidate in candidates:
        if all(np.hypot(candidate[0] - k[0], candidate[1] - k[1]) >= settings.radius_bins for k in kept):
            kept.append((int(candidate[0]), int(candidate[1])))
        if len(kept) == settings.pruned_maxima:
            break
    kept = kept[:settings.final_maxima]
    bin_x, bin_y = _bin_of(xy[:, 0], x_edges), _bin_of(xy[:, 1], y_edges)
    found = []
    for bx, by in kept:
        members = np.flatnonzero((np.abs(bin_x - bx) <= 1) & (np.abs(bin_y - by) <= 1))
        centre = ((x_edges[bx] + x_edges[bx + 1]) / 2, (y_edges[by] + y_edges[by + 1]) / 2)
        found.append((members, (bx, by), centre, float(smooth[bx, by])))
    found.sort(key=lambda f: -len(f[0]))
    labels = string.ascii_uppercase
    return [LocalMaximum(labels[i] if i < 26 else f"M{i}", bins, (float(c[0]), float(c[1])), density, members)
            for i, (members, bins, c, density) in enumerate(found)]
