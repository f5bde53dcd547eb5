"""Pose search: the rotation and in-plane shift under which the decoder's slice best explains each image.

The score of a pose (R, t) for an image Y with CTF c is the negative squared error on the lattice
points of a band |k| < radius, ``−Σ |Y·φ_t − c·S_R|²``, where φ_t shifts the image by t and S_R is the
decoder's central slice at R. ``Σ|Y|²`` does not depend on the pose, so

    score(R, t) = 2·Re Σ conj(S_R)·c·Y·φ_t − Σ c²·|S_R|²,

and the first term for every rotation and every shift of a grid is one matrix product of the
slices (R × 2P) with the shifted, CTF-weighted images (2P × B·T).

Slices come from a :class:`SliceSource`: :class:`BandVolumes` decodes the transform once per latent on
an oversampled 3D grid inside the band and interpolates every slice from it (global search over
thousands of rotations costs one decode per conformation, not one per rotation), and
:class:`DecoderSlices` evaluates the decoder at each candidate's frequencies with the image's own
latent (exact; for local refinement).

The search is hierarchical (:func:`search_poses`): the whole base grid at the shifts of a grid,
then ``levels`` refinements of the ``kept`` best poses per image, each halving the rotation cell
(:func:`~cryoscape.geometry.so3_grid.refine`) and the shift step around each pose's own shift.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import torch

from cryoscape.fourier import HalfLattice
from cryoscape.geometry.so3_grid import base_grid, grid_spacing_rad, refine
from cryoscape.models import HetVAE


@dataclass(frozen=True)
class SearchSettings:
    """One search: the base grid level, refinement levels, poses kept per image, the shift grid, the band."""

    base_level: int = 2             # 4,608 rotations at ~15°
    levels: int = 3                 # refinements after the base grid: ~15° → ~1.9° cells
    kept: int = 8                   # poses kept per image between levels
    shift_extent_px: float = 4.0    # the base shift grid spans ±extent
    shift_points: int = 5           # … with this many points per axis
    radius_px: float = 8.0          # band of lattice points scored, in cycles per box
    images_per_pass: int = 32       # images scored together against the base grid

    def __post_init__(self) -> None:
        if self.levels < 1 or self.kept < 1 or self.shift_points < 1 or self.radius_px <= 1:
            raise ValueError(f"search settings out of range: {self}")

    @property
    def shift_step_px(self) -> float:
        return 2 * self.shift_extent_px / max(self.shift_points - 1, 1)


class SliceSource(Protocol):
    def slices(self, rows: torch.Tensor, rotations: torch.Tensor, points: torch.Tensor) -> torch.Tensor:
        """Return central slices (B, C, P) at rotations (B, C, 3, 3) for the images at ``rows`` (B,),
        on the lattice ``points`` (P, 2) (cycles per box)."""


def _latent_rows(latents: np.ndarray, model: HetVAE) -> torch.Tensor:
    """Return latents as a (K, zdim) float tensor (K rows of width 0 for a homogeneous model)."""
    latents = np.asarray(latents, np.float32)
    return torch.from_numpy(latents.reshape(len(latents) if latents.ndim > 1 else 1, model.config.zdim).copy())


def band_points(lattice: HalfLattice, radius_px: float) -> torch.Tensor:
    """Return the indices of the half-lattice points inside |k| < radius."""
    return torch.nonzero(lattice.kx ** 2 + lattice.ky ** 2 < radius_px ** 2).squeeze(1)


class BandVolumes:
    """The decoder's transform at K latents on a grid of spacing 1/oversampling cycles inside the band.

    ``assignment`` (n,) gives each image's volume (its conformation cluster; all 0 when homogeneous).
    Slices are trilinear interpolations of the grid.
    """

    def __init__(self, model: HetVAE, latents: np.ndarray, assignment: np.ndarray, radius_px: float,
                 oversampling: int = 2, rows_per_pass: int = 16384):
        self.oversampling = oversampling
        self.half = self._half(radius_px, oversampling)  # grid index of k = 0
        size = 2 * self.half + 1
        grid, inside = self._grid(self.half)
        box = model.config.box_size
        coords = (grid[inside] / oversampling / box).float().to(model.slice_basis.device)
        latents = _latent_rows(latents, model).to(coords.device)
        values = torch.zeros(len(latents), size ** 3, dtype=torch.complex64, device=coords.device)
        with torch.no_grad():
            for first in range(0, len(coords), rows_per_pass):
                chunk = coords[None, first:first + rows_per_pass]
                values[:, inside[first:first + rows_per_pass]] = model.decoder(chunk, latents)
        self.values, self.size = values, size
        self.assignment = torch.as_tensor(np.asarray(assignment, np.int64)).to(coords.device)

    @staticmethod
    def _half(radius_px: float, oversampling: int) -> int:
        return int(math.ceil(oversampling * (radius_px + 1))) + 1

    @staticmethod
    def _grid(half: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Return the grid's points (size³, 3) and the indices of those the decoder evaluates (inside the band)."""
        g = torch.arange(2 * half + 1) - half
        gx, gy, gz = torch.meshgrid(g, g, g, indexing="ij")
        grid = torch.stack([gx, gy, gz], -1).reshape(-1, 3).double()
        return grid, torch.nonzero((grid ** 2).sum(1).sqrt() <= half - 1).squeeze(1)

    @classmethod
    def decoded_points(cls, radius_px: float, oversampling: int = 2) -> int:
        """Return how many points the decoder evaluates for one volume of this band."""
        return len(cls._grid(cls._half(radius_px, oversampling))[1])

    def slices(self, rows: torch.Tensor, rotations: torch.Tensor, points: torch.Tensor) -> torch.Tensor:
        return self._interpolate(self.assignment[rows], self._grid_positions(rotations, points))

    def volume_slices(self, volume: int, rotations: torch.Tensor, points: torch.Tensor) -> torch.Tensor:
        """Return the slices (R, P) of one volume at rotations (R, 3, 3)."""
        positions = self._grid_positions(rotations[None], points)
        return self._interpolate(torch.tensor([volume], device=positions.device), positions)[0]

    def _grid_positions(self, rotations: torch.Tensor, points: torch.Tensor) -> torch.Tensor:
        """Return grid coordinates (B, C, P, 3) of the lattice points (P, 2) rotated by (B, C, 3, 3)."""
        plane = torch.cat([points.to(rotations.dtype), torch.zeros(len(points), 1, dtype=rotations.dtype,
                                                                    device=points.device)], 1)
        return ((plane @ rotations) * self.oversampling + self.half).float()

    def _interpolate(self, volumes: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        """Trilinear interpolation at grid ``position`` (B, C, P, 3) in each image's volume (B,)."""
        out = torch.empty(position.shape[:-1], dtype=torch.complex64, device=position.device)
        scale = 2.0 / (self.size - 1)
        for volume in torch.unique(volumes).tolist():
            mine = torch.nonzero(volumes == volume).squeeze(1)
            # grid_sample reads (x, y, z) as (W, H, D): the grid's last index first
            where = (position[mine].flip(-1) * scale - 1).reshape(1, -1, 1, 1, 3)
            grid = self.values[volume].reshape(self.size, self.size, self.size)
            channels = torch.stack([grid.real, grid.imag])[None]  # (1, 2, D, H, W)
            sampled = torch.nn.functional.grid_sample(channels, where, mode="bilinear", align_corners=True)
            sampled = sampled.reshape(2, *position[mine].shape[:-1])
            out[mine] = torch.complex(sampled[0], sampled[1])
        return out


def volumes_are_cheaper(count: int, radius_px: float, lattice: HalfLattice, particles: int, levels: int) -> bool:
    """Whether decoding ``count`` band volumes costs fewer decoder evaluations than a local refinement's
    per-particle slices (9 candidates per level, each on the band's lattice points)."""
    slice_points = 9 * levels * len(band_points(lattice, radius_px)) * particles
    return count * BandVolumes.decoded_points(radius_px) < slice_points


def clustered_volumes(model: HetVAE, latents: np.ndarray, count: int, radius_px: float, seed: int = 0) -> BandVolumes:
    """Band volumes decoded at the centres of ``count`` k-means clusters of the particles' latents (n, zdim);
    each particle is sliced from its cluster's volume. The decoder's cost is count × the band's grid points,
    whatever the number of particles (per-particle slices cost ~27 × the band's lattice points each)."""
    from sklearn.cluster import KMeans

    latents = np.asarray(latents, np.float32)
    count = min(count, len(latents))
    clusters = KMeans(n_clusters=count, n_init=1, random_state=seed).fit(latents)
    return BandVolumes(model, clusters.cluster_centers_.astype(np.float32), clusters.labels_, radius_px)


class DecoderSlices:
    """Slices evaluated by the decoder at each candidate's frequencies, with each image's own latent."""

    def __init__(self, model: HetVAE, latents: np.ndarray):
        self.model = model
        self.latents = _latent_rows(latents, model).to(model.slice_basis.device)

    @torch.no_grad()
    def slices(self, rows: torch.Tensor, rotations: torch.Tensor, points: torch.Tensor) -> torch.Tensor:
        batch, count = rotations.shape[:2]
        plane = torch.cat([points.float(), torch.zeros(len(points), 1, device=points.device)], 1)
        coords = (plane @ rotations.float()).reshape(batch, count * len(points), 3) / self.model.config.box_size
        return self.model.decoder(coords, self.latents[rows]).reshape(batch, count, len(points))


def shift_phases(points: torch.Tensor, shifts_px: torch.Tensor, box_size: int) -> torch.Tensor:
    """Return phase factors (…, P) that shift images by ``shifts_px`` (…, 2) at lattice ``points`` (P, 2)."""
    angle = (-2 * torch.pi / box_size) * (shifts_px.float() @ points.float().T)
    return torch.complex(torch.cos(angle), torch.sin(angle))


def shift_grid(extent_px: float, points_per_axis: int) -> torch.Tensor:
    """Return the (T, 2) shifts of a square grid over ±extent (one point at 0 when ``points_per_axis`` is 1)."""
    axis = torch.linspace(-extent_px, extent_px, points_per_axis) if points_per_axis > 1 else torch.zeros(1)
    sx, sy = torch.meshgrid(axis, axis, indexing="ij")
    return torch.stack([sx.reshape(-1), sy.reshape(-1)], 1).double()


def _as_real(values: torch.Tensor) -> torch.Tensor:
    return torch.cat([values.real, values.imag], -1)


def _global_scores(slices: torch.Tensor, weighted: torch.Tensor, ctf2: torch.Tensor) -> torch.Tensor:
    """Scores (B, R, T) of slices (R, P) against CTF-weighted shifted images (B, T, P) (ctf2: (B, P))."""
    batch, shifts, _ = weighted.shape
    cross = _as_real(slices) @ _as_real(weighted).reshape(batch * shifts, -1).T  # (R, B·T)
    norm = ctf2 @ (slices.abs() ** 2).T  # (B, R)
    return 2 * cross.reshape(-1, batch, shifts).permute(1, 0, 2) - norm[:, :, None]


@dataclass
class SearchResult:
    rotations: torch.Tensor  # (n, 3, 3) float64, on the CPU
    shifts_px: torch.Tensor  # (n, 2) float64, the translation that centres each image, in pixels
    scores: torch.Tensor     # (n,) the best score (−squared error on the band, up to a constant)


def search_poses(source: BandVolumes, spectra: torch.Tensor, ctf: torch.Tensor | None, lattice: HalfLattice,
                 settings: SearchSettings, rows: torch.Tensor | None = None) -> SearchResult:
    """Return the best pose of each image over the whole base grid and ``settings.levels`` refinements.

    ``spectra`` (B, P) are the images' uncentred half-lattice spectra, ``ctf`` (B, P) their CTF (or
    None); ``rows`` (B,) their rows for ``source`` (default 0…B−1).
    """
    device = spectra.device  # the search runs where the spectra are (the training device)
    rows = torch.arange(len(spectra), device=device) if rows is None else rows.to(device)
    points_index = band_points(lattice, settings.radius_px)
    points = torch.stack([lattice.kx[points_index], lattice.ky[points_index]], 1).to(device)
    grid = torch.as_tensor(base_grid(settings.base_level)).to(device)
    shifts = shift_grid(settings.shift_extent_px, settings.shift_points).to(device)
    phases = shift_phases(points, shifts, lattice.box_size)  # (T, P)
    grid_slices: dict[int, torch.Tensor] = {}  # each band volume's slices at the whole base grid (R, P)
    best_rot, best_shift, best_score = [], [], []
    for first in range(0, len(spectra), settings.images_per_pass):
        part = slice(first, first + settings.images_per_pass)
        images = spectra[part][:, points_index]
        weights = torch.ones_like(images.real) if ctf is None else ctf[part][:, points_index].float()
        weighted = (images * weights)[:, None, :] * phases[None]  # (B, T, P)
        ctf2 = weights ** 2
        part_rows = rows[part]
        volumes = source.assignment[part_rows]
        scores = torch.empty(len(images), len(grid), len(shifts), device=device)
        for volume in torch.unique(volumes).tolist():
            if volume not in grid_slices:
                grid_slices[volume] = source.volume_slices(volume, grid, points)
            mine = torch.nonzero(volumes == volume).squeeze(1)
            scores[mine] = _global_scores(grid_slices[volume], weighted[mine], ctf2[mine])
        per_rotation, shift_index = scores.max(-1)  # (B, R)
        top = per_rotation.topk(min(settings.kept, len(grid)), dim=1).indices  # (B, K)
        rotations = grid[top]  # (B, K, 3, 3)
        current = shifts[shift_index.gather(1, top)]  # (B, K, 2)
        rotations, current, score = _refine_levels(source, images, weights, part_rows, points, rotations, current,
                                                   grid_spacing_rad(settings.base_level), settings.shift_step_px,
                                                   settings, lattice.box_size)
        best_rot.append(rotations)
        best_shift.append(current)
        best_score.append(score)
    return SearchResult(torch.cat(best_rot).cpu(), torch.cat(best_shift).cpu(), torch.cat(best_score).cpu())


def local_search(source: SliceSource, spectra: torch.Tensor, ctf: torch.Tensor | None, lattice: HalfLattice,
                 rotations: torch.Tensor, shifts_px: torch.Tensor, step_rad: float, shift_step_px: float,
                 settings: SearchSettings, rows: torch.Tensor | None = None) -> SearchResult:
    """Return the best pose of each image among ``settings.levels`` refinements around its current pose.

    The first level's cell is ``step_rad`` (children at ±step/4) and ``shift_step_px`` (shifts at
    ±step/2); each further level halves both.
    """
    device = spectra.device
    rows = torch.arange(len(spectra), device=device) if rows is None else rows.to(device)
    points_index = band_points(lattice, settings.radius_px)
    points = torch.stack([lattice.kx[points_index], lattice.ky[points_index]], 1).to(device)
    rotations, shifts_px = rotations.to(device), shifts_px.to(device)
    results = []
    for first in range(0, len(spectra), settings.images_per_pass):
        part = slice(first, first + settings.images_per_pass)
        images = spectra[part][:, points_index]
        weights = torch.ones_like(images.real) if ctf is None else ctf[part][:, points_index].float()
        results.append(_refine_levels(source, images, weights, rows[part], points,
                                      rotations[part].double()[:, None], shifts_px[part].double()[:, None],
                                      step_rad, shift_step_px, settings, lattice.box_size))
    return SearchResult(*(torch.cat(parts).cpu() for parts in zip(*results)))


def _refine_levels(source: SliceSource, images: torch.Tensor, weights: torch.Tensor, rows: torch.Tensor,
                   points: torch.Tensor, rotations: torch.Tensor, shifts: torch.Tensor, step_rad: float,
                   shift_step_px: float, settings: SearchSettings, box_size: int
                   ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Refine candidate poses (B, K, 3, 3) / shifts (B, K, 2) ``settings.levels`` times; return the best pose
    per image (rotations (B, 3, 3), shifts (B, 2), scores (B,))."""
    batch = len(images)
    offsets = shift_grid(1.0, 3).to(images.device)  # (9, 2) offsets in units of half the current step
    ctf2 = weights ** 2
    weighted_images = images * weights
    score = None
    for level in range(settings.levels):
        candidates = refine(rotations, step_rad).reshape(batch, -1, 3, 3)  # (B, C, 3, 3)
        start = shifts.repeat_interleave(candidates.shape[1] // shifts.shape[1], dim=1)  # (B, C, 2)
        slices = source.slices(rows, candidates, points)  # (B, C, P)
        # a shift start + δ has the phase φ(start)·φ(δ): the 9 offsets δ are one small matrix product
        shifted = torch.conj(slices) * weighted_images[:, None, :] * shift_phases(points, start, box_size)
        delta = shift_phases(points, offsets * (shift_step_px / 2), box_size)  # (9, P)
        cross = shifted.real @ delta.real.T - shifted.imag @ delta.imag.T  # (B, C, 9)
        scores = 2 * cross - ((slices.abs() ** 2) * ctf2[:, None, :]).sum(-1)[:, :, None]
        flat = scores.reshape(batch, -1)
        keep = min(settings.kept if level + 1 < settings.levels else 1, flat.shape[1])
        score, top = flat.topk(keep, dim=1)
        candidate, shift_choice = top // 9, top % 9
        rotations = candidates.gather(1, candidate[:, :, None, None].expand(-1, -1, 3, 3))
        shifts = start.gather(1, candidate[:, :, None].expand(-1, -1, 2)) + offsets[shift_choice] * (shift_step_px / 2)
        step_rad, shift_step_px = step_rad / 2, shift_step_px / 2
    return rotations[:, 0], shifts[:, 0], score[:, 0]
