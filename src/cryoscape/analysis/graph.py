"""On-data paths through latent space (protocol step 35): shortest paths on a nearest-neighbour graph.

Each particle is a node; it links to at most ``max_neighbors`` nearest particles, and only to those
closer than a global distance cutoff chosen so that nodes have ``avg_neighbors`` links on average —
long jumps across empty latent space are thus avoided. The minimum spanning tree of the k-NN graph is
added so that the cutoff never splits a region, and regions that share no neighbours at all are
bridged by their closest pair of particles. Edge weights are Euclidean distances, and
the path through consecutive anchors is the concatenation of Dijkstra shortest paths, so every
point on it is a real particle.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components, dijkstra, minimum_spanning_tree

from cryoscape.errors import InputError
from cryoscape.logs import get_logger


def neighbour_graph(z: np.ndarray, max_neighbors: int = 10, avg_neighbors: float = 5.0) -> sparse.csr_matrix:
    """Return a symmetric sparse graph (N, N) of latent distances between near neighbours."""
    from sklearn.neighbors import NearestNeighbors

    n = len(z)
    k = min(max_neighbors, n - 1)
    if k < 1 or avg_neighbors <= 0:
        raise InputError("graph traversal needs at least 2 particles, --max-neighbors ≥ 1 and --avg-neighbors > 0")
    distances, neighbours = NearestNeighbors(n_neighbors=k + 1).fit(z).kneighbors(z)
    distances, neighbours = distances[:, 1:], neighbours[:, 1:]
    cutoff = np.quantile(distances, min(avg_neighbors / k, 1.0))
    # zero-length edges (duplicate latents) would vanish from a sparse matrix: give them a tiny length
    weights = np.maximum(distances, 1e-12).ravel()
    rows, cols = np.repeat(np.arange(n), k), neighbours.ravel()
    full = sparse.csr_matrix((weights, (rows, cols)), shape=(n, n))
    full = full.maximum(full.T).tocsr()
    short = distances.ravel() <= cutoff
    pruned = sparse.csr_matrix((weights[short], (rows[short], cols[short])), shape=(n, n))
    # the spanning tree of the k-NN graph keeps every region the cutoff split up connected by its shortest links
    tree = minimum_spanning_tree(full)
    graph = pruned.maximum(pruned.T).maximum(tree).maximum(tree.T).tocsr()
    return bridge_components(z, graph)


def bridge_components(z: np.ndarray, graph: sparse.csr_matrix, max_components: int = 2000) -> sparse.csr_matrix:
    """Return ``graph`` with its connected components joined by their shortest links (Borůvka rounds).

    Well-separated states form separate components of a neighbour graph; a path between them must
    cross the gap somewhere, and the shortest link between two components is the least unsupported
    place to do it. The longest bridge is logged, since that step has no particles in between.
    """
    from sklearn.neighbors import NearestNeighbors

    n_components, labels = connected_components(graph, directed=False)
    if n_components == 1:
        return graph
    if n_components > max_components:
        raise InputError(f"the neighbour graph falls into {n_components} pieces; raise --max-neighbors/--avg-neighbors")
    bridges: list[tuple[int, int, float]] = []
    while n_components > 1:
        for component in range(n_components):
            inside = np.flatnonzero(labels == component)
            outside = np.flatnonzero(labels != component)
            distance, nearest = NearestNeighbors(n_neighbors=1).fit(z[outside]).kneighbors(z[inside])
            best = int(distance[:, 0].argmin())
            bridges.append((int(inside[best]), int(outside[nearest[best, 0]]), max(float(distance[best, 0]), 1e-12)))
        rows, cols, weights = zip(*bridges)
        extra = sparse.csr_matrix((weights, (rows, cols)), shape=graph.shape)
        graph = graph.maximum(extra).maximum(extra.T).tocsr()
        n_components, labels = connected_components(graph, directed=False)
    get_logger().info(f"neighbour graph: joined separate regions with {len(bridges)} bridging links "
                      f"(longest {max(w for _, _, w in bridges):.3f} in latent units)")
    return graph


def shortest_path(graph: sparse.csr_matrix, source: int, target: int) -> list[int]:
    """Return the node indices of the shortest path from ``source`` to ``target`` (both included)."""
    distances, predecessors = dijkstra(graph, indices=source, return_predecessors=True, directed=False)
    if not np.isfinite(distances[target]):
        raise InputError(f"particles {source} and {target} are not connected in the neighbour graph; "
                         "raise --avg-neighbors/--max-neighbors or pick anchors in the same region")
    path = [target]
    while path[-1] != source:
        path.append(int(predecessors[path[-1]]))
    return path[::-1]


def graph_traversal(z: np.ndarray, anchors: list[int], max_neighbors: int = 10,
                    avg_neighbors: float = 5.0) -> tuple[np.ndarray, np.ndarray]:
    """Return (particle indices along the path (M,), path length at each point (M,)) through ``anchors``."""
    if len(anchors) < 2:
        raise InputError("--anchors needs at least two particle indices")
    bad = [a for a in anchors if not 0 <= a < len(z)]
    if bad:
        raise InputError(f"anchor(s) {bad} outside 0..{len(z) - 1}, the particles of this z file")
    graph = neighbour_graph(z, max_neighbors, avg_neighbors)
    path: list[int] = [anchors[0]]
    for source, target in zip(anchors[:-1], anchors[1:]):
        path.extend(shortest_path(graph, source, target)[1:])
    path_arr = np.asarray(path, np.int64)
    steps = np.linalg.norm(np.diff(z[path_arr], axis=0), axis=1)
    get_logger().info(f"path of {len(path_arr)} particles through {len(anchors)} anchors, "
                      f"latent length {steps.sum():.3f}")
    return path_arr, np.concatenate([[0.0], np.cumsum(steps)])
