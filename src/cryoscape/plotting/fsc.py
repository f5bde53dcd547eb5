"""FSC curve plots."""

from __future__ import annotations

import os

import numpy as np
from matplotlib.figure import Figure


def plot_fsc(freq_per_px: np.ndarray, curve: np.ndarray, apix: float, path: str | os.PathLike,
             title: str = "half-map FSC") -> None:
    """Save an FSC curve against spatial frequency (1/Å) with the 0.5 and 0.143 thresholds marked."""
    fig = Figure(figsize=(5, 3.5), dpi=120)
    ax = fig.add_subplot()
    ax.plot(freq_per_px / apix, curve, color="tab:blue", lw=1.8)
    for threshold, style in ((0.5, "--"), (0.143, ":")):
        ax.axhline(threshold, color="0.4", ls=style, lw=1, label=f"FSC = {threshold}")
    ax.set_xlabel("spatial frequency (1/Å)")
    ax.set_ylabel("FSC")
    ax.set_ylim(-0.1, 1.05)
    ax.set_xlim(0, freq_per_px[-1] / apix)
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
