"""A montage of particle images (a random few of a selection) as one PNG, for the explorer."""

from __future__ import annotations

import numpy as np

from cryoscape.data import open_particles


def tile(images: np.ndarray, columns: int = 6, gap_px: int = 2) -> np.ndarray:
    """Return images (K, D, D) laid out in rows of ``columns``, each scaled to its own 1st–99th percentile."""
    count, box = images.shape[0], images.shape[-1]
    rows = -(-count // columns)
    sheet = np.ones((rows * (box + gap_px) - gap_px, columns * (box + gap_px) - gap_px), np.float32)
    for k, image in enumerate(images):
        lo, hi = np.percentile(image, [1, 99])
        scaled = np.clip((image - lo) / (hi - lo if hi > lo else 1.0), 0, 1)
        r, c = divmod(k, columns)
        sheet[r * (box + gap_px):r * (box + gap_px) + box, c * (box + gap_px):c * (box + gap_px) + box] = scaled
    return sheet


def montage_png(particles: str, datadir: str | None, stack_rows: np.ndarray, count: int = 24, seed: int = 0) -> bytes:
    """Return a PNG of up to ``count`` images, drawn at random (``seed``) from ``stack_rows`` of the stack."""
    from cryoscape.plotting import grey_png

    stack_rows = np.asarray(stack_rows, np.int64)
    chosen = np.sort(np.random.default_rng(seed).choice(stack_rows, min(count, stack_rows.size), replace=False))
    images = open_particles(particles, datadir).images(chosen)
    return grey_png(tile(np.asarray(images, np.float32)))
