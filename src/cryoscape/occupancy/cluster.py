"""Hierarchical clustering of the occupancy matrix: volume classes (rows) and structural blocks (columns).

Columns are first rescaled (default: between their 10th and 90th percentiles, clipped to [0, 1], as
in the protocol, except that an element varying by less than a tenth of its level is not stretched),
then rows and columns are clustered by average linkage on Euclidean distances (seaborn's clustermap
default, as the protocol's notebook used). Classes and blocks are the flat clusters below a
distance threshold: the user's (protocol step 32), or by default the cut with the best mean
silhouette score among 2–30 clusters.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster, leaves_list, linkage

from cryoscape.errors import InputError

NORMALIZATIONS = ("percentile", "minmax", "zscore", "none")


def normalize(matrix: pd.DataFrame, method: str = "percentile") -> pd.DataFrame:
    """Return the column-wise rescaled occupancy matrix."""
    values = matrix.to_numpy(np.float64)
    if method == "percentile":
        low, high = np.percentile(values, [10, 90], axis=0)
        # an element whose occupancy varies by less than a tenth of its level is not stretched to [0, 1]:
        # that would turn measurement noise of an always-present element into a full-range signal
        span = np.maximum(high - low, 0.1 * np.abs(high))
        scaled = np.clip((values - low) / np.where(span > 0, span, 1.0), 0, 1)
    elif method == "minmax":
        low, high = values.min(0), values.max(0)
        scaled = (values - low) / np.where(high > low, high - low, 1.0)
    elif method == "zscore":
        spread = values.std(0)
        scaled = (values - values.mean(0)) / np.where(spread > 0, spread, 1.0)
    elif method == "none":
        scaled = values
    else:
        raise InputError(f"--normalize {method}: choose one of {', '.join(NORMALIZATIONS)}")
    return pd.DataFrame(scaled, index=matrix.index, columns=matrix.columns)


@dataclass(frozen=True)
class Clustering:
    """Linkages, leaf orders and flat clusters (numbered from 1 in dendrogram order) of rows and columns."""

    row_linkage: np.ndarray
    col_linkage: np.ndarray
    row_order: np.ndarray
    col_order: np.ndarray
    classes: np.ndarray
    blocks: np.ndarray
    row_threshold: float
    col_threshold: float


def best_threshold(points: np.ndarray, link: np.ndarray, max_clusters: int = 30) -> float:
    """Return the linkage distance whose cut has the best mean silhouette (2 … max_clusters clusters)."""
    from sklearn.metrics import silhouette_score

    heights = np.sort(link[:, 2])
    best, best_score = float(heights[-1]) * 1.0001, -np.inf
    for n_clusters in range(2, min(max_clusters, len(points) - 1) + 1):
        low, high = heights[-n_clusters], heights[-n_clusters + 1]  # cutting between them leaves n_clusters
        if high <= low:
            continue
        threshold = float(low + high) / 2
        labels = fcluster(link, t=threshold, criterion="distance")
        if len(set(labels)) < 2:
            continue
        score = silhouette_score(points, labels)
        if score > best_score:
            best, best_score = threshold, score
    return best


def _flat(points: np.ndarray, link: np.ndarray, threshold: float | None, order: np.ndarray) -> tuple[np.ndarray, float]:
    if threshold is None:
        threshold = best_threshold(points, link) if len(points) > 2 else float(link[:, 2].max()) * 1.0001
    labels = fcluster(link, t=threshold, criterion="distance")
    # renumber in dendrogram (display) order so class 1 is the top of the heatmap
    first_seen = {label: rank + 1 for rank, label in enumerate(dict.fromkeys(labels[order]))}
    return np.array([first_seen[label] for label in labels]), threshold


def cluster(normalized: pd.DataFrame, row_threshold: float | None = None, col_threshold: float | None = None
            ) -> Clustering:
    """Cluster maps (rows) and elements (columns) of a normalised occupancy matrix."""
    values = normalized.to_numpy(np.float64)
    if values.shape[0] < 2 or values.shape[1] < 2:
        raise InputError(f"clustering needs at least 2 maps and 2 elements, not {values.shape}")
    rows = linkage(values, method="average", metric="euclidean")
    cols = linkage(values.T, method="average", metric="euclidean")
    row_order, col_order = leaves_list(rows), leaves_list(cols)
    classes, row_t = _flat(values, rows, row_threshold, row_order)
    blocks, col_t = _flat(values.T, cols, col_threshold, col_order)
    return Clustering(rows, cols, row_order, col_order, classes, blocks, row_t, col_t)


def class_centroids(normalized: pd.DataFrame, classes: np.ndarray) -> pd.DataFrame:
    """Return, per class, the map whose occupancy row is closest to the class mean (the 'on-data' centroid)."""
    rows = []
    values = normalized.to_numpy(np.float64)
    for label in sorted(set(classes)):
        members = np.flatnonzero(classes == label)
        distance = np.linalg.norm(values[members] - values[members].mean(0), axis=1)
        rows.append({"class": int(label), "maps": len(members), "centroid_map": normalized.index[members[distance.argmin()]]})
    return pd.DataFrame(rows)
