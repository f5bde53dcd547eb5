"""Element masks with RELION's semantics: binarise, grow by ``extend`` Å, add a raised-cosine soft edge."""

from __future__ import annotations

import numpy as np

from cryoscape.errors import InputError
from cryoscape.fourier import threshold_mask


def element_mask(density: np.ndarray, apix: float, threshold: float = 0.01, extend_angstrom: float = 0.0,
                 soft_edge_angstrom: float = 0.0, name: str = "element") -> np.ndarray:
    """Return a mask (nz, ny, nx) float32 in [0, 1] from an element map (see :func:`threshold_mask`)."""
    if not (np.asarray(density) > threshold).any():
        raise InputError(f"{name}: no voxel of its map exceeds --threshold {threshold} (map max "
                         f"{float(density.max()):.4g}); lower the threshold or check the model's placement")
    return threshold_mask(density, apix, threshold, extend_angstrom, soft_edge_angstrom, name)
