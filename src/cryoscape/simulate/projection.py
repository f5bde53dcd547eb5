"""Exact images and maps of pseudo-atomic models: Gaussians integrated over pixels and voxels.

An atom is an isotropic Gaussian of width σ holding its electrons. Its projection along z is a 2D
Gaussian, and the integral over a pixel separates into a product of two 1D integrals, each a
difference of error functions at the pixel edges. The image is therefore
``Gyᵀ · diag(w) · Gx``, one batched matrix product; the ground-truth map is the same with a third
factor, so projecting the truth map along z gives the clean image exactly (for a model inside the box).
"""

from __future__ import annotations

import math

import numpy as np
import torch


def _window_integrals(centres_px: torch.Tensor, sigma_px: float, half_width: int
                      ) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (first pixel index (…,), masses (…, 2·half_width + 1)) of unit Gaussians in the pixels
    around each centre; the window covers ≥ 4σ on each side, so the mass outside is < 1e-4."""
    first = torch.floor(centres_px + 0.5).long() - half_width
    edges = first[..., None] + torch.arange(2 * half_width + 2, dtype=centres_px.dtype) - 0.5
    cdf = torch.special.erf((edges - centres_px[..., None]) / (sigma_px * math.sqrt(2.0)))
    return first, 0.5 * (cdf[..., 1:] - cdf[..., :-1])


CACHE_BYTES = 8 * 2**20  # keep one micro-batch's dense factors in cache: 2× faster than large batches


def project_atoms(coords_angstrom: torch.Tensor, weights: torch.Tensor, rotations: torch.Tensor,
                  shifts_px: torch.Tensor, apix: float, box_size: int, sigma_angstrom: float) -> torch.Tensor:
    """Return clean projections (B, D, D) of pseudo-atoms after rotation, in cache-sized micro-batches.

    Arguments as for :func:`project_atoms_batch`.
    """
    batch, n_atoms = rotations.shape[0], coords_angstrom.shape[-2]
    step = max(1, CACHE_BYTES // (n_atoms * (box_size + 16) * coords_angstrom.element_size()))
    parts = []
    for start in range(0, batch, step):
        part = slice(start, start + step)
        coords = coords_angstrom if coords_angstrom.dim() == 2 else coords_angstrom[part]
        parts.append(project_atoms_batch(coords, weights[part], rotations[part], shifts_px[part],
                                         apix, box_size, sigma_angstrom))
    return torch.cat(parts)


def project_atoms_batch(coords_angstrom: torch.Tensor, weights: torch.Tensor, rotations: torch.Tensor,
                        shifts_px: torch.Tensor, apix: float, box_size: int,
                        sigma_angstrom: float) -> torch.Tensor:
    """Return clean projections (B, D, D) of pseudo-atoms after rotation.

    coords_angstrom: (B, N, 3) or (N, 3) as (x, y, z) about the model centre; weights: (B, N)
    electrons; rotations: (B, 3, 3), each atom a moving to rot @ a; shifts_px: (B, 2) (x, y)
    displacement of the particle from the box centre. Each atom's pixel integrals are evaluated
    over a window of ±⌈4σ⌉ pixels per axis, then the image is ``Gyᵀ · diag(w) · Gx`` (one
    batched matrix product); density outside the box is cut off.
    """
    batch = rotations.shape[0]
    if coords_angstrom.dim() == 2:
        coords_angstrom = coords_angstrom.expand(batch, -1, -1)
    moved = coords_angstrom @ rotations.transpose(1, 2)  # rows: rot @ a
    centre = box_size // 2
    sigma_px = sigma_angstrom / apix
    half_width = int(math.ceil(4 * sigma_px))
    x0, gx = _window_integrals(moved[..., 0] / apix + centre + shifts_px[:, None, 0], sigma_px, half_width)
    y0, gy = _window_integrals(moved[..., 1] / apix + centre + shifts_px[:, None, 1], sigma_px, half_width)
    gx_dense = _scatter_window(x0, gx * weights[..., None], half_width, box_size)  # (B, N, D)
    gy_dense = _scatter_window(y0, gy, half_width, box_size)
    return torch.bmm(gy_dense.transpose(1, 2), gx_dense)  # (B, D_y, D_x)


def _scatter_window(first: torch.Tensor, masses: torch.Tensor, half_width: int, box_size: int) -> torch.Tensor:
    """Return (…, N, D) per-pixel masses from windows starting at pixel ``first``, edges cut off."""
    width = 2 * half_width + 1
    pad = width
    index = (first[..., None] + torch.arange(width)).clamp(-pad, box_size + pad - 1) + pad
    dense = torch.zeros(*masses.shape[:-1], box_size + 2 * pad, dtype=masses.dtype)
    dense.scatter_add_(-1, index, masses)  # add: far-outside windows clamp onto one index
    return dense[..., pad:pad + box_size]


def atoms_to_map(coords_angstrom: np.ndarray, weights: np.ndarray, apix: float, box_size: int,
                 sigma_angstrom: float) -> np.ndarray:
    """Return the voxel-integrated map (D, D, D) [z, y, x] of pseudo-atoms (N, 3) with weights (N,).

    Each atom adds the product of its three 1D pixel integrals over a ±⌈4σ⌉ window (on a padded
    grid, then cropped), so the cost is N·(2⌈4σ⌉+1)³ rather than N·D³.
    """
    centre = box_size // 2
    coords = torch.as_tensor(np.asarray(coords_angstrom), dtype=torch.float64) / apix + centre
    w = torch.as_tensor(np.asarray(weights), dtype=torch.float64)
    sigma_px = sigma_angstrom / apix
    half_width = int(math.ceil(4 * sigma_px))
    width = 2 * half_width + 1
    pad = width
    padded = box_size + 2 * pad
    (x0, gx), (y0, gy), (z0, gz) = (_window_integrals(coords[:, k], sigma_px, half_width) for k in range(3))
    values = (gz * w[:, None])[:, :, None, None] * gy[:, None, :, None] * gx[:, None, None, :]
    window = torch.arange(width)

    def padded_index(first: torch.Tensor) -> torch.Tensor:
        return (first[:, None] + window).clamp(-pad, box_size + pad - 1) + pad

    iz, iy, ix = padded_index(z0), padded_index(y0), padded_index(x0)
    flat = (iz[:, :, None, None] * padded + iy[:, None, :, None]) * padded + ix[:, None, None, :]
    volume = torch.zeros(padded ** 3, dtype=torch.float64)
    volume.index_add_(0, flat.reshape(-1), values.reshape(-1))
    volume = volume.reshape(padded, padded, padded)[pad:pad + box_size, pad:pad + box_size, pad:pad + box_size]
    return volume.to(torch.float32).numpy()


def project_map(volume: torch.Tensor, rotations: torch.Tensor, shifts_px: torch.Tensor) -> torch.Tensor:
    """Return projections (B, D, D) of a map (D, D, D) by trilinear resampling and summation along z.

    For map sources, where no atomic model defines the density between voxels.
    """
    batch, box = rotations.shape[0], volume.shape[-1]
    centre = box // 2
    k = torch.arange(box, dtype=volume.dtype) - centre
    z, y, x = torch.meshgrid(k, k, k, indexing="ij")
    points = torch.stack([x, y, z], dim=-1).reshape(-1, 3)
    points = points[None] - torch.cat([shifts_px, torch.zeros(batch, 1, dtype=volume.dtype)], 1)[:, None]
    source = points @ rotations.to(volume.dtype)  # a = rotᵀ b, as rows: b @ rot
    grid = (source + centre) / (box - 1) * 2 - 1  # voxel index → [-1, 1] (align_corners)
    sampled = torch.nn.functional.grid_sample(
        volume[None, None].expand(batch, 1, -1, -1, -1), grid.reshape(batch, box, box, box, 3),
        mode="bilinear", padding_mode="zeros", align_corners=True)
    return sampled[:, 0].sum(dim=1)
