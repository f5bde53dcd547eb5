"""Centred Fourier and Hartley transforms of images (…, y, x) and volumes (…, z, y, x).

"Centred" means the zero frequency sits at index ``D // 2`` on every transformed axis, as in
cryoDRGN files: ``fftshift(fftn(fftshift(x)))``. The Hartley transform ``H = Re F − Im F`` is real,
so a real array's spectrum can be cropped and inverted without pairing Friedel mates.
"""

from __future__ import annotations

import numpy as np
import scipy.fft


def _axes(ndim: int) -> tuple[int, ...]:
    return tuple(range(-ndim, 0))


def fft_center(x: np.ndarray, ndim: int = 2) -> np.ndarray:
    """Return the centred discrete Fourier transform over the last ``ndim`` axes (unnormalised)."""
    axes = _axes(ndim)
    shifted = np.fft.fftshift(x, axes=axes)
    return np.fft.fftshift(scipy.fft.fftn(shifted, axes=axes, workers=-1), axes=axes)


def ifft_center(f: np.ndarray, ndim: int = 2) -> np.ndarray:
    """Return the inverse of :func:`fft_center` (complex; take ``.real`` for real data)."""
    axes = _axes(ndim)
    shifted = np.fft.ifftshift(f, axes=axes)
    return np.fft.ifftshift(scipy.fft.ifftn(shifted, axes=axes, workers=-1), axes=axes)


def hartley_center(x: np.ndarray, ndim: int = 2) -> np.ndarray:
    """Return the centred Hartley transform (unnormalised) over the last ``ndim`` axes."""
    f = fft_center(x, ndim)
    return f.real - f.imag


def ihartley_center(h: np.ndarray, ndim: int = 2) -> np.ndarray:
    """Return the inverse centred Hartley transform (the forward one divided by the element count)."""
    n_elements = int(np.prod(h.shape[-ndim:]))
    return hartley_center(h, ndim) / n_elements
