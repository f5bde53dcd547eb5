"""Latent space: reading z files, PCA, UMAP, k-means partitions and on-data sampling."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from cryoscape.errors import InputError
from cryoscape.io import load_pkl


def load_latents(path: str | os.PathLike) -> np.ndarray:
    """Return the per-particle latent means (N, zdim) float32 from a z.pkl (cryoscape or cryoDRGN)."""
    z = load_pkl(path)
    try:
        z = np.asarray(z, dtype=np.float32)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{path} does not hold a latent array ({exc}); give a z.N.pkl from train_vae") from None
    if z.ndim != 2 or z.shape[0] < 2 or z.shape[1] < 1:
        raise InputError(f"{path} holds an array of shape {z.shape}; a z file is (particles, zdim)")
    if not np.isfinite(z).all():
        raise InputError(f"{path} contains NaN/Inf latents; the training run diverged at that epoch")
    return z


@dataclass(frozen=True)
class PcaResult:
    """Principal components of z: projections (N, k), axes (k, zdim), mean (zdim,), explained variance ratios (k,)."""

    projections: np.ndarray
    components: np.ndarray
    mean: np.ndarray
    explained_variance_ratio: np.ndarray

    def project(self, z: np.ndarray) -> np.ndarray:
        return (np.asarray(z) - self.mean) @ self.components.T

    def unproject(self, pcs: np.ndarray) -> np.ndarray:
        """Return latent points for PC coordinates (M, k) (the mean plus the components)."""
        return self.mean + np.asarray(pcs) @ self.components


def run_pca(z: np.ndarray) -> PcaResult:
    """Return the PCA of latents z (N, zdim), all components, by SVD of the centred data."""
    mean = z.mean(axis=0, dtype=np.float64)
    centred = z.astype(np.float64) - mean
    _, singular, vt = np.linalg.svd(centred, full_matrices=False)
    variance = singular ** 2
    total = variance.sum()
    ratio = variance / total if total > 0 else np.zeros_like(variance)
    # a deterministic sign: the largest-magnitude loading of each axis is positive
    signs = np.sign(vt[np.arange(len(vt)), np.abs(vt).argmax(axis=1)])
    vt = vt * np.where(signs == 0, 1, signs)[:, None]
    return PcaResult(centred @ vt.T, vt, mean, ratio)


def first_two(coords: np.ndarray) -> np.ndarray:
    """Return the first two columns of coords (N, k), padding with zeros when k = 1."""
    return coords[:, :2] if coords.shape[1] >= 2 else np.column_stack([coords[:, 0], np.zeros(len(coords))])


@dataclass(frozen=True)
class UmapEmbedding:
    """A 2D UMAP of latents: the embedding (N, 2) of the latents it was built from, and a way to place others.

    ``fitted_z`` (F, zdim) / ``fitted_xy`` (F, 2) are the points UMAP itself laid out; any latent is placed
    at the inverse-distance-weighted mean position of its ``n_neighbors`` nearest fitted latents.
    """

    embedding: np.ndarray
    fitted_z: np.ndarray
    fitted_xy: np.ndarray
    n_neighbors: int

    @property
    def n_fitted(self) -> int:
        return len(self.fitted_z)

    def place(self, z: np.ndarray) -> np.ndarray:
        """Return positions (M, 2) for latents (M, zdim) on this embedding."""
        from sklearn.neighbors import NearestNeighbors

        distances, neighbours = NearestNeighbors(n_neighbors=self.n_neighbors).fit(self.fitted_z).kneighbors(z)
        weights = 1.0 / np.maximum(distances, 1e-6)
        weights /= weights.sum(axis=1, keepdims=True)
        return np.einsum("nk,nkd->nd", weights, self.fitted_xy[neighbours]).astype(np.float32)


def fit_umap(z: np.ndarray, seed: int = 0, max_fit: int = 15_000, n_neighbors: int = 15) -> UmapEmbedding:
    """Return the 2D UMAP embedding of z (N, zdim).

    UMAP's neighbour graph is computed exactly with a k-d tree (latents have few dimensions, where
    this is faster than UMAP's approximate search and needs no JIT compilation). For N > ``max_fit``
    the embedding is fitted on a random subsample and every other particle is placed at the
    inverse-distance-weighted mean position of its ``n_neighbors`` nearest fitted particles — the
    starting point of UMAP's own ``transform``, without its per-point refinement — so the cost stops
    growing with N while dense regions, which the subsample represents well, look the same.
    """
    import warnings

    from sklearn.neighbors import NearestNeighbors

    n = len(z)
    if n < 10:
        raise InputError(f"UMAP needs at least 10 particles, not {n}; use --skip-umap")
    fit_rows = np.arange(n) if n <= max_fit else np.sort(np.random.default_rng(seed).choice(n, max_fit, replace=False))
    fitted = z[fit_rows]
    k = min(n_neighbors, len(fitted) - 1)
    distances, neighbours = NearestNeighbors(n_neighbors=k).fit(fitted).kneighbors(fitted)  # self first, as UMAP expects
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # UMAP warns that a fixed random_state disables its parallelism
        import umap  # heavy import (numba): only where needed

        model = umap.UMAP(n_components=2, n_neighbors=k, random_state=seed, n_jobs=1, low_memory=True,
                          precomputed_knn=(neighbours, distances, None))
        fitted_xy = model.fit_transform(fitted).astype(np.float32)
    result = UmapEmbedding(np.empty((n, 2), np.float32), fitted, fitted_xy, k)
    result.embedding[fit_rows] = fitted_xy
    rest = np.setdiff1d(np.arange(n), fit_rows)
    if rest.size:
        result.embedding[rest] = result.place(z[rest])
    return result


def run_umap(z: np.ndarray, seed: int = 0, max_fit: int = 15_000, n_neighbors: int = 15) -> tuple[np.ndarray, int]:
    """Return a 2D UMAP embedding (N, 2) of z and the number of points UMAP laid out (see :func:`fit_umap`)."""
    result = fit_umap(z, seed, max_fit, n_neighbors)
    return result.embedding, result.n_fitted


def run_kmeans(z: np.ndarray, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Return k-means labels (N,) and centres (k, zdim) of z."""
    from sklearn.cluster import KMeans

    if not 1 <= k <= len(z):
        raise InputError(f"k-means with K={k} needs between 1 and {len(z)} clusters")
    model = KMeans(n_clusters=k, n_init=3, random_state=seed).fit(z)
    return model.labels_.astype(np.int64), model.cluster_centers_.astype(np.float32)


