"""Real-space masks of maps: binarise at a threshold, grow by a distance in Å, add a raised-cosine soft edge."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from cryoscape.errors import InputError


def threshold_mask(density: np.ndarray, apix: float, threshold: float, dilate_angstrom: float = 0.0,
                   soft_edge_angstrom: float = 0.0, name: str = "map") -> np.ndarray:
    """Return a mask (nz, ny, nx) float32 in [0, 1] of the voxels of ``density`` above ``threshold``.

    The binary mask is grown by ``dilate_angstrom`` (Euclidean distance); beyond it the mask falls from
    1 to 0 as ½(1 + cos(π d / width)) over ``soft_edge_angstrom`` (RELION's and cryoDRGN's soft edge).
    """
    binary = np.asarray(density) > threshold
    if not binary.any():
        raise InputError(f"{name}: no voxel exceeds the threshold {threshold:.4g} (max {float(np.max(density)):.4g}); "
                         "lower the threshold")
    if dilate_angstrom <= 0 and soft_edge_angstrom <= 0:
        return binary.astype(np.float32)
    distance_angstrom = ndimage.distance_transform_edt(~binary) * apix
    mask = (distance_angstrom <= dilate_angstrom).astype(np.float32)
    if soft_edge_angstrom > 0:
        edge = (distance_angstrom > dilate_angstrom) & (distance_angstrom < dilate_angstrom + soft_edge_angstrom)
        mask[edge] = 0.5 * (1 + np.cos(np.pi * (distance_angstrom[edge] - dilate_angstrom) / soft_edge_angstrom))
    return mask


def spherical_mask(box_size: int, radius_px: float, soft_edge_px: float = 0.0) -> np.ndarray:
    """Return a (D, D, D) float32 sphere of ``radius_px`` about the box centre with a cosine soft edge."""
    k = np.arange(box_size) - box_size // 2
    r = np.sqrt(k[:, None, None] ** 2 + k[None, :, None] ** 2 + k[None, None, :] ** 2)
    if soft_edge_px <= 0:
        return (r <= radius_px).astype(np.float32)
    ramp = np.clip((r - radius_px) / soft_edge_px, 0, 1)
    return (0.5 * (1 + np.cos(np.pi * ramp))).astype(np.float32)
