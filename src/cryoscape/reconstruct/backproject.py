"""Voxel back-projection with CTF: a Wiener-style direct Fourier inversion.

Each image's centred transform, shifted to centre its particle and multiplied by its CTF, is
spread by trilinear weights onto the 3D frequencies of its central slice (``k @ rot``). The map is
``Σ ctf·F / (Σ ctf² + reg)``, the CTF-weighted least-squares estimate with a Wiener term ``reg``.
Odd and even particles of the selection go to two independent half-maps for the FSC.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from cryoscape.data import PosedParticles
from cryoscape.data.tilts import DOSE_CUTOFF_CRITICAL, critical_exposure
from cryoscape.fourier import CtfBatch, compute_ctf
from cryoscape.logs import progress_bar


@dataclass(frozen=True)
class BackprojectionResult:
    """Full map and the two half-maps (each (D, D, D) float32) and how many particles went in."""

    volume: np.ndarray
    half_a: np.ndarray
    half_b: np.ndarray
    n_particles: int


class SliceAccumulator:
    """Running sums Σ ctf·F and Σ ctf² on a (D, D, D) grid for two half-sets of particles."""

    def __init__(self, box_size: int, max_radius: float | None = None):
        self.box_size = box_size
        k = torch.arange(box_size, dtype=torch.float64) - box_size // 2
        ky, kx = torch.meshgrid(k, k, indexing="ij")
        radius = torch.sqrt(kx ** 2 + ky ** 2)
        limit = box_size / 2 - 1 if max_radius is None else max_radius
        self.inside = (radius <= limit).ravel()
        self.kx, self.ky = kx.ravel()[self.inside], ky.ravel()[self.inside]
        n_voxels = box_size ** 3
        self.numerator = torch.zeros(2, n_voxels, dtype=torch.complex128)
        self.weight = torch.zeros(2, n_voxels, dtype=torch.float64)

    def add(self, spectra: torch.Tensor, rotations: torch.Tensor, ctf: torch.Tensor | None,
            half: int) -> None:
        """Add centred image spectra (B, D, D) with rotations (B, 3, 3) and CTF (B, D, D) to a half-set."""
        batch = spectra.shape[0]
        values = spectra.reshape(batch, -1)[:, self.inside]
        if ctf is None:
            ctf_values = torch.ones_like(values.real)
        else:
            ctf_values = ctf.reshape(batch, -1)[:, self.inside]
        slice_k = torch.stack([self.kx, self.ky, torch.zeros_like(self.kx)], dim=-1)
        coords = slice_k @ rotations.to(torch.float64)  # (B, P, 3) as (x, y, z) frequencies
        grid = coords + self.box_size // 2
        base = torch.floor(grid)
        frac = grid - base
        base = base.long()
        data = (ctf_values * values).reshape(-1)
        ctf_sq = (ctf_values * ctf_values).reshape(-1)
        d = self.box_size
        for dz in (0, 1):
            for dy in (0, 1):
                for dx in (0, 1):
                    wx = frac[..., 0] if dx else 1 - frac[..., 0]
                    wy = frac[..., 1] if dy else 1 - frac[..., 1]
                    wz = frac[..., 2] if dz else 1 - frac[..., 2]
                    w = (wx * wy * wz).reshape(-1)
                    ix, iy, iz = base[..., 0] + dx, base[..., 1] + dy, base[..., 2] + dz
                    flat = ((iz * d + iy) * d + ix).reshape(-1)
                    self.numerator[half].index_add_(0, flat, data * w)
                    self.weight[half].index_add_(0, flat, ctf_sq * w)

    def solve(self, half: int | None, reg: float) -> np.ndarray:
        """Return the real-space map of one half-set (0, 1) or of both (None)."""
        if half is None:
            numerator, weight = self.numerator.sum(0), self.weight.sum(0)
        else:
            numerator, weight = self.numerator[half], self.weight[half]
        spectrum = (numerator / (weight + reg)).reshape((self.box_size,) * 3)
        shifted = torch.fft.ifftshift(spectrum)
        volume = torch.fft.fftshift(torch.fft.ifftn(shifted)).real
        return volume.to(torch.float32).numpy()


def centred_spectra(images: torch.Tensor) -> torch.Tensor:
    """Return the centred 2D transforms (B, D, D) of real images (B, D, D)."""
    return torch.fft.fftshift(torch.fft.fft2(torch.fft.ifftshift(images, dim=(-2, -1))), dim=(-2, -1))


def shift_spectra(spectra: torch.Tensor, shifts_px: torch.Tensor) -> torch.Tensor:
    """Return spectra of images translated by ``shifts_px`` (B, 2) = (x, y) pixels."""
    d = spectra.shape[-1]
    k = torch.arange(d, dtype=torch.float64) - d // 2
    ky, kx = torch.meshgrid(k, k, indexing="ij")
    phase = -2 * torch.pi * (kx * shifts_px[:, 0, None, None] + ky * shifts_px[:, 1, None, None]) / d
    return spectra * torch.polar(torch.ones_like(phase), phase)


@dataclass(frozen=True)
class TiltWeighting:
    """Tilt-series images: exposure before each (n,) e⁻/Å², stage tilt (n,) degrees, and the half-set (n,) of
    its particle (every tilt of a particle in the same half, so the half-maps stay independent)."""

    dose_e_per_a2: np.ndarray
    tilt_deg: np.ndarray
    halves: np.ndarray


def _tilt_factors(weighting: TiltWeighting, rows: np.ndarray, radius_per_angstrom: torch.Tensor
                  ) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (damage attenuation, √weight) (B, D, D): exp(−dose/2Ne), and cos(tilt) where dose < 2.5·Ne."""
    critical = torch.from_numpy(critical_exposure(radius_per_angstrom.numpy()))
    dose = torch.from_numpy(weighting.dose_e_per_a2[rows].astype(np.float64))[:, None, None]
    usable = dose < DOSE_CUTOFF_CRITICAL * critical
    cos_tilt = torch.from_numpy(np.cos(np.deg2rad(weighting.tilt_deg[rows])))[:, None, None]
    return torch.exp(-dose / (2 * critical)), (cos_tilt * usable).sqrt()


