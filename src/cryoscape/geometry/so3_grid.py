"""Grids over SO(3) for pose search: a HEALPix-based base grid and its hierarchical refinement.

A rotation is a viewing direction (a point of the sphere) and an in-plane angle. The base grid takes
the HEALPix pixel centres of resolution ``nside = 2**level`` (12·nside² equal-area pixels, built
here ring by ring from the scheme's definition) and 6·nside in-plane angles, so directions and
in-plane angles are spaced alike: about 60°/nside (level 1: 576 rotations at ~30°, level 2: 4,608
at ~15°, level 3: 36,864 at ~7.5°).

Refinement works as HEALPix's nested subdivision does: a cell of angular size Δ around a kept
rotation is split into 8 cells of size Δ/2, whose centres lie at ±Δ/4 along the three axes of the
cell's own frame (rotations composed on the image side, so the three axes are the two tilts of the
viewing direction and the in-plane angle). The parent is kept among the candidates, so a level can
only improve the best score.

Rotations follow cryoscape's convention (see :mod:`rotations`): the central slice of an image holds
the map's transform at ``k @ R``; the viewing direction is R's third row.
"""

from __future__ import annotations

import numpy as np
import torch


def healpix_directions(nside: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (theta, phi) in radians of the 12·nside² HEALPix pixel centres, ring by ring from the north pole."""
    thetas, phis = [], []
    for ring in range(1, 4 * nside):
        if ring < nside:  # north polar cap: 4·ring pixels
            z, count, offset = 1 - ring ** 2 / (3 * nside ** 2), 4 * ring, 0.5
        elif ring <= 3 * nside:  # equatorial belt: 4·nside pixels, alternate rings shifted by half a pixel
            z, count = 4 / 3 - 2 * ring / (3 * nside), 4 * nside
            offset = 0.5 if (ring - nside) % 2 == 0 else 1.0
        else:  # south polar cap, the mirror of the north
            mirror = 4 * nside - ring
            z, count, offset = -(1 - mirror ** 2 / (3 * nside ** 2)), 4 * mirror, 0.5
        j = np.arange(1, count + 1)
        thetas.append(np.full(count, np.arccos(z)))
        phis.append((j - offset) * 2 * np.pi / count)
    return np.concatenate(thetas), np.concatenate(phis)


def rotations_from_view(theta: np.ndarray, phi: np.ndarray, psi: np.ndarray) -> np.ndarray:
    """Return rotations (N, 3, 3) viewing along direction (theta, phi) with in-plane angle psi (radians, (N,))."""
    ct, st, cp, sp, cs, ss = np.cos(theta), np.sin(theta), np.cos(phi), np.sin(phi), np.cos(psi), np.sin(psi)
    # M = Rz(phi)·Ry(theta)·Rz(psi) has the direction as its third column; R = Mᵀ has it as its third row
    m = np.empty((len(theta), 3, 3))
    m[:, 0, 0] = cp * ct * cs - sp * ss
    m[:, 0, 1] = -cp * ct * ss - sp * cs
    m[:, 0, 2] = cp * st
    m[:, 1, 0] = sp * ct * cs + cp * ss
    m[:, 1, 1] = -sp * ct * ss + cp * cs
    m[:, 1, 2] = sp * st
    m[:, 2, 0] = -st * cs
    m[:, 2, 1] = st * ss
    m[:, 2, 2] = ct
    return m.transpose(0, 2, 1)


def base_grid(level: int) -> np.ndarray:
    """Return the base grid's rotations (12·4^level · 6·2^level, 3, 3)."""
    nside = 2 ** level
    theta, phi = healpix_directions(nside)
    psi = np.arange(6 * nside) * 2 * np.pi / (6 * nside)
    return rotations_from_view(np.repeat(theta, len(psi)), np.repeat(phi, len(psi)), np.tile(psi, len(theta)))


def grid_spacing_rad(level: int) -> float:
    """Return the angular size of a cell of the base grid at ``level`` (its in-plane step, 2π / (6·2^level))."""
    return 2 * np.pi / (6 * 2 ** level)


def rotvec_to_matrix(rotvec: torch.Tensor) -> torch.Tensor:
    """Return rotations (…, 3, 3) for axis-angle vectors (…, 3) (Rodrigues; differentiable, exact at 0)."""
    angle2 = (rotvec ** 2).sum(-1, keepdim=True)[..., None]
    x, y, z = rotvec.unbind(-1)
    zero = torch.zeros_like(x)
    skew = torch.stack([zero, -z, y, z, zero, -x, -y, x, zero], -1).reshape(*rotvec.shape[:-1], 3, 3)
    small = angle2 < 1e-8
    safe = torch.where(small, torch.ones_like(angle2), angle2)
    angle = safe.sqrt()
    a = torch.where(small, 1 - angle2 / 6, torch.sin(angle) / angle)        # sin θ / θ
    b = torch.where(small, 0.5 - angle2 / 24, (1 - torch.cos(angle)) / safe)  # (1 − cos θ) / θ²
    eye = torch.eye(3, dtype=rotvec.dtype, device=rotvec.device).expand_as(skew)
    return eye + a * skew + b * (skew @ skew)


def child_offsets(step_rad: float) -> torch.Tensor:
    """Return the 9 image-side offsets (9, 3, 3) of a refinement: the parent (identity) and its 8 children
    at ±step/4 along each axis."""
    corners = torch.tensor([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)], dtype=torch.float64)
    vectors = torch.cat([torch.zeros(1, 3, dtype=torch.float64), corners * step_rad / 4])
    return rotvec_to_matrix(vectors)


def refine(rotations: torch.Tensor, step_rad: float) -> torch.Tensor:
    """Return the candidates (…, 9, 3, 3) of one refinement level around rotations (…, 3, 3) of cell size ``step_rad``."""
    offsets = child_offsets(step_rad).to(rotations.device, rotations.dtype)
    return offsets @ rotations[..., None, :, :]


def angular_distance_deg(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return the angle in degrees (N,) of the rotation taking each of ``b`` (N, 3, 3) to ``a`` (N, 3, 3)."""
    relative = np.asarray(a, np.float64) @ np.asarray(b, np.float64).transpose(0, 2, 1)
    # atan2 of the sine (the skew part's axis vector) and the cosine (the trace): exact near 0 and 180°,
    # where arccos of the trace alone turns float32 rounding of equal matrices into ~0.03°
    cosine = (np.trace(relative, axis1=1, axis2=2) - 1) / 2
    axis = np.stack([relative[:, 2, 1] - relative[:, 1, 2], relative[:, 0, 2] - relative[:, 2, 0],
                     relative[:, 1, 0] - relative[:, 0, 1]], axis=1)
    return np.degrees(np.arctan2(np.linalg.norm(axis, axis=1) / 2, cosine))
