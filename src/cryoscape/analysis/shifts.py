"""Latent embedding shifts (protocol Box 1): how far, and how consistently, particles move between epochs."""

from __future__ import annotations

import numpy as np
import pandas as pd

from cryoscape.analysis.plateau import rolling_mean
from cryoscape.geometry import row_cosines


def latent_shifts(latents: dict[int, np.ndarray]) -> pd.DataFrame:
    """Return per-epoch medians over particles of the shift magnitude, dot product and cosine distance.

    For consecutive saved epochs i < j < k, the vectors a = z_j − z_i and b = z_k − z_j are formed for
    every particle; the row for epoch j holds the median ‖a‖, the median a·b and the median cosine
    distance 1 − a·b / (‖a‖‖b‖), with 3-epoch rolling means. Converged training moves particles
    little and in random directions: small magnitudes, dot products near 0, cosine distances near 1.
    """
    epochs = sorted(latents)
    rows = []
    for i, j, k in zip(epochs, epochs[1:], epochs[2:]):
        a = latents[j] - latents[i]
        b = latents[k] - latents[j]
        dot = np.einsum("nd,nd->n", a, b)
        cosine = row_cosines(a, b)
        rows.append((j, float(np.median(np.linalg.norm(a, axis=1))), float(np.median(dot)),
                     float(np.median(1 - cosine))))
    table = pd.DataFrame(rows, columns=["epoch", "median_magnitude", "median_dot_product", "median_cosine_distance"])
    for column in ("median_magnitude", "median_dot_product", "median_cosine_distance"):
        table[f"{column}_rolling"] = rolling_mean(table[column].to_numpy()) if len(table) else []
    return table
