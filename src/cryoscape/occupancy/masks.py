"""Element masks with RELION's semantics: binarise, grow by ``extend`` Å, add a raised-cosine soft edge."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from cryoscape.errors import InputError


def element_mask(density: np.ndarray, apix: float, threshold: float = 0.01, extend_angstrom: float = 0.0,
                 soft_edge_angstrom: float = 0.0, name: str = "element") -> np.ndarray:
    """Return a mask (nz, ny, nx) float32 in [0, 1] from an element map.

    Voxels above ``threshold`` are 1; the binary mask is grown by ``extend_angstrom``; beyond it a
    soft edge falls from 1 to 0 as ½(1 + cos(π d / width)) over ``soft_edge_angstrom``.
    """
    binary = density > threshold
    if not binary.any():
        raise InputError(f"{name}: no voxel of its map exceeds --threshold {threshold} (map max "
                         f"{float(density.max()):.4g}); lower the threshold or check the model's placement")
    if extend_angstrom > 0 or soft_edge_angstrom > 0:
        distance = ndimage.distance_transform_edt(~binary) * apix  # Å from the binary mask
    else:
        return binary.astype(np.float32)
    mask = (distance <= extend_angstrom).astype(np.float32)
    if soft_edge_angstrom > 0:
        edge = (distance > extend_angstrom) & (distance < extend_angstrom + soft_edge_angstrom)
        mask[edge] = 0.5 * (1 + np.cos(np.pi * (distance[edge] - extend_angstrom) / soft_edge_angstrom))
    return mask