def backproject(particles: PosedParticles, invert: bool = True, reg: float = 1.0, batch_size: int = 256,
                progress: bool = True, tilts: TiltWeighting | None = None) -> BackprojectionResult:
    """Return the back-projected map and half-maps of the selected particles.

    CTF frequencies use each particle's own extent (the CTF file's box × pixel size), so a
    downsampled stack with full-size CTF parameters reconstructs correctly. Tilt-series images
    (``tilts``) enter with their radiation damage in the model (the CTF times exp(−dose/2Ne)) and a
    weight cos(tilt) on the frequencies exposed below 2.5 critical exposures (none beyond).
    """
    box = particles.box_size
    accumulator = SliceAccumulator(box)
    k = torch.arange(box, dtype=torch.float64) - box // 2
    ky, kx = torch.meshgrid(k, k, indexing="ij")
    rotations, translations = particles.poses.rotations, particles.poses.translations_box
    with progress_bar(total=len(particles), desc="backproject", unit="img", enabled=progress) as bar:
        for position in range(0, len(particles), batch_size):
            rows = np.arange(position, min(position + batch_size, len(particles)))
            images = torch.from_numpy(particles.stack.images(particles.indices[rows])).to(torch.float64)
            if invert:
                images = -images
            spectra = shift_spectra(centred_spectra(images),
                                    torch.from_numpy(translations[rows].astype(np.float64)) * box)
            ctf = None
            if particles.ctf is not None:
                params = CtfBatch.from_params(particles.ctf.values[rows])
                extent = params.extent_angstrom[:, None, None]  # frequency in 1/Å = k / extent
                ctf = compute_ctf(kx[None] / extent, ky[None] / extent, params)
            if tilts is not None:
                extent = (torch.from_numpy(particles.ctf.extent_angstrom[rows].astype(np.float64))[:, None, None]
                          if particles.ctf is not None else torch.tensor([[[box * particles.apix]]], dtype=torch.float64))
                attenuation, root_weight = _tilt_factors(tilts, rows, torch.sqrt(kx ** 2 + ky ** 2)[None] / extent)
                ctf = (1.0 if ctf is None else ctf) * attenuation * root_weight
                spectra = spectra * root_weight
            rot = torch.from_numpy(rotations[rows].astype(np.float64))
            halves = torch.from_numpy(rows % 2 if tilts is None else tilts.halves[rows])
            for half in (0, 1):
                pick = halves == half
                if bool(pick.any()):
                    accumulator.add(spectra[pick], rot[pick], None if ctf is None else ctf[pick], half)
            bar.update(len(rows))
    return BackprojectionResult(accumulator.solve(None, reg), accumulator.solve(0, reg),
                                accumulator.solve(1, reg), len(particles))
