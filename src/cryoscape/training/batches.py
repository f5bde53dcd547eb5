"""Training batches assembled on the training device: centred spectra, rotations and CTF values.

On a GPU the in-memory spectra, the poses and the CTF parameters are copied to the device once,
so a step moves no particle data across the bus and its phase shifts and CTF are computed there.
Lazy spectra (or a stack too large for the GPU) are read on the CPU and moved batch by batch.
On the CPU every tensor stays where it is and the arithmetic is the same.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Iterator

import numpy as np
import torch

from cryoscape.fourier import CtfBatch, HalfLattice, compute_ctf, translation_phase
from cryoscape.logs import get_logger

GPU_RESERVE_FRACTION = 0.5  # at most this share of the free GPU memory holds the spectra


def ctf_on_lattice(lattice: HalfLattice, ctf_params: torch.Tensor) -> torch.Tensor:
    """Return CTF values (B, P) on the half-lattice for parameters (B, 9), on the lattice's device.

    Frequencies are converted with each image's own box and Å/px (columns 0 and 1), so a stack
    downsampled from the one the CTF was estimated on sees the CTF at the right frequencies.
    """
    batch = CtfBatch.from_params(torch.as_tensor(ctf_params).to(lattice.kx.device, torch.float64))
    fx, fy = lattice.frequencies_per_angstrom(batch.extent_angstrom)
    return compute_ctf(fx, fy, batch).float()


def phase_flipped(spectra: torch.Tensor, ctf: torch.Tensor | None) -> torch.Tensor:
    """Return spectra (B, P) multiplied by the sign of their CTF (B, P): the encoder's input.

    Phase flipping, as cryoDRGN does before encoding, undoes the CTF's sign reversals, so images of
    one state taken at different defoci look alike to the encoder; the decoder is still fitted to
    the unflipped spectra through the full CTF.
    """
    return spectra if ctf is None else spectra * torch.sign(ctf)


class DeviceBatches:
    """A training set's per-particle tensors on ``device`` and the assembly of one step's batch."""

    def __init__(self, data, lattice: HalfLattice, device: torch.device):
        self.data, self.device = data, torch.device(device)
        self.lattice = lattice.to(self.device)
        self.rotations = data.rotations.to(self.device)
        self.translations = data.translations.to(self.device, torch.float64)
        self.ctf = None if data.ctf is None else torch.as_tensor(np.array(data.ctf.values), dtype=torch.float64
                                                                  ).to(self.device)
        self.spectra = self._resident_spectra()

    def _resident_spectra(self) -> torch.Tensor | None:
        memory = self.data.spectra.memory
        if memory is None or self.device.type == "cpu":
            return memory
        needed = memory.numel() * memory.element_size()
        free, _ = torch.cuda.mem_get_info(self.device)
        if needed > GPU_RESERVE_FRACTION * free:
            get_logger().info(f"spectra ({needed / 2**30:.1f} GiB) kept in host memory: more than half of "
                              f"the GPU's free {free / 2**30:.1f} GiB; batches are copied per step")
            return None
        return memory.to(self.device)

    def index(self, positions: np.ndarray) -> torch.Tensor:
        """Return ``positions`` as an index tensor on the device."""
        return torch.as_tensor(np.asarray(positions, np.int64)).to(self.device, non_blocking=True)

    def host_spectra(self, positions: np.ndarray) -> torch.Tensor | None:
        """Return the spectra (B, P) at ``positions`` on the device, or None when they are resident."""
        if self.spectra is not None:
            return None
        return self._to_device(self._read(positions))

    def _read(self, positions: np.ndarray) -> torch.Tensor:
        """Return what the host holds of ``positions`` for the device: spectra kept in host memory, or a
        lazy stack's raw images (pinned for a GPU, so the copy overlaps its work)."""
        spectra = self.data.spectra
        if spectra.memory is not None:
            return spectra.get(positions)
        images = spectra.images(positions)
        return images.pin_memory() if self.device.type == "cuda" else images

    def _to_device(self, host: torch.Tensor) -> torch.Tensor:
        """Return :meth:`_read`'s tensor on the device as spectra: raw images are transformed there."""
        moved = host.to(self.device, non_blocking=True)
        return moved if self.data.spectra.memory is not None else self.data.spectra.transform(moved)

    def in_order(self, batches: list[np.ndarray]) -> Iterator[tuple[np.ndarray, torch.Tensor | None]]:
        """Yield (positions, host spectra on the device or None) for each batch in turn.

        For a GPU, a lazy stack's images are read (and pinned) one batch ahead in a background thread
        and transformed on the GPU, so the CPU only gathers images while the GPU trains (the CPU path
        stays sequential: its cores are busy).
        """
        if self.spectra is not None or self.device.type == "cpu" or len(batches) < 2:
            for positions in batches:
                yield positions, self.host_spectra(positions)
            return
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(self._read, batches[0])
            for i, positions in enumerate(batches):
                host = pending.result()
                if i + 1 < len(batches):
                    pending = pool.submit(self._read, batches[i + 1])
                yield positions, self._to_device(host)

    def centre(self, index: torch.Tensor, raw: torch.Tensor | None = None) -> torch.Tensor:
        """Return the spectra (B, P) at ``index`` (or ``raw``, the same particles' spectra) shifted to the
        box centre by their translations."""
        spectra = self.spectra[index] if raw is None else raw
        phase = translation_phase(self.lattice, self.translations[index])
        return spectra * phase.to(torch.complex64)

    def encoder_input(self, positions: np.ndarray) -> torch.Tensor:
        """Return the encoder's input (B, P) for the particles at ``positions``: centred, phase-flipped."""
        index = self.index(positions)
        return phase_flipped(self.centre(index, self.host_spectra(positions)), self.ctf_values(index))

    def ctf_values(self, index: torch.Tensor) -> torch.Tensor | None:
        """Return CTF values (B, P) of the particles at ``index``, or None when no CTF was given."""
        return None if self.ctf is None else ctf_on_lattice(self.lattice, self.ctf[index])
