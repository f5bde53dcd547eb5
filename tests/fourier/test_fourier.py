"""Fourier building blocks: transform identities, cryoDRGN-identical cropping, CTF physics, FSC."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from cryoscape.errors import InputError
from cryoscape.fourier import (CtfBatch, compute_ctf, electron_wavelength_angstrom, fft_center,
                               fourier_crop, frequency_grid, fsc, hartley_center, ihartley_center,
                               map_correlation, resolution_at)
from cryoscape.io import read_mrc
from tests.physics import ctf_formula


def test_hartley_is_its_own_inverse_up_to_scale(rng):
    x = rng.normal(size=(3, 16, 16))
    np.testing.assert_allclose(ihartley_center(hartley_center(x)), x, atol=1e-12)
    vol = rng.normal(size=(8, 8, 8))
    np.testing.assert_allclose(ihartley_center(hartley_center(vol, 3), 3), vol, atol=1e-12)


def test_centred_fft_puts_dc_at_box_centre(rng):
    x = rng.normal(size=(16, 16))
    f = fft_center(x)
    assert f[8, 8] == pytest.approx(x.sum())
    np.testing.assert_allclose(f[8 - 3, 8 + 2], np.conj(f[8 + 3, 8 - 2]))  # Hermitian about D//2


@pytest.mark.parametrize("source, reference, new_box, ndim", [
    ("empiar_10076_7.mrc", "empiar_10076_7.128.mrcs", 128, 2),
    ("hand.mrcs", "hand.32.mrcs", 32, 2),
    ("hand-vol.mrc", "hand-vol.32.mrc", 32, 3),
])
def test_fourier_crop_matches_cryodrgn(formats_dir, reference_dir, source, reference, new_box, ndim):
    data, _ = read_mrc(formats_dir / source)
    expected, _ = read_mrc(reference_dir / reference)
    result = fourier_crop(data if ndim == 2 else data, new_box, ndim)
    rel = np.abs(result - expected).max() / np.abs(expected).max()
    assert rel < 1e-4


def test_fourier_crop_keeps_low_frequencies(rng):
    big = np.zeros((32, 32))
    yy, xx = np.mgrid[:32, :32]
    big += np.cos(2 * np.pi * 3 * xx / 32) + np.sin(2 * np.pi * 2 * yy / 32)
    small = fourier_crop(big, 16) / 4.0  # values scale by (32/16)^2
    yy, xx = np.mgrid[:16, :16]
    np.testing.assert_allclose(small, np.cos(2 * np.pi * 3 * xx / 16) + np.sin(2 * np.pi * 2 * yy / 16), atol=1e-5)
    with pytest.raises(InputError):
        fourier_crop(big, 15)
    with pytest.raises(InputError):
        fourier_crop(big, 64)


def test_wavelength_at_300kv():
    assert float(electron_wavelength_angstrom(300.0)) == pytest.approx(0.019687, abs=1e-6)


def _params(**kw):
    base = dict(box=64, apix=1.5, dfu=15000.0, dfv=14000.0, angle=30.0, kv=300.0, cs=2.7, w=0.1, ps=0.0)
    base.update(kw)
    return np.array([[base[k] for k in ("box", "apix", "dfu", "dfv", "angle", "kv", "cs", "w", "ps")]])


def test_ctf_matches_formula_and_physics():
    p = _params()
    fx, fy = frequency_grid(64, 1.5)
    ctf = compute_ctf(torch.from_numpy(fx)[None], torch.from_numpy(fy)[None], CtfBatch.from_params(p))[0].numpy()
    np.testing.assert_allclose(ctf, ctf_formula(64, *p[0, 1:]), atol=1e-12)
    assert ctf[32, 32] == pytest.approx(-0.1)  # zero frequency: −w
    np.testing.assert_allclose(ctf[1:, 1:], ctf[1:, 1:][::-1, ::-1], atol=1e-12)  # even in k
    # rotating the astigmatism angle by 90° swaps the roles of defocus U and V
    swapped = compute_ctf(torch.from_numpy(fx)[None], torch.from_numpy(fy)[None],
                          CtfBatch.from_params(_params(dfu=14000.0, dfv=15000.0, angle=120.0)))[0].numpy()
    np.testing.assert_allclose(swapped, ctf, atol=1e-10)
    # at zero frequency a 90° phase shift gives γ = −90°, so CTF = −sqrt(1 − w²)
    assert compute_ctf(torch.zeros(1, 1), torch.zeros(1, 1),
                       CtfBatch.from_params(_params(ps=90.0)))[0, 0] == pytest.approx(-np.sqrt(1 - 0.01))


def test_fsc_identical_noise_and_resolution(rng):
    vol = rng.normal(size=(24, 24, 24))
    freq, curve = fsc(vol, vol)
    np.testing.assert_allclose(curve, 1.0)
    _, noise_curve = fsc(vol, rng.normal(size=(24, 24, 24)))
    assert np.abs(noise_curve[3:]).max() < 0.3
    synthetic = np.linspace(1, 0, 13)
    assert resolution_at(np.arange(13) / 24, synthetic, 0.5, 2.0) == pytest.approx(2.0 * 24 / 6)
    assert resolution_at(np.arange(13) / 24, np.ones(13), 0.143, 2.0) == 4.0
    assert map_correlation(vol, vol) == pytest.approx(1.0)
