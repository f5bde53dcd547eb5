"""Coarse-to-fine training: the band of lattice frequencies the decoder is fitted to at each step.

Early in training the decoder is fitted only to the low-frequency disc of each image's lattice,
where the signal of the particles' composition and large motions lies; the band's radius then
widens, in whole cycles per box, until it reaches Nyquist. A step's decoder cost grows with the
number of lattice points, so with the radius the square of it: a band of half the radius costs a
quarter. The encoder always sees the whole image.

The radius is a function of the training progress alone (epochs and steps done), so a resumed
run follows the same schedule as an uninterrupted one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from cryoscape.fourier import HalfLattice


@dataclass(frozen=True)
class BandSchedule:
    """Radius (cycles per box) of the fitted band: ``start_fraction`` of Nyquist at the start,
    widening linearly to Nyquist over ``epochs`` epochs (0: the whole lattice from the start)."""

    box_size: int
    start_fraction: float = 1.0
    epochs: float = 0.0

    @property
    def nyquist_cycles(self) -> int:
        return self.box_size // 2

    def radius_cycles(self, progress_epochs: float) -> int:
        """Return the band radius after ``progress_epochs`` epochs (fractional) of training.

        The band holds the lattice points with |k| < radius; Nyquist (box/2) means the whole lattice.
        """
        top = self.nyquist_cycles
        if self.epochs <= 0 or self.start_fraction >= 1 or progress_epochs >= self.epochs:
            return top
        share = max(progress_epochs, 0.0) / self.epochs
        start = self.start_fraction * top
        return min(top, max(1, math.ceil(start + (top - start) * share)))

    def describe(self) -> str:
        if self.epochs <= 0 or self.start_fraction >= 1:
            return "the whole lattice from the start"
        return (f"coarse to fine: band radius {self.radius_cycles(0)} → {self.nyquist_cycles} cycles "
                f"(Nyquist) over {self.epochs:g} epochs")


class LatticeBands:
    """Index tensors (on the lattice's device) of the lattice points inside each band radius, cached."""

    def __init__(self, lattice: HalfLattice):
        self.lattice = lattice
        self.radius = torch.sqrt((lattice.kx.double() ** 2 + lattice.ky.double() ** 2))
        self._cache: dict[int, torch.Tensor | None] = {}

    def points(self, radius_cycles: int) -> torch.Tensor | None:
        """Return the indices of the points with |k| < ``radius_cycles``, or None for the whole lattice."""
        if radius_cycles not in self._cache:
            inside = torch.nonzero(self.radius < radius_cycles).squeeze(1)
            self._cache[radius_cycles] = None if inside.numel() == self.lattice.n_points else inside
        return self._cache[radius_cycles]
