"""Tilt-series batches: a batch is a set of particles, each seen through its lowest-dose tilt images.

The particle's ``ntilts`` lowest-dose images (fewer when it has fewer) are encoded together into one
latent; each of them is then predicted from that latent with its own pose and CTF. The predicted
transform is attenuated as the radiation damage attenuated the image (exp(−dose/2Ne(k)), Grant &
Grigorieff), frequencies exposed beyond 2.5 critical exposures are left out, and each image's error
is weighted by cos(tilt) (thicker ice at high tilt). Weights are folded into the CTF and the observed
spectra as √w, so the same reconstruction error (and its blocked CPU form) applies unchanged.

Images are stored once: a particle's rows index the stack's (in-memory or lazy) spectra, so 41 tilts
cost 41 images of memory, not a copy per particle.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from cryoscape.data.tilts import DOSE_CUTOFF_CRITICAL, TiltImages, critical_exposure
from cryoscape.fourier import HalfLattice
from cryoscape.training.batches import DeviceBatches, phase_flipped


@dataclass(frozen=True)
class TiltBatch:
    """A batch of B particles × T tilt slots, ready for the encoder and the weighted decoder error."""

    index: torch.Tensor          # (B·T,) rows of the device copy of the data, particle-major
    encoder_input: torch.Tensor  # (B, T, P) centred, phase-flipped spectra
    present: torch.Tensor        # (B, T) which slots hold an image
    observed: torch.Tensor       # (B·T, P) centred spectra × √weight
    model_ctf: torch.Tensor      # (B·T, P) CTF × damage attenuation × √weight: prediction × this ≈ observed


class TiltBatches:
    """Per-particle image tables and per-image dose/tilt weights of a tilt-series training set."""

    def __init__(self, tilts: TiltImages, ntilts: int, lattice: HalfLattice, apix: float, device: torch.device):
        self.ntilts = ntilts
        self.positions, self.present = tilts.table(ntilts)
        self.device = device
        self.cos_tilt = torch.from_numpy(np.cos(np.deg2rad(tilts.tilt_deg))).float().to(device)
        self.dose = torch.from_numpy(tilts.dose_e_per_a2).float().to(device)
        radius = np.hypot(lattice.kx.cpu().numpy(), lattice.ky.cpu().numpy()) / (lattice.box_size * apix)
        self.critical = torch.from_numpy(critical_exposure(radius)).float().to(device)

    def __len__(self) -> int:
        return len(self.positions)

    def images(self, particles: np.ndarray) -> tuple[np.ndarray, torch.Tensor]:
        """Return (image positions (B·T,) particle-major, which are present (B, T) on the device)."""
        return self.positions[particles].ravel(), torch.from_numpy(self.present[particles]).to(self.device)

    def weights(self, index: torch.Tensor, present: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (damage attenuation, √weight), each (B·T, P), for the images at ``index`` (B·T,)."""
        dose = self.dose[index][:, None]
        attenuation = torch.exp(-dose / (2 * self.critical[None]))
        usable = dose < DOSE_CUTOFF_CRITICAL * self.critical[None]
        weight = self.cos_tilt[index][:, None] * usable * present.reshape(-1, 1)
        return attenuation, weight.sqrt()

    def prepare(self, batches: DeviceBatches, particles: np.ndarray) -> TiltBatch:
        """Return the particles' tilt images with their encoder input and loss weights."""
        flat, present = self.images(particles)
        index = batches.index(flat)
        observed = batches.centre(index, batches.host_spectra(flat))
        ctf = batches.ctf_values(index)
        encoder_input = phase_flipped(observed, ctf).reshape(len(particles), self.ntilts, -1)
        attenuation, root_weight = self.weights(index, present)
        model_ctf = attenuation * root_weight * (1.0 if ctf is None else ctf)
        return TiltBatch(index, encoder_input, present, observed * root_weight, model_ctf)

    def encoder_input(self, batches: DeviceBatches, particles: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        """Return the encoder's input (B, T, P) (centred, phase-flipped tilts) and which are present (B, T)."""
        flat, present = self.images(particles)
        spectra = batches.encoder_input(flat)
        return spectra.reshape(len(particles), self.ntilts, -1), present
