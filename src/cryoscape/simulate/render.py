"""Rendering particle images from their drawn truth: exact projection, CTF, contrast and noise."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from cryoscape.simulate.imaging import apply_ctf
from cryoscape.simulate.particles import ParticleDraws, ResolvedModel, particle_atoms
from cryoscape.simulate.projection import project_atoms, project_map

RENDER_BATCH = 128  # fixed: noise streams are seeded per render batch


@dataclass(frozen=True)
class Source:
    """What is imaged: a resolved pseudo-atomic model, or a map (D, D, D) when ``resolved`` is None."""

    resolved: ResolvedModel | None
    volume: np.ndarray | None
    atom_sigma_angstrom: float
    bfactor_angstrom2: float


def clean_signal(source: Source, draws: ParticleDraws, batch: np.ndarray, apix: float) -> torch.Tensor:
    """Return CTF-filtered noiseless projections (B, D, D) of particles ``batch`` (zero for noise junk)."""
    box = int(draws.ctf.box_size[0])
    rotations = torch.from_numpy(draws.rotations[batch]).to(torch.float32)
    shifts = torch.from_numpy(draws.shifts_px[batch]).to(torch.float32)
    if source.resolved is not None:
        coords, weights = particle_atoms(source.resolved, draws, batch)
        clean = project_atoms(torch.from_numpy(coords).float(), torch.from_numpy(weights).float(),
                              rotations, shifts, apix, box, source.atom_sigma_angstrom)
    else:
        clean = project_map(torch.from_numpy(source.volume).float(), rotations, shifts)
    noise_only = torch.from_numpy(draws.junk_kind[batch] == 1)
    clean[noise_only] = 0
    return apply_ctf(clean, draws.ctf.select(batch), source.bfactor_angstrom2)


def noisy_images(signal: torch.Tensor, noise_sigma: float, seed: int, batch_number: int) -> np.ndarray:
    """Return raw-contrast images (dark protein): −signal plus white noise from a per-batch stream."""
    rng = np.random.default_rng([seed, 2, batch_number])
    noise = rng.standard_normal(tuple(signal.shape), dtype=np.float32) * np.float32(noise_sigma)
    return (-signal.numpy() + noise).astype(np.float32)
