"""Independent reference physics for tests: a plain real-space projector that follows
../shared/docs/CONVENTIONS.md, a CTF from its formula, and a chiral test object.

Written with numpy/scipy only, so that tests of cryoscape's Fourier-space code compare against
something that shares none of its implementation.
"""

from __future__ import annotations

import numpy as np
from scipy.ndimage import map_coordinates


def chiral_object(box: int) -> np.ndarray:
    """Return a (box, box, box) map of Gaussian blobs of different sizes at non-coplanar positions."""
    centre = box // 2
    grid = np.arange(box) - centre
    z, y, x = np.meshgrid(grid, grid, grid, indexing="ij")
    # an irregular tetrahedron of blobs of four sizes: no mirror plane
    blobs = [((0.0, 0.0, 0.0), 0.06, 1.0), ((0.2, 0.02, 0.08), 0.05, 0.9),
             ((-0.04, 0.18, -0.1), 0.045, 1.1), ((-0.1, -0.12, 0.18), 0.04, 1.2)]
    vol = np.zeros((box, box, box))
    for (bx, by, bz), sigma, amp in blobs:
        s = sigma * box
        r2 = (x - bx * box) ** 2 + (y - by * box) ** 2 + (z - bz * box) ** 2
        vol += amp * np.exp(-r2 / (2 * s * s))
    return vol.astype(np.float32)


def project(vol: np.ndarray, rotations: np.ndarray) -> np.ndarray:
    """Return projections along z of ``vol`` after each map point a moved to rot @ a: (N, D, D)."""
    box = vol.shape[0]
    centre = box // 2
    grid = np.arange(box) - centre
    z, y, x = np.meshgrid(grid, grid, grid, indexing="ij")
    points = np.stack([x.ravel(), y.ravel(), z.ravel()]).astype(np.float64)
    images = np.empty((len(rotations), box, box), dtype=np.float32)
    for i, rot in enumerate(rotations):
        source = rot.T @ points  # the map value that lands on b came from a = rotᵀ b
        samples = map_coordinates(vol, [source[2] + centre, source[1] + centre, source[0] + centre],
                                  order=1, mode="constant")
        images[i] = samples.reshape(box, box, box).sum(axis=0)
    return images


def _centred_fft(images: np.ndarray) -> np.ndarray:
    return np.fft.fftshift(np.fft.fft2(np.fft.ifftshift(images, axes=(-2, -1))), axes=(-2, -1))


def _centred_ifft(spectra: np.ndarray) -> np.ndarray:
    return np.fft.fftshift(np.fft.ifft2(np.fft.ifftshift(spectra, axes=(-2, -1))), axes=(-2, -1)).real


def ctf_formula(box: int, apix: float, dfu: float, dfv: float, angle_deg: float, kv: float,
                cs_mm: float, w: float, phase_deg: float = 0.0) -> np.ndarray:
    """Return a (box, box) CTF on the centred grid, straight from CONVENTIONS.md."""
    volts = kv * 1e3
    lam = 12.2639 / np.sqrt(volts + 0.97845e-6 * volts ** 2)
    k = (np.arange(box) - box // 2) / (box * apix)
    fy, fx = np.meshgrid(k, k, indexing="ij")
    s2 = fx ** 2 + fy ** 2
    theta = np.arctan2(fy, fx)
    df = 0.5 * (dfu + dfv + (dfu - dfv) * np.cos(2 * (theta - np.deg2rad(angle_deg))))
    gamma = 2 * np.pi * (-0.5 * df * lam * s2 + 0.25 * cs_mm * 1e7 * lam ** 3 * s2 ** 2) - np.deg2rad(phase_deg)
    return np.sqrt(1 - w * w) * np.sin(gamma) - w * np.cos(gamma)


def apply_ctf_and_shift(images: np.ndarray, ctf_params: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Return images multiplied by their CTF and displaced by ``-trans * D`` pixels (N, D, D)."""
    box = images.shape[-1]
    spectra = _centred_fft(images.astype(np.float64))
    k = np.arange(box) - box // 2
    ky, kx = np.meshgrid(k, k, indexing="ij")
    out = np.empty_like(images)
    for i in range(len(images)):
        p = ctf_params[i]
        ctf = ctf_formula(box, p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8])
        shift = -trans[i] * box
        phase = np.exp(-2j * np.pi * (kx * shift[0] + ky * shift[1]) / box)
        out[i] = _centred_ifft(spectra[i] * ctf * phase)
    return out
