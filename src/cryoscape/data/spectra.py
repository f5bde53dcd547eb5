"""Particle spectra as the network sees them: windowed, transformed, on the half-lattice, normalised.

The same transform serves both modes: in memory (every particle transformed once at start-up) and
lazy (images read and transformed per batch, so memory does not grow with the stack).
"""

from __future__ import annotations

import numpy as np
import torch

from cryoscape.data.sources import ParticleStack
from cryoscape.fourier import HalfLattice, centred_rfft2, soft_circular_window
from cryoscape.logs import progress_bar

RMS_SAMPLE = 1000


class ParticleSpectra:
    """Half-lattice spectra (complex64, (B, P)) of selected particles, addressed 0 … n − 1."""

    def __init__(self, stack: ParticleStack, indices: np.ndarray, invert: bool, lazy: bool,
                 spectrum_rms: float | None = None, progress: bool = True):
        self.stack, self.indices, self.invert, self.lazy = stack, np.asarray(indices, np.int64), invert, lazy
        self.lattice = HalfLattice.build(stack.box_size)
        self.window = soft_circular_window(stack.box_size)
        self._devices = {self.window.device: (self.lattice, self.window)}
        self.rms = 1.0
        if spectrum_rms is None:
            sample = np.linspace(0, len(self.indices) - 1, min(RMS_SAMPLE, len(self.indices))).astype(np.int64)
            spectrum_rms = float(self.transform(stack.images(self.indices[sample])).abs().pow(2).mean().sqrt())
        self.rms = spectrum_rms if spectrum_rms > 0 else 1.0
        self.memory = None if lazy else self._transform_all(progress)

    def __len__(self) -> int:
        return int(self.indices.size)

    def transform(self, images: np.ndarray | torch.Tensor) -> torch.Tensor:
        """Return normalised half-lattice spectra (B, P) of raw images (B, D, D), computed on the images'
        device (a lazy stack's batches are read on the CPU and transformed on the GPU that trains)."""
        tensor = torch.as_tensor(np.ascontiguousarray(images, dtype=np.float32)) if isinstance(images, np.ndarray) \
            else images.float()
        if self.invert:
            tensor = -tensor
        lattice, window = self._on(tensor.device)
        spectra = lattice.select(centred_rfft2(tensor * window))
        return (spectra / self.rms).to(torch.complex64)

    def _on(self, device: torch.device) -> tuple[HalfLattice, torch.Tensor]:
        """Return the lattice and window on ``device`` (copied once per device)."""
        if device not in self._devices:
            self._devices[device] = (self.lattice.to(device), self.window.to(device))
        return self._devices[device]

    def images(self, positions: np.ndarray) -> torch.Tensor:
        """Return the raw images (B, D, D) of the particles at ``positions`` as read from the stack."""
        return torch.from_numpy(np.ascontiguousarray(self.stack.images(self.indices[positions]), dtype=np.float32))

    def _transform_all(self, progress: bool) -> torch.Tensor:
        out = torch.empty(len(self), self.lattice.n_points, dtype=torch.complex64)
        step = 1024
        for start in progress_bar(range(0, len(self), step), desc="loading", unit="batch", enabled=progress):
            out[start:start + step] = self.transform(self.stack.images(self.indices[start:start + step]))
        return out

    def get(self, positions: np.ndarray) -> torch.Tensor:
        """Return spectra (B, P) of the particles at ``positions`` (0 … n − 1) of the selection."""
        if self.memory is not None:
            return self.memory[torch.as_tensor(positions)]
        return self.transform(self.images(positions))