def nearest_on_data(z: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Return, for each point (M, zdim), the index of the particle whose latent is nearest (M,)."""
    from sklearn.neighbors import NearestNeighbors

    _, index = NearestNeighbors(n_neighbors=1).fit(z).kneighbors(np.atleast_2d(points))
    return index[:, 0].astype(np.int64)


def pc_traversal(z: np.ndarray, pca: PcaResult, pc: int, n_points: int,
                 limits: tuple[float, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Return (PC values (n,), on-data particle indices (n,)) of points evenly spaced along PC ``pc`` (1-based).

    Without ``limits`` the points run from the 1st to the 99th percentile of the data along that PC;
    each point is the PCA mean moved along the axis, then replaced by its nearest particle.
    """
    if not 1 <= pc <= pca.components.shape[0]:
        raise InputError(f"--pc {pc}: this latent space has PCs 1..{pca.components.shape[0]}")
    values = pca.projections[:, pc - 1]
    low, high = limits if limits is not None else np.percentile(values, [1, 99])
    steps = np.linspace(low, high, n_points)
    coords = np.zeros((n_points, pca.components.shape[0]))
    coords[:, pc - 1] = steps
    return steps, nearest_on_data(z, pca.unproject(coords).astype(np.float32))


def straight_path(anchors: np.ndarray, points_per_segment: int, loop: bool = False) -> np.ndarray:
    """Return latent points (M, zdim) on straight segments through ``anchors`` (A, zdim), in order.

    Each segment holds ``points_per_segment`` evenly spaced points from its start up to, not including,
    its end; the last anchor closes the path (or, with ``loop``, the path returns to the first anchor).
    """
    anchors = np.asarray(anchors, np.float32)
    if anchors.ndim != 2 or len(anchors) < 2:
        raise InputError("a straight path needs at least two anchor points")
    if points_per_segment < 1:
        raise InputError(f"{points_per_segment} points per segment: needs at least 1")
    ends = np.concatenate([anchors, anchors[:1]]) if loop else anchors
    steps = np.arange(points_per_segment, dtype=np.float32)[:, None] / points_per_segment
    path = [start + steps * (end - start) for start, end in zip(ends[:-1], ends[1:])]
    if not loop:
        path.append(ends[-1:])
    return np.concatenate(path).astype(np.float32)


def shortest_tour(points: np.ndarray) -> np.ndarray:
    """Return an order of ``points`` (K, D) for an open path through all of them that is short.

    Nearest-neighbour paths from every start, the shortest kept, then improved by 2-opt (reversing
    a stretch whenever that shortens the path) until no reversal helps. Exact for K ≤ 3; for the
    tens of k-means centres it is used on, within a few per cent of the optimum in practice.
    """
    points = np.asarray(points, np.float64)
    k = len(points)
    if k < 3:
        return np.arange(k)
    dist = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(-1))

    def length(order: np.ndarray) -> float:
        return float(dist[order[:-1], order[1:]].sum())

    best = None
    for start in np.linspace(0, k - 1, min(k, 50)).astype(int):  # up to 50 starts: K = 500 stays under seconds
        order, seen = [start], np.zeros(k, bool)
        seen[start] = True
        for _ in range(k - 1):
            row = np.where(seen, np.inf, dist[order[-1]])
            order.append(int(np.argmin(row)))
            seen[order[-1]] = True
        order = np.array(order)
        if best is None or length(order) < length(best):
            best = order
    improved = True
    while improved:
        improved = False
        for i in range(k - 1):
            for j in range(i + 2, k + 1):  # reverse best[i+1 … j-1]; j == k reverses the tail (open path)
                a, b = best[i], best[i + 1]
                before = dist[a, b] + (dist[best[j - 1], best[j]] if j < k else 0.0)
                after = dist[a, best[j - 1]] + (dist[b, best[j]] if j < k else 0.0)
                if after < before - 1e-12:
                    best[i + 1:j] = best[i + 1:j][::-1].copy()
                    improved = True
    return best
