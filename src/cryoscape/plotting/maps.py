"""Pictures of maps and images: central orthogonal slices, image montages."""

from __future__ import annotations

import os

import numpy as np
from matplotlib.figure import Figure


def plot_map_slices(volumes: dict[str, np.ndarray], path: str | os.PathLike) -> None:
    """Save the three central orthogonal slices (z, y, x) of each named map (D, D, D), one row per map."""
    fig = Figure(figsize=(7.5, 2.5 * len(volumes)), dpi=100)
    axes = fig.subplots(len(volumes), 3, squeeze=False)
    for row, (name, volume) in zip(axes, volumes.items()):
        centre = [n // 2 for n in volume.shape]
        slices = (volume[centre[0]], volume[:, centre[1]], volume[:, :, centre[2]])
        for ax, image, axis in zip(row, slices, "zyx"):
            ax.imshow(image, cmap="gray", origin="lower")
            ax.set_title(f"{name}: {axis} = {centre['zyx'.index(axis)]}", fontsize=8)
            ax.set_axis_off()
    fig.tight_layout()
    fig.savefig(path)


def plot_image_grid(images: np.ndarray, path: str | os.PathLike, labels: list[str] | None = None,
                    columns: int | None = None) -> None:
    """Save images (k, D, D) as a square-ish grid (row 0 at the top), each titled by its label."""
    k = len(images)
    columns = columns or int(np.ceil(np.sqrt(k)))
    rows = max(1, -(-k // columns))
    fig = Figure(figsize=(1.6 * columns, 1.7 * rows), dpi=100)
    for i, image in enumerate(images):
        ax = fig.add_subplot(rows, columns, i + 1)
        ax.imshow(image, cmap="gray")
        ax.set_axis_off()
        if labels is not None:
            ax.set_title(labels[i], fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
