"""Fourier cropping: downsampling that keeps every frequency below the new Nyquist limit."""

from __future__ import annotations

import numpy as np

from cryoscape.errors import InputError
from cryoscape.fourier.transforms import hartley_center, ihartley_center


def check_new_box(old_box: int, new_box: int) -> None:
    """Raise InputError unless ``new_box`` is an even size no larger than ``old_box``."""
    if new_box <= 0 or new_box % 2:
        raise InputError(f"-D {new_box}: the new box size must be a positive even number")
    if new_box > old_box:
        raise InputError(
            f"-D {new_box} is larger than the input box {old_box}; Fourier cropping only shrinks"
        )


def fourier_crop(x: np.ndarray, new_box: int, ndim: int = 2) -> np.ndarray:
    """Return ``x`` (…, D, D[, D]) downsampled to ``new_box`` by cropping its centred Hartley spectrum.

    The result is float32 and scaled so that cryoDRGN's ``downsample`` output is reproduced
    (pixel values grow by (D / new_box)^ndim, preserving the integrated density per pixel area).
    float32 input is transformed in single precision (half the memory of double, error ~1e-7).
    """
    old_box = x.shape[-1]
    check_new_box(old_box, new_box)
    if new_box == old_box:
        return np.asarray(x, dtype=np.float32)
    start = old_box // 2 - new_box // 2
    window = (Ellipsis,) + (slice(start, start + new_box),) * ndim
    x = np.asarray(x)
    if x.dtype != np.float32:
        x = x.astype(np.float64)
    spectrum = hartley_center(x, ndim)[window]
    return ihartley_center(spectrum, ndim).astype(np.float32)
