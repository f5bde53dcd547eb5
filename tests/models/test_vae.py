"""Model invariants: the half-lattice, Hermitian symmetry of the decoder, real maps, configs."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import yaml

from cryoscape.errors import InputError
from cryoscape.fourier import HalfLattice, centred_rfft2
from cryoscape.models import (DataConfig, DatasetInfo, HetVAE, ModelConfig, RunConfig, TrainConfig, decode_spectrum, decode_volume,
                              load_run_config, save_run_config)


def test_half_lattice_holds_half_the_disc_once():
    for box in (16, 32, 64):
        lattice = HalfLattice.build(box)
        assert abs(lattice.n_points - math.pi * box * box / 8) < 0.05 * lattice.n_points
        pairs = set(zip(lattice.kx.tolist(), lattice.ky.tolist()))
        assert all((-kx, -ky) not in pairs for kx, ky in pairs if (kx, ky) != (0, 0))  # no Friedel duplicates
        assert (lattice.kx ** 2 + lattice.ky ** 2 < (box / 2) ** 2).all()


def test_half_lattice_values_match_the_centred_spectrum(rng):
    image = torch.from_numpy(rng.normal(size=(1, 16, 16)).astype(np.float32))
    lattice = HalfLattice.build(16)
    values = lattice.select(centred_rfft2(image))[0]
    full = torch.fft.fftshift(torch.fft.fft2(torch.fft.ifftshift(image)))[0]
    for v, kx, ky in zip(values, lattice.kx, lattice.ky):
        assert torch.allclose(v, full[ky + 8, kx + 8], atol=1e-4)


@pytest.mark.parametrize("pe_type", ["gaussian", "geometric"])
def test_decoder_is_hermitian_and_maps_are_real(pe_type):
    torch.manual_seed(0)
    model = HetVAE(ModelConfig(box_size=16, zdim=3, enc_dim=16, enc_layers=2, dec_dim=32, dec_layers=2,
                               pe_type=pe_type))
    coords = torch.rand(1, 50, 3) - 0.5
    z = torch.randn(1, 3)
    with torch.no_grad():
        forward, backward = model.decoder(coords, z), model.decoder(-coords, z)
    assert torch.allclose(backward, torch.conj(forward), atol=1e-6)
    volume = decode_volume(model, z[0].numpy())
    assert volume.shape == (16, 16, 16) and volume.dtype == np.float32
    spectrum = decode_spectrum(model, z[0].numpy(), 16)
    complex_map = torch.fft.ifftn(torch.fft.ifftshift(spectrum))
    assert float(complex_map.imag.abs().max()) < 1e-5 * float(complex_map.real.abs().max())
    small = decode_volume(model, z[0].numpy(), out_box=8)
    assert small.shape == (8, 8, 8)


def test_central_slice_of_decoded_volume_matches_decoded_slice():
    torch.manual_seed(1)
    model = HetVAE(ModelConfig(box_size=16, zdim=2, enc_dim=16, enc_layers=1, dec_dim=32, dec_layers=2))
    z = torch.randn(1, 2)
    volume = decode_volume(model, z[0].numpy())
    projection = torch.from_numpy(volume.sum(0).copy())[None]
    with torch.no_grad():
        slice_values = model.decode_slices(torch.eye(3)[None], z)[0]
    from_volume = model.lattice.select(centred_rfft2(projection))[0]
    assert torch.allclose(from_volume, slice_values, atol=1e-3 * float(slice_values.abs().max()))


def test_run_config_round_trip_and_refusals(tmp_path):
    config = RunConfig(ModelConfig(box_size=32), DataConfig("p.mrcs", "poses.pkl", None), TrainConfig(epochs=3))
    save_run_config(config, tmp_path / "config.yaml")
    assert load_run_config(tmp_path / "config.yaml") == config
    data = yaml.safe_load((tmp_path / "config.yaml").read_text())
    data["schema_version"] = 99
    (tmp_path / "future.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(InputError, match="schema_version 99"):
        load_run_config(tmp_path / "future.yaml")
    data["schema_version"] = 2
    data["model"]["heads"] = 4
    (tmp_path / "unknown.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(InputError, match="unknown setting"):
        load_run_config(tmp_path / "unknown.yaml")


def test_residual_mlp_equals_plain_concatenated_reference():
    """The per-sample latent projection and in-place ops change nothing: outputs and gradients agree."""
    from cryoscape.models.networks import ResidualMLP
    torch.manual_seed(3)
    mlp = ResidualMLP(6, 16, 3, 2, cond_dim=3).double()
    x = torch.randn(2, 5, 6, dtype=torch.float64)
    z = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)

    def reference(x, z):
        joined = torch.cat([x, z[:, None, :].expand(-1, x.shape[1], -1)], dim=-1)
        weight = torch.cat([mlp.inp.weight, mlp.cond.weight], dim=1)
        h = torch.relu(joined @ weight.T + mlp.inp.bias)
        for block in mlp.blocks:
            h = h + torch.relu(block(h))
        return mlp.out(h)

    out = mlp(x, z)
    assert torch.allclose(out, reference(x, z), atol=1e-12)
    grads = torch.autograd.grad(out.square().sum(), [z, *mlp.parameters()])
    mlp.zero_grad()
    ref_grads = torch.autograd.grad(reference(x, z).square().sum(), [z, *mlp.parameters()])
    for got, expected in zip(grads, ref_grads):
        assert torch.allclose(got, expected, atol=1e-10)


def test_random_features_are_saved_and_reproducible():
    config = ModelConfig(box_size=16, zdim=2, enc_dim=8, enc_layers=1, dec_dim=8, dec_layers=1)
    first, second = HetVAE(config), HetVAE(config)
    assert torch.equal(first.decoder.encoding.frequencies, second.decoder.encoding.frequencies)
    assert "decoder.encoding.frequencies" in first.state_dict()
    with pytest.raises(InputError, match="pe_type"):
        ModelConfig(box_size=16, pe_type="fourier")


def test_schema_1_configs_read_with_the_measured_values_in_their_own_section(tmp_path):
    """Runs written before the data layer kept n_particles/apix/spectrum_rms in the user's data section."""
    old = {"schema_version": 1, "model": {"box_size": 32, "zdim": 4},
           "data": {"particles": "p.mrcs", "poses": "poses.pkl", "ctf": "ctf.pkl", "n_particles": 300, "apix": 6.0,
                    "spectrum_rms": 0.25},
           "train": {"epochs": 3}}
    (tmp_path / "v1.yaml").write_text(yaml.safe_dump(old))
    config = load_run_config(tmp_path / "v1.yaml")
    assert config.dataset == DatasetInfo(n_particles=300, apix=6.0, spectrum_rms=0.25)
    assert config.data == DataConfig("p.mrcs", "poses.pkl", "ctf.pkl")
    save_run_config(config, tmp_path / "v2.yaml")
    assert yaml.safe_load((tmp_path / "v2.yaml").read_text())["schema_version"] == 2
    assert load_run_config(tmp_path / "v2.yaml") == config


def test_maps_from_the_cached_lattice_input_equal_the_plain_decode():
    from cryoscape.errors import Superseded
    from cryoscape.models import LatticeInput, decode_volumes

    torch.manual_seed(2)
    model = HetVAE(ModelConfig(box_size=16, zdim=3, enc_dim=16, enc_layers=1, dec_dim=32, dec_layers=2))
    lattice_input = LatticeInput(model, rows_per_pass=100)  # chunks unlike the decode's: same numbers
    assert lattice_input.pre.nbytes == LatticeInput.nbytes_for(model)
    latents = np.random.default_rng(0).normal(size=(3, 3)).astype(np.float32)
    for box in (16, 10, 8):  # the whole lattice, and the rows of smaller boxes (the Fourier-cropped map)
        plain = decode_volumes(model, latents, box)
        cached = decode_volumes(model, latents, box, lattice_input=lattice_input)
        np.testing.assert_allclose(cached, plain, rtol=0, atol=1e-6 * np.abs(plain).max())
    with pytest.raises(Superseded):
        decode_volumes(model, latents, 16, lattice_input=lattice_input, cancelled=lambda: True)
