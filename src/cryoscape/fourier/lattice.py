"""The half-lattice of a real image's spectrum that the network sees, and its 3D coordinates.

For real images the spectrum is Hermitian, so half of it holds everything: the ``rfft2`` half-plane
(kx ≥ 0) of the centred image, restricted to a disc |k| < D/2 (no ambiguous Nyquist terms), with
the duplicated kx = 0, ky < 0 column dropped. ``points`` P ≈ π D² / 8 of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class HalfLattice:
    """Indices into an (D, D//2 + 1) rfft2 array and the integer frequencies of each kept point.

    flat_index: (P,) into the flattened rfft2 array; kx, ky: (P,) cycles per box (integers).
    """

    box_size: int
    flat_index: torch.Tensor
    kx: torch.Tensor
    ky: torch.Tensor

    @classmethod
    def build(cls, box_size: int) -> "HalfLattice":
        ky = torch.fft.fftfreq(box_size, d=1.0 / box_size).round().long()
        kx = torch.arange(box_size // 2 + 1)
        grid_y, grid_x = torch.meshgrid(ky, kx, indexing="ij")
        radius = torch.sqrt((grid_x ** 2 + grid_y ** 2).double())
        keep = (radius < box_size / 2) & ~((grid_x == 0) & (grid_y < 0))
        flat = torch.nonzero(keep.reshape(-1)).squeeze(1)
        return cls(box_size, flat, grid_x.reshape(-1)[flat], grid_y.reshape(-1)[flat])

    def to(self, device: torch.device | str) -> "HalfLattice":
        """Return the same lattice with its index tensors on ``device``."""
        return HalfLattice(self.box_size, self.flat_index.to(device), self.kx.to(device), self.ky.to(device))

    @property
    def n_points(self) -> int:
        return int(self.flat_index.numel())

    def select(self, spectra: torch.Tensor) -> torch.Tensor:
        """Return the kept points (…, P) of rfft2 arrays (…, D, D//2 + 1)."""
        return spectra.reshape(*spectra.shape[:-2], -1)[..., self.flat_index]

    def frequencies_per_angstrom(self, extent_angstrom: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (fx, fy), each (B, P), in 1/Å for images whose box spans ``extent_angstrom`` (B,)."""
        extent = extent_angstrom.to(torch.float64)[:, None]
        return self.kx.double()[None] / extent, self.ky.double()[None] / extent


def centred_rfft2(images: torch.Tensor) -> torch.Tensor:
    """Return rfft2 of images (…, D, D) whose origin is the box centre (index D // 2)."""
    return torch.fft.rfft2(torch.fft.ifftshift(images, dim=(-2, -1)))


def translation_phase(lattice: HalfLattice, translations: torch.Tensor) -> torch.Tensor:
    """Return phase factors (B, P) that shift images by ``translations`` (B, 2) box fractions."""
    angle = -2 * torch.pi * (lattice.kx[None] * translations[:, :1] + lattice.ky[None] * translations[:, 1:])
    return torch.polar(torch.ones_like(angle), angle)


def soft_circular_window(box_size: int, inner: float = 0.85, outer: float = 0.99) -> torch.Tensor:
    """Return a (D, D) real-space window: 1 inside inner·R, a cosine fall to 0 at outer·R (R = D/2)."""
    k = torch.arange(box_size, dtype=torch.float64) - box_size // 2
    grid_y, grid_x = torch.meshgrid(k, k, indexing="ij")
    r = torch.sqrt(grid_x ** 2 + grid_y ** 2) / (box_size / 2)
    ramp = ((r - inner) / (outer - inner)).clamp(0, 1)
    return (0.5 * (1 + torch.cos(torch.pi * ramp))).to(torch.float32)
