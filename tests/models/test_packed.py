"""Map decoding's shortcuts give the plain decode's numbers: oneDNN packed blocks and a preview's reused centre."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from cryoscape.models import HetVAE, LatticeInput, ModelConfig, decode_spectra
from cryoscape.models import packed as packed_module
from cryoscape.models.packed import PackedBlocks


def small_model(seed: int = 4) -> HetVAE:
    torch.manual_seed(seed)
    return HetVAE(ModelConfig(box_size=16, zdim=3, enc_dim=16, enc_layers=1, dec_dim=32, dec_layers=3))


def plain_blocks(mlp, h: torch.Tensor) -> torch.Tensor:
    for block in mlp.blocks:
        h = h + torch.relu(block(h))
    return h


def test_packed_blocks_compute_the_residual_blocks():
    mlp = small_model().decoder.mlp
    with torch.no_grad():
        h = torch.relu(torch.randn(2, 700, 32))  # two latents' rows at once, as decode_spectra passes them
        reference = plain_blocks(mlp, h)
        packed = PackedBlocks.for_mlp(mlp, torch.float32, 1400)
        if packed is None:
            pytest.skip("this torch build has no oneDNN linear operators")
        np.testing.assert_allclose(packed(h.clone()), reference, rtol=1e-5, atol=1e-5)
        half = PackedBlocks.for_mlp(mlp, torch.bfloat16, 1400)
        if half is not None:  # bfloat16: within its rounding (8 bits of mantissa) of the float32 blocks
            out = half(h.bfloat16()).float()
            assert torch.linalg.norm(out - reference) / torch.linalg.norm(reference) < 1e-2


def test_without_onednn_operators_the_plain_blocks_give_the_same_maps(monkeypatch):
    model = small_model()
    latents = np.random.default_rng(0).normal(size=(2, 3)).astype(np.float32)
    with_packed = decode_spectra(model, latents, 16)
    monkeypatch.setattr(packed_module, "_operators_present", lambda: False)
    assert PackedBlocks.for_mlp(model.decoder.mlp, torch.float32, 100) is None
    plain = decode_spectra(model, latents, 16)
    np.testing.assert_allclose(with_packed, plain, rtol=0, atol=1e-5 * plain.abs().max().item())


@pytest.mark.parametrize("cached", [False, True])
def test_a_full_map_reusing_its_previews_centre_is_the_full_map(cached, monkeypatch):
    """The preview (box 8) holds the points |k| < 4 of the box-16 map: they are copied, the rest decoded."""
    model = small_model()
    lattice_input = LatticeInput(model) if cached else None
    latents = np.random.default_rng(1).normal(size=(3, 3)).astype(np.float32)
    whole = decode_spectra(model, latents, 16, lattice_input=lattice_input)
    preview = decode_spectra(model, latents, 8, lattice_input=lattice_input)
    decoded_rows = []
    real = model.decoder.after_input
    monkeypatch.setattr(model.decoder, "after_input", lambda pre, *a: decoded_rows.append(pre.shape[1]) or real(pre, *a))
    reused = decode_spectra(model, latents, 16, lattice_input=lattice_input, known=preview)
    np.testing.assert_allclose(reused, whole, rtol=0, atol=1e-6 * whole.abs().max().item())
    k = np.arange(16) - 8
    radius = np.sqrt(k[:, None, None] ** 2 + k[None, :, None] ** 2 + k[None, None, :] ** 2)
    # the half lattice: (points inside minus the origin) / 2, plus the origin
    half = lambda r: ((radius < r).sum() - 1) // 2 + 1  # noqa: E731
    assert sum(decoded_rows) == half(8) - half(4)
    with pytest.raises(ValueError, match="smaller box"):
        decode_spectra(model, latents, 16, known=whole)


def test_maps_from_hermitian_transforms_are_their_real_inverse_transforms():
    from cryoscape.models import spectra_to_volumes

    volume = torch.randn(2, 16, 16, 16, generator=torch.Generator().manual_seed(5))
    dims = (-3, -2, -1)
    spectra = torch.fft.fftshift(torch.fft.fftn(torch.fft.ifftshift(volume, dim=dims), dim=dims), dim=dims)
    np.testing.assert_allclose(spectra_to_volumes(spectra.to(torch.complex64), 16), volume.numpy(), atol=1e-5)
    # a half-size map of a box-16 decoder keeps the density scale: (8/16)³ of the inverse transform
    small = spectra[:, 4:12, 4:12, 4:12].to(torch.complex64).clone()
    small[:, 0], small[:, :, 0], small[:, :, :, 0] = 0, 0, 0  # k = −4 has no +4 here: zero, as decode_spectra leaves it
    expected = torch.fft.fftshift(torch.fft.ifftn(torch.fft.ifftshift(small, dim=dims), dim=dims), dim=dims).real / 8
    np.testing.assert_allclose(spectra_to_volumes(small, 16), expected.numpy(), atol=1e-5)
