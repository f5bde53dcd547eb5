"""Latent-space analysis: PCA, UMAP, k-means, on-data sampling, traversals, filtering and map generation."""

from cryoscape.analysis.graph import graph_traversal, neighbour_graph, shortest_path
from cryoscape.analysis.landscape import LandscapeOptions, VolumePca, cluster_maps, sketch_latents, volume_pca
from cryoscape.analysis.landscape_full import FullLandscapeOptions, analyze_landscape_full, louvain_states
from cryoscape.analysis.landscape_run import LandscapeResult, analyze_landscape
from cryoscape.analysis.latents import (PcaResult, load_latents, nearest_on_data, pc_traversal, run_kmeans, run_pca,
                                        run_umap, shortest_tour, straight_path)
from cryoscape.analysis.selection import (clusters_mask, gmm_labels, latent_magnitude, parse_polygon, polygon_mask,
                                          save_selection, zscore_mask)
from cryoscape.analysis.stopping import converged_reason
from cryoscape.analysis.volumes import VolumeOptions, resolve_box_apix, volume_series, write_volumes
from cryoscape.analysis.workdir import TrainingRun, clean_plan, learning_curve

__all__ = [
    "FullLandscapeOptions", "LandscapeOptions", "analyze_landscape_full", "louvain_states", "LandscapeResult", "PcaResult", "VolumePca", "analyze_landscape", "cluster_maps",
    "sketch_latents", "volume_pca", "TrainingRun", "VolumeOptions", "clean_plan", "clusters_mask", "converged_reason", "gmm_labels", "graph_traversal", "latent_magnitude",
    "learning_curve", "load_latents", "nearest_on_data", "neighbour_graph", "parse_polygon", "pc_traversal",
    "polygon_mask", "resolve_box_apix", "run_kmeans", "run_pca", "run_umap", "save_selection", "shortest_path",
    "shortest_tour", "straight_path",
    "volume_series", "write_volumes", "zscore_mask",
]
