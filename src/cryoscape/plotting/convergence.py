"""Convergence figures (protocol Box 1): loss, UMAP panels, latent shifts, local maxima, map CC and FSC."""

from __future__ import annotations

import math
import os

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from cryoscape.plotting.latent import drawn_rows, marker_size


def _grid(n: int, size: float = 3.0) -> tuple[Figure, list]:
    columns = min(n, 5)
    rows = math.ceil(n / columns)
    fig = Figure(figsize=(size * columns, size * rows + 0.3), dpi=100)
    axes = [fig.add_subplot(rows, columns, i + 1) for i in range(n)]
    return fig, axes


def plot_loss(table: pd.DataFrame, path: str | os.PathLike, plateau: int | None) -> None:
    """Save total loss per epoch, with the plateau epoch marked."""
    fig = Figure(figsize=(5, 3.5), dpi=110)
    ax = fig.add_subplot()
    ax.plot(table["epoch"], table["loss"], marker="o", ms=3)
    if plateau is not None:
        ax.axvline(plateau, color="tab:red", ls="--", lw=1, label=f"plateau: epoch {plateau}")
        ax.legend(frameon=False, fontsize=8)
    ax.set_xlabel("epoch")
    ax.set_ylabel("total loss")
    fig.tight_layout()
    fig.savefig(path)


def plot_umap_panels(embeddings: dict[int, np.ndarray], path: str | os.PathLike, density: bool) -> None:
    """Save one panel per sampled epoch, on shared axes: points, or a 2D density histogram."""
    fig, axes = _grid(len(embeddings))
    every = np.concatenate(list(embeddings.values()))
    low, high = np.percentile(every, [0.5, 99.5], axis=0)
    pad = 0.05 * (high - low)
    for ax, (epoch, xy) in zip(axes, embeddings.items()):
        if density:
            ax.hist2d(xy[:, 0], xy[:, 1], bins=60, range=[[low[0] - pad[0], high[0] + pad[0]],
                                                        [low[1] - pad[1], high[1] + pad[1]]], cmap="Blues")
        else:
            rows = drawn_rows(len(xy))
            ax.scatter(xy[rows, 0], xy[rows, 1], s=marker_size(len(rows)), alpha=0.3, linewidths=0)
            ax.set_xlim(low[0] - pad[0], high[0] + pad[0])
            ax.set_ylim(low[1] - pad[1], high[1] + pad[1])
        ax.set_title(f"epoch {epoch}", fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
    fig.tight_layout()
    fig.savefig(path)


def plot_shifts(table: pd.DataFrame, path: str | os.PathLike) -> None:
    """Save the three latent-shift medians per epoch, raw and rolling."""
    fig = Figure(figsize=(12, 3.4), dpi=100)
    names = (("median_magnitude", "median shift magnitude"), ("median_dot_product", "median dot product"),
             ("median_cosine_distance", "median cosine distance"))
    for i, (column, title) in enumerate(names):
        ax = fig.add_subplot(1, 3, i + 1)
        ax.plot(table["epoch"], table[column], color="0.6", lw=1, label="per epoch")
        ax.plot(table["epoch"], table[f"{column}_rolling"], color="tab:blue", lw=2, label="rolling mean (3)")
        ax.set_xlabel("epoch")
        ax.set_title(title, fontsize=10)
    ax.legend(frameon=False, fontsize=8)
    fig.tight_layout()
    fig.savefig(path)


def plot_maxima(xy: np.ndarray, maxima: list, path: str | os.PathLike) -> None:
    """Save the final UMAP with the labelled local maxima and their particles highlighted."""
    fig = Figure(figsize=(5.5, 5), dpi=110)
    ax = fig.add_subplot()
    rows = drawn_rows(len(xy))
    ax.scatter(xy[rows, 0], xy[rows, 1], s=marker_size(len(rows)), color="0.7", linewidths=0)
    for maximum in maxima:
        members = maximum.members
        ax.scatter(xy[members, 0], xy[members, 1], s=marker_size(len(rows)), linewidths=0)
        ax.annotate(f"{maximum.label} ({len(members)})", maximum.position, fontsize=9, weight="bold")
    ax.set_xlabel("UMAP1")
    ax.set_ylabel("UMAP2")
    ax.set_title("UMAP local maxima (particles in the 3×3 bins)")
    fig.tight_layout()
    fig.savefig(path)


def plot_pairwise(table: pd.DataFrame, column: str, ylabel: str, path: str | os.PathLike) -> None:
    """Save a per-maximum series over sampled epochs (map CC or FSC at Nyquist)."""
    fig = Figure(figsize=(5.5, 3.8), dpi=110)
    ax = fig.add_subplot()
    for label, rows in table.groupby("maximum"):
        ax.plot(rows["epoch"], rows[column], marker="o", ms=3, label=label)
    ax.set_xlabel("epoch (compared with the previous sampled epoch)")
    ax.set_ylabel(ylabel)
    ax.legend(ncol=5, fontsize=7, frameon=False)
    fig.tight_layout()
    fig.savefig(path)


def plot_fsc_curves(curves: pd.DataFrame, path: str | os.PathLike) -> None:
    """Save, per maximum, the FSC curves between consecutive sampled epochs (later epochs darker)."""
    labels = list(dict.fromkeys(curves["maximum"]))
    fig, axes = _grid(len(labels), 2.6)
    for ax, label in zip(axes, labels):
        rows = curves[curves["maximum"] == label]
        epochs = sorted(rows["epoch"].unique())
        for i, epoch in enumerate(epochs):
            curve = rows[rows["epoch"] == epoch]
            ax.plot(curve["frequency_per_px"], curve["fsc"], color=(0.1, 0.2, 0.9, 0.25 + 0.75 * (i + 1) / len(epochs)),
                    lw=1)
        ax.set_ylim(-0.05, 1.02)
        ax.set_title(f"{label}", fontsize=9)
        ax.set_xlabel("1/px", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
