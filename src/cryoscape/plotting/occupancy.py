"""The occupancy clustermap: heatmap of maps × elements with both dendrograms and class/block colour bars."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.figure import Figure
from scipy.cluster.hierarchy import dendrogram


def plot_clustermap(normalized: pd.DataFrame, clustering, path: str | os.PathLike, title: str = "") -> None:
    """Save the clustered heatmap (rows: maps, columns: elements) coloured by class and block."""
    n_rows, n_cols = normalized.shape
    fig = Figure(figsize=(min(4 + 0.18 * n_cols, 30), min(3 + 0.12 * n_rows, 40)), dpi=100)
    grid = fig.add_gridspec(3, 3, width_ratios=[2, 0.3, 10], height_ratios=[2, 0.3, 10], wspace=0.02, hspace=0.02)
    palette = colormaps["tab20"]
    row_tree = fig.add_subplot(grid[2, 0])
    dendrogram(clustering.row_linkage, orientation="left", ax=row_tree, no_labels=True,
               color_threshold=clustering.row_threshold, above_threshold_color="0.5")
    row_tree.invert_yaxis()
    row_tree.set_axis_off()
    col_tree = fig.add_subplot(grid[0, 2])
    dendrogram(clustering.col_linkage, ax=col_tree, no_labels=True, color_threshold=clustering.col_threshold,
               above_threshold_color="0.5")
    col_tree.set_axis_off()
    class_bar = fig.add_subplot(grid[2, 1])
    class_bar.imshow(palette((clustering.classes[clustering.row_order] - 1) % 20)[:, None, :], aspect="auto")
    class_bar.set_axis_off()
    block_bar = fig.add_subplot(grid[1, 2])
    block_bar.imshow(palette((clustering.blocks[clustering.col_order] - 1) % 20)[None, :, :], aspect="auto")
    block_bar.set_axis_off()
    heat = fig.add_subplot(grid[2, 2])
    values = normalized.to_numpy()[np.ix_(clustering.row_order, clustering.col_order)]
    image = heat.imshow(values, aspect="auto", cmap="Blues", interpolation="nearest")
    heat.set_xticks(range(n_cols))
    heat.set_xticklabels(normalized.columns[clustering.col_order], rotation=90, fontsize=6)
    heat.set_yticks(range(n_rows) if n_rows <= 80 else [])
    if n_rows <= 80:
        heat.set_yticklabels(normalized.index[clustering.row_order], fontsize=6)
    heat.yaxis.tick_right()
    fig.colorbar(image, ax=heat, fraction=0.03, pad=0.08, label="occupancy (normalised)")
    fig.suptitle(title or f"occupancy: {clustering.classes.max()} classes, {clustering.blocks.max()} blocks")
    fig.savefig(path, bbox_inches="tight")
