"""Aligning an ab initio result to a reference: its handedness and global orientation are arbitrary.

Projections do not tell a map from its mirror image, and an ab initio run fixes no frame, so its map
equals the reference up to a rotation G, a shift, and possibly a flip of hand M = diag(1, 1, −1)
(``flip_hand``'s z inversion). Two ways to find them:

- :func:`align_maps` (the ``align`` command): the rotation, shift and hand that maximise the
  correlation of the map with the reference, by the pose-search grid over SO(3) (both hands, the
  shift by FFT cross-correlation at each rotation) on Fourier-cropped maps, then local refinement at
  a finer box.
- :func:`align_poses` (scoring against a simulation's truth): G and the hand from the per-particle
  rotations (the chordal mean of R_estᵀ·R_true), then each particle's angular error and its shift
  error after fitting the map's 3D offset.

Conventions (:mod:`cryoscape.geometry.rotations`): a map is an array [z, y, x]; rotating it by R moves
the point a to R·a; an image at pose R projects the map moved by R.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from cryoscape.fourier import fourier_crop
from cryoscape.geometry.so3_grid import angular_distance_deg, base_grid, grid_spacing_rad, refine

HAND_FLIP = np.diag([1.0, 1.0, -1.0])


def _project_to_rotation(matrix: np.ndarray) -> np.ndarray:
    u, _, vt = np.linalg.svd(matrix)
    d = np.sign(np.linalg.det(u @ vt))
    return u @ np.diag([1.0, 1.0, d]) @ vt


@dataclass(frozen=True)
class PoseAlignment:
    """How estimated poses relate to the truth: R_true ≈ H·R_est·H·Gᵀ, H the hand flip when ``flipped``."""

    rotation: np.ndarray          # G (3, 3)
    flipped: bool
    errors_deg: np.ndarray        # (N,) angular error of each particle after alignment
    shift_errors_px: np.ndarray   # (N,) in-plane shift error after fitting the map's 3D offset
    offset_px: np.ndarray         # (3,) the fitted offset

    @property
    def median_error_deg(self) -> float:
        return float(np.median(self.errors_deg))


def align_poses(estimated: np.ndarray, truth: np.ndarray, estimated_shifts_px: np.ndarray | None = None,
                truth_shifts_px: np.ndarray | None = None) -> PoseAlignment:
    """Return the global alignment of estimated rotations (N, 3, 3) to the true ones, both hands tried."""
    estimated, truth = np.asarray(estimated, np.float64), np.asarray(truth, np.float64)
    best = None
    for flipped in (False, True):
        moved = HAND_FLIP @ estimated @ HAND_FLIP if flipped else estimated
        g_inverse = _robust_mean(moved.transpose(0, 2, 1) @ truth)
        errors = angular_distance_deg(moved @ g_inverse, truth)
        if best is None or np.median(errors) < np.median(best[2]):
            best = (g_inverse.T, flipped, errors)
    rotation, flipped, errors = best
    shift_errors, offset = np.zeros(len(estimated)), np.zeros(3)
    if estimated_shifts_px is not None and truth_shifts_px is not None:
        difference = np.asarray(estimated_shifts_px, np.float64) - np.asarray(truth_shifts_px, np.float64)
        rows = estimated[:, :2, :]  # an offset s of the map moves each projection by R_est[:2]·s
        offset = np.linalg.lstsq(rows.reshape(-1, 3), difference.reshape(-1), rcond=None)[0]
        shift_errors = np.linalg.norm(difference - rows @ offset, axis=1)
    return PoseAlignment(rotation, flipped, errors, shift_errors, offset)


def _robust_mean(rotations: np.ndarray, rounds: int = 3) -> np.ndarray:
    """Return the chordal mean of rotations (N, 3, 3), recomputed on the half closest to it."""
    mean = _project_to_rotation(rotations.sum(0))
    for _ in range(rounds):
        distance = angular_distance_deg(rotations, np.broadcast_to(mean, rotations.shape))
        close = distance <= np.median(distance)
        mean = _project_to_rotation(rotations[close].sum(0))
    return mean


# -- maps -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MapAlignment:
    rotation: np.ndarray  # (3, 3): the aligned map is the (hand-flipped when ``flipped``) map rotated by it
    shift_px: np.ndarray  # (3,) (x, y, z) voxels, applied after the rotation
    flipped: bool
    correlation: float


def rotate_volume(volume: torch.Tensor, rotations: torch.Tensor, shift_px: torch.Tensor | None = None
                  ) -> torch.Tensor:
    """Return the map (D, D, D) [z, y, x] rotated by each of rotations (K, 3, 3) (point a → R·a, about the
    box centre D//2), then shifted by ``shift_px`` (K, 3) voxels (x, y, z); trilinear, zero outside."""
    box = volume.shape[-1]
    centre = box // 2
    count = len(rotations)
    axis = torch.arange(box, dtype=torch.float64) - centre
    z, y, x = torch.meshgrid(axis, axis, axis, indexing="ij")
    target = torch.stack([x, y, z], -1).reshape(-1, 3)  # (V, 3) output voxel positions
    shift = torch.zeros(count, 3, dtype=torch.float64) if shift_px is None else shift_px.double()
    source = (target[None] - shift[:, None]) @ rotations.double()  # Rᵀ·(p − s) as row vectors
    normalised = (source + centre) * (2.0 / (box - 1)) - 1  # align_corners=True: index i ↔ −1 + 2i/(D−1)
    grid = normalised.reshape(count, box, box, box, 3).float()
    sampled = torch.nn.functional.grid_sample(volume.float()[None, None].expand(count, 1, -1, -1, -1), grid,
                                              mode="bilinear", align_corners=True)
    return sampled[:, 0]


def _best_shifts(moved: torch.Tensor, reference: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (normalised correlation (K,), shift (K, 3) x, y, z) of the best shift of each moved map: the
    circular cross-correlation's peak, placed between voxels by a parabola through it and its neighbours."""
    box = moved.shape[-1]
    moved = moved - moved.mean((1, 2, 3), keepdim=True)
    reference = reference - reference.mean()
    cross = torch.fft.irfftn(torch.fft.rfftn(reference)[None] * torch.conj(torch.fft.rfftn(moved, dim=(1, 2, 3))),
                             s=reference.shape, dim=(1, 2, 3))
    norm = moved.flatten(1).norm(dim=1) * reference.norm()
    values, flat = cross.flatten(1).max(1)
    index = torch.stack([flat // (box * box), flat // box % box, flat % box], 1)  # z, y, x
    rows = torch.arange(len(moved))
    fraction = torch.zeros(len(moved), 3, dtype=torch.float64)
    for axis in range(3):
        step = torch.zeros(3, dtype=torch.long)
        step[axis] = 1
        before = cross[(rows, *((index - step) % box).T)].double()
        after = cross[(rows, *((index + step) % box).T)].double()
        curvature = before - 2 * values.double() + after
        fraction[:, axis] = torch.where(curvature < 0, 0.5 * (before - after) / curvature.clamp(max=-1e-12), 0.0)
    shift = index.double() + fraction.clamp(-0.5, 0.5)
    shift = torch.where(shift > box / 2, shift - box, shift)
    return values / norm.clamp_min(1e-12), shift.flip(1)


def align_maps(volume: np.ndarray, reference: np.ndarray, search_box: int = 16, refine_box: int = 48,
               base_level: int = 2, levels: int = 5, kept: int = 8, rotations_per_pass: int = 512,
               hands: tuple[bool, ...] = (False, True)) -> MapAlignment:
    """Return the rotation, shift and hand that best superpose ``volume`` on ``reference`` (same box, D³).

    The base grid is scored for both hands on maps Fourier-cropped to ``search_box``; the ``kept`` best
    poses of each hand are refined together (a beam: each level scores 9 candidates around each kept
    pose on maps cropped to ``refine_box`` and keeps the best ``kept``), halving the cell each level.
    """
    if volume.shape != reference.shape:
        raise ValueError(f"maps of shapes {volume.shape} and {reference.shape} cannot be aligned; resample first")
    box = volume.shape[0]
    grid = torch.as_tensor(base_grid(base_level))
    coarse, fine = min(search_box, box), min(refine_box, box)
    target_coarse, target_fine = (torch.from_numpy(_small(reference, b)) for b in (coarse, fine))
    best = None
    for flipped in hands:
        source = volume[::-1] if flipped else volume
        mine = torch.from_numpy(_small(source, coarse))
        scores = torch.cat([_best_shifts(rotate_volume(mine, grid[first:first + rotations_per_pass]), target_coarse)[0]
                            for first in range(0, len(grid), rotations_per_pass)])
        beam = grid[scores.topk(min(kept, len(grid))).indices]
        mine = torch.from_numpy(_small(source, fine))
        step = grid_spacing_rad(base_level)
        for _ in range(levels):
            children = refine(beam, step).reshape(-1, 3, 3)
            scores, shifts = _best_shifts(rotate_volume(mine, children), target_fine)
            order = scores.topk(min(kept, len(children))).indices
            beam, step = children[order], step / 2
        top = int(order[0])
        if best is None or float(scores[top]) > best.correlation:
            best = MapAlignment(children[top].numpy(), (shifts[top] * box / fine).numpy(), flipped, float(scores[top]))
    return best


def _small(volume: np.ndarray, box: int) -> np.ndarray:
    volume = np.ascontiguousarray(volume, dtype=np.float32)
    return volume if volume.shape[0] == box else fourier_crop(volume, box, ndim=3).astype(np.float32)


def apply_alignment(volume: np.ndarray, alignment: MapAlignment) -> np.ndarray:
    """Return ``volume`` moved onto the reference by ``alignment`` (cubic B-spline interpolation, which keeps
    the high frequencies that the search's trilinear interpolation damps)."""
    from scipy.ndimage import affine_transform

    source = np.ascontiguousarray(volume[::-1] if alignment.flipped else volume, dtype=np.float64)
    centre = volume.shape[0] // 2
    # output voxel p (x, y, z) reads the input at Rᵀ·(p − s); in array order [z, y, x] the axes reverse
    inverse = alignment.rotation.T[::-1, ::-1]
    shift_zyx = alignment.shift_px[::-1]
    offset = centre - inverse @ (centre + shift_zyx)
    return affine_transform(source, inverse, offset=offset, order=3, mode="constant").astype(np.float32)
