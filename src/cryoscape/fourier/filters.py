"""Whole-image Fourier filters of particle stacks: CTF phase flipping and sub-pixel translation."""

from __future__ import annotations

import numpy as np
import torch

from cryoscape.fourier.ctf import CtfBatch, compute_ctf, frequency_grid
from cryoscape.fourier.transforms import fft_center, ifft_center


def phase_flip(images: np.ndarray, ctf_params: np.ndarray) -> np.ndarray:
    """Return images (k, D, D) multiplied in Fourier space by the sign of each one's CTF (k, 9 parameters)."""
    box_size = images.shape[-1]
    fx, fy = frequency_grid(box_size)  # 1/px; per image in 1/Å below (optics groups may differ in pixel size)
    apix = torch.as_tensor(np.asarray(ctf_params)[:, 1], dtype=torch.float64)[:, None, None]
    ctf = compute_ctf(torch.from_numpy(fx)[None] / apix, torch.from_numpy(fy)[None] / apix,
                      CtfBatch.from_params(ctf_params))
    sign = np.sign(ctf.numpy())
    return ifft_center(fft_center(images.astype(np.float64), 2) * sign, 2).real.astype(np.float32)


def shift_images(images: np.ndarray, shifts_px: np.ndarray) -> np.ndarray:
    """Return images (k, D, D) translated by ``shifts_px`` (k, 2) pixels (x, y), by a Fourier phase ramp.

    With cryoDRGN's translations (fractions of the box) times D, this centres each particle.
    """
    box_size = images.shape[-1]
    k = (np.arange(box_size) - box_size // 2) / box_size
    ky, kx = np.meshgrid(k, k, indexing="ij")
    phase = np.exp(-2j * np.pi * (kx[None] * shifts_px[:, :1, None] + ky[None] * shifts_px[:, 1:, None]))
    return ifft_center(fft_center(images.astype(np.float64), 2) * phase, 2).real.astype(np.float32)


def low_pass_volume(volume: np.ndarray, apix: float, resolution_angstrom: float) -> np.ndarray:
    """Return a map (D, D, D) without its Fourier components finer than ``resolution_angstrom``, with a
    one-shell cosine edge so the cut leaves no ringing step."""
    box_size = volume.shape[-1]
    cutoff_shell = box_size * apix / resolution_angstrom
    k = np.fft.fftfreq(box_size, 1.0 / box_size)
    radius = np.sqrt(k[:, None, None] ** 2 + k[None, :, None] ** 2 + k[None, None, :] ** 2)
    weight = np.clip(cutoff_shell + 0.5 - radius, 0.0, 1.0)
    weight = 0.5 * (1 - np.cos(np.pi * weight))
    return np.fft.ifftn(np.fft.fftn(volume) * weight).real.astype(np.float32)


def crop_volume(volume: np.ndarray, box_size: int) -> np.ndarray:
    """Return the central (box_size)³ of a map (D, D, D), keeping the map's centre voxel (index D // 2) central."""
    full = volume.shape[-1]
    start = full // 2 - box_size // 2
    return np.ascontiguousarray(volume[start:start + box_size, start:start + box_size, start:start + box_size])
