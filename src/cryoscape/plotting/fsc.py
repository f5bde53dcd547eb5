"""FSC curve plots."""

from __future__ import annotations

import os

import numpy as np
from matplotlib.figure import Figure


def plot_fsc(freq_per_px: np.ndarray, curve: np.ndarray, apix: float, path: str | os.PathLike,
             title: str = "half-map FSC") -> None:
    """Save an FSC curve against spatial frequency (1/Å) with the 0.5 and 0.143 thresholds marked."""
    plot_fsc_curves({"FSC": (freq_per_px, curve)}, apix, path, title)


def plot_fsc_curves(curves: dict[str, tuple[np.ndarray, np.ndarray]], apix: float, path: str | os.PathLike,
                    title: str = "FSC") -> None:
    """Save named FSC curves {name: (frequency 1/px, FSC)} on one plot against 1/Å, thresholds marked."""
    fig = Figure(figsize=(5.5, 3.8), dpi=120)
    ax = fig.add_subplot()
    for name, (freq_per_px, curve) in curves.items():
        ax.plot(np.asarray(freq_per_px) / apix, curve, lw=1.6, label=name if len(curves) > 1 else None)
    for threshold, style in ((0.5, "--"), (0.143, ":")):
        ax.axhline(threshold, color="0.4", ls=style, lw=1, label=f"FSC = {threshold}")
    ax.set_xlabel("spatial frequency (1/Å)")
    ax.set_ylabel("FSC")
    ax.set_ylim(-0.1, 1.05)
    ax.set_xlim(0, max(float(np.max(f)) for f, _ in curves.values()) / apix)
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
