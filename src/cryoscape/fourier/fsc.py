"""Fourier shell correlation between two maps and the resolutions where it crosses thresholds."""

from __future__ import annotations

import numpy as np

from cryoscape.errors import InputError
from cryoscape.fourier.transforms import fft_center


def shell_index(box_size: int) -> np.ndarray:
    """Return the integer radius (in Fourier pixels) of every voxel of a centred (D, D, D) spectrum."""
    k = np.arange(box_size) - box_size // 2
    kz, ky, kx = np.meshgrid(k, k, k, indexing="ij")
    return np.rint(np.sqrt(kx * kx + ky * ky + kz * kz)).astype(np.int64)


def fsc(vol_a: np.ndarray, vol_b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (frequency in 1/px, FSC) for shells 0 … D/2 of two (D, D, D) maps."""
    if vol_a.shape != vol_b.shape or vol_a.ndim != 3:
        raise InputError(f"FSC needs two maps of one cubic shape, got {vol_a.shape} and {vol_b.shape}")
    box_size = vol_a.shape[-1]
    fa = fft_center(np.asarray(vol_a, dtype=np.float64), 3)
    fb = fft_center(np.asarray(vol_b, dtype=np.float64), 3)
    shells = shell_index(box_size).ravel()
    n_shells = box_size // 2 + 1
    keep = shells < n_shells
    shells = shells[keep]
    fa, fb = fa.ravel()[keep], fb.ravel()[keep]
    cross = np.bincount(shells, weights=(fa * np.conj(fb)).real, minlength=n_shells)
    power_a = np.bincount(shells, weights=np.abs(fa) ** 2, minlength=n_shells)
    power_b = np.bincount(shells, weights=np.abs(fb) ** 2, minlength=n_shells)
    with np.errstate(invalid="ignore", divide="ignore"):
        curve = cross / np.sqrt(power_a * power_b)
    curve = np.nan_to_num(curve, nan=0.0)
    return np.arange(n_shells) / box_size, curve


def resolution_at(freq_per_px: np.ndarray, curve: np.ndarray, threshold: float,
                  apix: float) -> float:
    """Return the resolution in Å where the FSC first falls below ``threshold`` (linear interpolation).

    Returns the Nyquist resolution (2·apix) when the curve never drops below the threshold.
    """
    below = np.flatnonzero(curve[1:] < threshold) + 1
    if below.size == 0:
        return 2.0 * apix
    i = int(below[0])
    f0, f1, c0, c1 = freq_per_px[i - 1], freq_per_px[i], curve[i - 1], curve[i]
    crossing = f0 + (c0 - threshold) * (f1 - f0) / (c0 - c1) if c0 != c1 else f1
    return float(apix / crossing) if crossing > 0 else float("inf")


def map_correlation(vol_a: np.ndarray, vol_b: np.ndarray, mask: np.ndarray | None = None) -> float:
    """Return the real-space Pearson correlation of two maps, optionally inside a boolean mask."""
    a, b = np.asarray(vol_a, np.float64), np.asarray(vol_b, np.float64)
    if mask is not None:
        a, b = a[mask], b[mask]
    a, b = a.ravel() - a.mean(), b.ravel() - b.mean()
    denom = np.sqrt((a @ a) * (b @ b))
    return float(a @ b / denom) if denom > 0 else 0.0


def randomise_phases(volume: np.ndarray, beyond_shell: int, rng: np.random.Generator) -> np.ndarray:
    """Return ``volume`` with the phases of every Fourier component at shell ≥ ``beyond_shell`` replaced by
    uniform random ones (amplitudes kept), a real map again: the noise substitution test of Chen et al. 2013."""
    box_size = volume.shape[-1]
    spectrum = np.fft.rfftn(np.asarray(volume, np.float64))
    k_full = np.fft.fftfreq(box_size, 1.0 / box_size)
    k_half = np.arange(box_size // 2 + 1)
    radius = np.sqrt(k_full[:, None, None] ** 2 + k_full[None, :, None] ** 2 + k_half[None, None, :] ** 2)
    outer = np.rint(radius) >= beyond_shell
    spectrum[outer] = np.abs(spectrum[outer]) * np.exp(2j * np.pi * rng.random(int(outer.sum())))
    return np.fft.irfftn(spectrum, s=volume.shape, axes=(0, 1, 2))


def corrected_fsc(vol_a: np.ndarray, vol_b: np.ndarray, mask: np.ndarray, beyond_shell: int,
                  seed: int = 0) -> dict[str, np.ndarray]:
    """Return the masked FSC corrected for the mask's own correlation (Chen et al. 2013).

    Both maps get independent random phases beyond ``beyond_shell``; the FSC of the masked randomised
    maps (``randomised``) measures what the mask alone adds, and beyond the cut-off
    corrected = (masked − randomised) / (1 − randomised). Keys: freq (1/px), masked, randomised, corrected.
    """
    rng = np.random.default_rng(seed)
    freq, masked = fsc(vol_a * mask, vol_b * mask)
    _, randomised = fsc(randomise_phases(vol_a, beyond_shell, rng) * mask,
                        randomise_phases(vol_b, beyond_shell, rng) * mask)
    corrected = masked.copy()
    outer = np.arange(len(freq)) >= beyond_shell
    with np.errstate(invalid="ignore", divide="ignore"):
        corrected[outer] = (masked[outer] - randomised[outer]) / (1.0 - randomised[outer])
    corrected = np.nan_to_num(corrected, nan=0.0)
    return {"freq": freq, "masked": masked, "randomised": randomised, "corrected": corrected}


def shell_below(curve: np.ndarray, threshold: float) -> int:
    """Return the first shell (≥ 1) where ``curve`` drops below ``threshold`` (the last shell if never)."""
    below = np.flatnonzero(curve[1:] < threshold) + 1
    return int(below[0]) if below.size else len(curve) - 1
