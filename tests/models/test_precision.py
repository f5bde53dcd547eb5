"""--amp: bfloat16 where the hardware has native units, float32 elsewhere, and the log says which."""

from __future__ import annotations

import numpy as np
import torch

from cryoscape.models.precision import choose_precision, cpu_bf16_units


def test_cpu_flags_are_read_from_cpuinfo(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512f avx512_bf16 amx_tile\n\n"
                    "processor\t: 1\nflags\t\t: fpu sse avx2 avx512f avx512_bf16 amx_tile\n")
    assert cpu_bf16_units(info) == ("avx512_bf16",)
    info.write_text("flags\t\t: fpu sse avx2 amx_bf16 avx512_bf16\n")
    assert cpu_bf16_units(info) == ("amx_bf16", "avx512_bf16")
    info.write_text("flags\t\t: fpu sse avx2 fma\n")
    assert cpu_bf16_units(info) == ()
    assert cpu_bf16_units(tmp_path / "missing") == ()


def test_amp_on_a_cpu_without_bf16_units_stays_float32():
    precision = choose_precision(torch.device("cpu"), amp=True, cpu_units=())
    assert not precision.bfloat16 and "float32" in precision.reason and "AVX-512 BF16" in precision.reason
    with precision.autocast():
        assert torch.mm(torch.ones(2, 2), torch.ones(2, 2)).dtype == torch.float32


def test_amp_on_a_cpu_with_bf16_units_autocasts():
    precision = choose_precision(torch.device("cpu"), amp=True, cpu_units=("amx_bf16",))
    assert precision.bfloat16 and "amx_bf16" in precision.reason
    with precision.autocast():
        assert torch.mm(torch.ones(2, 2), torch.ones(2, 2)).dtype == torch.bfloat16


def test_without_amp_the_cpu_runs_float32_and_the_gpu_choice_is_named():
    assert not choose_precision(torch.device("cpu"), amp=False, cpu_units=("amx_bf16",)).bfloat16
    assert choose_precision(torch.device("cuda"), amp=True).bfloat16
    assert "TF32" in choose_precision(torch.device("cuda"), amp=False).reason


def test_a_cpu_trainer_under_bf16_autocast_trains(tmp_path, monkeypatch):
    """Where the CPU has bfloat16 units, --amp runs the decoder's blocks in bfloat16 (the encoder under
    autocast) and still learns."""
    from cryoscape.models import ModelConfig, RunConfig, TrainConfig
    from cryoscape.training import Trainer, load_training_data, loop
    from tests.training.test_training import data_config, three_states

    real = loop.choose_precision
    monkeypatch.setattr(loop, "choose_precision", lambda device, amp: real(device, amp, cpu_units=("amx_bf16",)))
    sim = three_states(32, tmp_path / "sim", seed=3)
    config = RunConfig(ModelConfig(box_size=32, zdim=4, enc_dim=32, enc_layers=1, dec_dim=32, dec_layers=1),
                       data_config(sim), TrainConfig(lr=1e-3, seed=2, epochs=2, amp=True))
    trainer = Trainer(config, load_training_data(config.data, progress=False), tmp_path / "run", torch.device("cpu"))
    assert trainer.precision.bfloat16 and trainer.blocked and trainer.compute_dtype == torch.bfloat16
    losses = [trainer._epoch(e, np.random.default_rng(e), progress=False)["loss"] for e in range(3)]
    assert np.isfinite(losses).all() and losses[-1] < losses[0]


def test_maps_are_decoded_in_bf16_only_on_a_cpu_with_native_units():
    from cryoscape.models.precision import decoding_precision

    cpu = torch.device("cpu")
    assert decoding_precision(cpu, cpu_units=("avx512_bf16",)).bfloat16
    assert "avx512_bf16" in decoding_precision(cpu, cpu_units=("avx512_bf16",)).reason
    assert not decoding_precision(cpu, cpu_units=()).bfloat16
    assert not decoding_precision(cpu, float32=True, cpu_units=("amx_bf16",)).bfloat16
    assert not decoding_precision(torch.device("cuda")).bfloat16


def test_a_bf16_map_matches_the_float32_map_of_a_trained_decoder(junk_run):
    """The dashboard's bfloat16 decode (cached first layer in bf16, later layers under autocast) is the
    float32 map to within bf16's rounding: FSC ≥ 0.999 in every shell, 1% relative difference."""
    from cryoscape.fourier.fsc import fsc
    from cryoscape.models import LatticeInput, decode_volumes, load_trained_model
    from cryoscape.models.precision import Precision

    model, config = load_trained_model(junk_run[1] / "weights.7.pkl", junk_run[1] / "config.yaml")
    model.eval()
    latents = np.random.default_rng(1).normal(size=(2, config.model.zdim)).astype(np.float32)
    bf16 = Precision("cpu", True, "test")
    exact = decode_volumes(model, latents)
    lattice_input = LatticeInput(model, dtype=torch.bfloat16)
    assert lattice_input.pre.dtype == torch.bfloat16
    assert lattice_input.pre.nbytes == LatticeInput.nbytes_for(model, dtype=torch.bfloat16) \
        == LatticeInput.nbytes_for(model) // 2
    for cached in (None, lattice_input):
        fast = decode_volumes(model, latents, lattice_input=cached, precision=bf16)
        assert fast.dtype == np.float32 and fast.shape == exact.shape
        for a, b in zip(exact, fast):
            assert 1e-4 < np.linalg.norm(a - b) / np.linalg.norm(a) < 0.01  # rounded, but barely
            assert fsc(a, b)[1][1:-1].min() > 0.999
