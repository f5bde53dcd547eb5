"""Image formation after projection: CTF (on a 2× padded canvas) and white noise at a given SNR."""

from __future__ import annotations

import dataclasses

import numpy as np
import torch

from cryoscape.data import CtfParameters
from cryoscape.fourier import CtfBatch, compute_ctf

PAD_FACTOR = 2  # CTF delocalisation spreads signal beyond the box; padding stops it wrapping around


def apply_ctf(clean: torch.Tensor, ctf: CtfParameters, bfactor_angstrom2: float = 0.0) -> torch.Tensor:
    """Return images (B, D, D) convolved with their CTF (and B-factor envelope) on a padded canvas.

    clean: (B, D, D) projections; ctf: B rows, with the box and pixel size of these images.
    The CTF is even in frequency, so it multiplies the real-input half spectrum (rfft2) directly.
    """
    batch, box = clean.shape[0], clean.shape[-1]
    padded_box = PAD_FACTOR * box
    start = (padded_box - box) // 2
    canvas = torch.zeros(batch, padded_box, padded_box, dtype=torch.float32)
    canvas[:, start:start + box, start:start + box] = clean
    apix = float(ctf.apix[0])
    fy = torch.fft.fftfreq(padded_box, d=apix, dtype=torch.float64)
    fx = torch.fft.rfftfreq(padded_box, d=apix, dtype=torch.float64)
    grid_y, grid_x = torch.meshgrid(fy, fx, indexing="ij")
    params = CtfBatch.from_params(ctf.values)
    if bfactor_angstrom2:
        params = dataclasses.replace(params, bfactor_angstrom2=torch.full((batch,), float(bfactor_angstrom2),
                                                                          dtype=torch.float64))
    ctf = compute_ctf(grid_x[None], grid_y[None], params).to(torch.float32)
    filtered = torch.fft.irfft2(torch.fft.rfft2(canvas) * ctf, s=(padded_box, padded_box))
    return filtered[:, start:start + box, start:start + box].contiguous()


def noise_sigma_for_snr(signal_variance: float, snr: float) -> float:
    """Return the white-noise standard deviation giving ``snr`` = signal variance / noise variance."""
    return float(np.sqrt(signal_variance / snr))


def image_signal_variance(images: torch.Tensor) -> float:
    """Return the mean over images of each image's pixel variance (the SNR's signal power)."""
    return float(images.to(torch.float64).var(dim=(-2, -1)).mean())
