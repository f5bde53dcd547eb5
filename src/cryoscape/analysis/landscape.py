"""Landscape analysis without an atomic model (cryoDRGN's analyze_landscape): a sketch of the ensemble as
maps at k-means centres of the latents, a mask, PCA of the masked maps, and states found by clustering
the maps, each with its particle-weighted mean map, variance map and particles."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cryoscape.analysis.latents import nearest_on_data, run_kmeans
from cryoscape.errors import InputError
from cryoscape.fourier import threshold_mask

LINKAGES = ("average", "ward", "complete", "single")
# "kmeans": particle-weighted k-means of the maps' volume PCs — states whose particle-weighted mean maps are
# closest to their members, the quantity the state maps report; agglomerative clustering (cryoDRGN's) treats
# a map standing for 2 particles like one standing for 200, so outlier maps become states of their own
# (README, "Landscape analysis": ARI 0.92 vs 0.59 on the quick demo)
CLUSTER_METHODS = ("kmeans", "agglomerative")


@dataclass(frozen=True)
class LandscapeOptions:
    """sketch_size: maps in the sketch (k-means centres); box: their box (None: min(128, the model's));
    threshold/dilate/soft edge: the mask from the maps' mean (threshold None: half its maximum);
    n_states, method, linkage: clustering of the maps' volume PCs (particle-weighted k-means, or agglomerative
    with ``linkage``); pc_dim: PCs kept."""

    sketch_size: int = 1000
    box: int | None = None
    threshold: float | None = None
    dilate_angstrom: float = 5.0
    soft_edge_angstrom: float = 0.0
    n_states: int = 10
    method: str = "kmeans"
    linkage: str = "average"
    pc_dim: int = 20
    plot_dim: int = 5
    seed: int = 0


@dataclass(frozen=True)
class Sketch:
    """K maps standing for the ensemble: on-data latents (K, zdim), their particle rows (K,), each
    particle's sketch map (N,) and the number of particles each map stands for (K,)."""

    latents: np.ndarray
    rows: np.ndarray
    particle_map: np.ndarray
    counts: np.ndarray


def sketch_latents(z: np.ndarray, size: int, seed: int = 0) -> Sketch:
    """Return the sketch: k-means of z into ``size`` clusters, each represented by the particle nearest its centre."""
    size = min(size, len(z))
    labels, centres = run_kmeans(z, size, seed)
    rows = nearest_on_data(z, centres)
    return Sketch(z[rows], rows, labels, np.bincount(labels, minlength=size))


def landscape_mask(mean_map: np.ndarray, apix: float, options: LandscapeOptions) -> np.ndarray:
    """Return the analysis mask (D, D, D) in [0, 1]: the mean map above the threshold, dilated, soft-edged."""
    threshold = 0.5 * float(mean_map.max()) if options.threshold is None else options.threshold
    return threshold_mask(mean_map, apix, threshold, options.dilate_angstrom, options.soft_edge_angstrom,
                          name="the sketch maps' mean")


@dataclass(frozen=True)
class VolumePca:
    """PCA of masked maps: mean (V,), components (C, V), projections (K, C), explained variance ratio (C,)."""

    mean: np.ndarray
    components: np.ndarray
    projections: np.ndarray
    explained: np.ndarray

    def project(self, vectors: np.ndarray) -> np.ndarray:
        """Return the PC coordinates (n, C) of masked maps (n, V)."""
        return (np.asarray(vectors, np.float64) - self.mean) @ self.components.T


def volume_pca(vectors: np.ndarray, n_components: int, seed: int = 0) -> VolumePca:
    """Return the PCA of masked maps (K, V) with at most ``n_components`` components."""
    from sklearn.decomposition import PCA

    n_components = max(1, min(n_components, vectors.shape[0] - 1, vectors.shape[1]))
    pca = PCA(n_components=n_components, svd_solver="randomized" if min(vectors.shape) > 500 else "full",
              random_state=seed).fit(vectors)
    return VolumePca(pca.mean_, pca.components_, pca.transform(vectors), pca.explained_variance_ratio_)


def cluster_maps(coordinates: np.ndarray, n_states: int, weights: np.ndarray | None = None, method: str = "kmeans",
                 linkage: str = "average", seed: int = 0) -> np.ndarray:
    """Return a state (0 … M−1) per map from its volume-PC coordinates (K, C).

    ``weights``: particles each map stands for (k-means weighs each map by them). States are numbered by
    decreasing particle count, state 0 the largest.
    """
    from sklearn.cluster import AgglomerativeClustering, KMeans

    if method not in CLUSTER_METHODS:
        raise InputError(f"--cluster {method}: choose one of {', '.join(CLUSTER_METHODS)}")
    if linkage not in LINKAGES:
        raise InputError(f"--linkage {linkage}: choose one of {', '.join(LINKAGES)}")
    if not 1 <= n_states <= len(coordinates):
        raise InputError(f"-M {n_states}: between 1 and the {len(coordinates)} sketch maps")
    weights = np.ones(len(coordinates)) if weights is None else np.asarray(weights, np.float64)
    if method == "kmeans":
        labels = KMeans(n_states, n_init=20, random_state=seed).fit(coordinates, sample_weight=weights).labels_
    else:
        labels = AgglomerativeClustering(n_clusters=n_states, linkage=linkage).fit_predict(coordinates)
    sizes = np.bincount(labels, weights=weights, minlength=n_states)
    order = np.argsort(-sizes, kind="stable")
    renumber = np.empty(n_states, np.int64)
    renumber[order] = np.arange(n_states)
    return renumber[labels]


class StateAccumulator:
    """Particle-weighted mean and variance maps of each state, accumulated one sketch map at a time."""

    def __init__(self, n_states: int, shape: tuple[int, ...]):
        self.weight = np.zeros(n_states)
        self.total = np.zeros((n_states, *shape))
        self.total_sq = np.zeros((n_states, *shape))

    def add(self, state: int, volume: np.ndarray, weight: float) -> None:
        self.weight[state] += weight
        self.total[state] += weight * volume
        self.total_sq[state] += weight * np.square(volume, dtype=np.float64)

    def mean_and_variance(self, state: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the state's weighted mean map and voxel-wise variance map (float32)."""
        w = max(self.weight[state], 1e-12)
        mean = self.total[state] / w
        variance = np.maximum(self.total_sq[state] / w - mean * mean, 0.0)
        return mean.astype(np.float32), variance.astype(np.float32)
