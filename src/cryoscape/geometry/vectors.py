"""Row-wise vector measures: how far, and which way, points (latents, coordinates) move."""

from __future__ import annotations

import numpy as np


def row_cosines(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Return the cosine between each row of ``before`` and ``after`` (n, d) as (n,); a row of zero length
    has no direction and counts as 0."""
    lengths = np.linalg.norm(before, axis=1) * np.linalg.norm(after, axis=1)
    dots = np.einsum("nd,nd->n", before, after)
    return np.divide(dots, lengths, out=np.zeros_like(dots, dtype=float), where=lengths > 0)
