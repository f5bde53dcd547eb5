"""The CPU's blocked decoder error: the same loss and gradients as autograd on the whole batch."""

from __future__ import annotations

import pytest
import torch

from cryoscape.models import HetVAE, ModelConfig, RunConfig, TrainConfig
from cryoscape.training import Trainer, load_training_data
from cryoscape.models.blocked import blocked_error_and_gradients, blocked_slice_error
from cryoscape.training.losses import reconstruction_error
from tests.training.test_training import data_config, three_states


def _case(pe_type: str, layers: int, seed: int = 0):
    torch.manual_seed(seed)
    model = HetVAE(ModelConfig(box_size=16, zdim=3, dec_dim=24, dec_layers=layers, pe_type=pe_type))
    batch, points = 5, model.lattice.n_points
    rotations = torch.linalg.qr(torch.randn(batch, 3, 3, dtype=torch.float64))[0].float()
    observed = torch.randn(batch, points, dtype=torch.complex64)
    ctf = torch.randn(batch, points)
    z = torch.randn(batch, 3)
    return model, model.slice_coords(rotations), z, observed, ctf


def _autograd(model, coords, z, observed, ctf):
    z = z.clone().requires_grad_()
    predicted = model.decoder(coords, z)
    error = reconstruction_error(predicted if ctf is None else predicted * ctf, observed)
    grads = torch.autograd.grad(error, [z, *model.decoder.parameters()])
    return error.detach(), grads


@pytest.mark.parametrize("pe_type, layers", [("gaussian", 3), ("geometric", 2), ("gaussian", 0)])
@pytest.mark.parametrize("rows", [7, 50, 10_000])  # blocks inside one image, across images, the whole batch
@pytest.mark.parametrize("with_ctf", [True, False])
def test_blocked_gradients_match_autograd(pe_type, layers, rows, with_ctf):
    model, coords, z, observed, ctf = _case(pe_type, layers)
    ctf = ctf if with_ctf else None
    expected_error, expected = _autograd(model, coords, z, observed, ctf)
    error, grads = blocked_error_and_gradients(model.decoder, coords, z, observed, ctf, rows_per_block=rows)
    assert float(error) == pytest.approx(float(expected_error), rel=1e-5)
    got = [grads.z, *[grads.params[name] for name, _ in model.decoder.named_parameters()]]
    for name, a, b in zip(["z", *[n for n, _ in model.decoder.named_parameters()]], got, expected):
        scale = float(b.abs().max())
        assert scale > 0, name  # every parameter takes part
        assert float((a - b).abs().max()) <= 1e-5 * scale + 1e-9, name


def test_autograd_node_scales_and_routes_gradients():
    """Through autograd: z's gradient reaches the encoder side, parameters get .grad, scaled by the loss weight."""
    model, coords, z, observed, ctf = _case("gaussian", 2, seed=1)
    _, expected = _autograd(model, coords, z, observed, ctf)
    z = z.clone().requires_grad_()
    (3.0 * blocked_slice_error(model.decoder, coords, z, observed, ctf)).backward()
    assert torch.allclose(z.grad, 3.0 * expected[0], rtol=1e-4, atol=1e-8)
    for p, g in zip(model.decoder.parameters(), expected[1:]):
        assert torch.allclose(p.grad, 3.0 * g, rtol=1e-4, atol=1e-7)


def test_cpu_trainer_steps_like_autograd(tmp_path):
    """The Trainer takes the blocked path on one CPU process, and its steps equal autograd's."""
    sim = three_states(48, tmp_path / "sim", seed=3)
    config = RunConfig(ModelConfig(box_size=32, zdim=4, enc_dim=32, enc_layers=1, dec_dim=32, dec_layers=2),
                       data_config(sim), TrainConfig(lr=1e-3, seed=2))
    data = load_training_data(config.data, progress=False)
    states = []
    for blocked in (True, False):
        (tmp_path / str(blocked)).mkdir()
        trainer = Trainer(config, data, tmp_path / str(blocked), torch.device("cpu"))
        assert trainer.blocked  # the default on one CPU process
        trainer.blocked = blocked
        torch.manual_seed(7)
        for start in range(0, 48, 8):
            trainer._step(torch.arange(start, start + 8).numpy())
        states.append(trainer.model.state_dict())
    for key in states[0]:  # Adam moves each weight by up to lr per step; rounding may tip a near-zero gradient
        torch.testing.assert_close(states[0][key], states[1][key], rtol=1e-3, atol=1e-4)


def _autocast_autograd(model, coords, z, observed, ctf):
    with torch.autocast("cpu", dtype=torch.bfloat16, cache_enabled=False):
        return _autograd(model, coords, z, observed, ctf)


@pytest.mark.parametrize("rows", [50, 10_000])
def test_bfloat16_blocks_are_as_close_to_float32_as_autocast(rows):
    """In bfloat16 the blocked error and gradients approximate float32's at least as well as autocast's
    autograd (the path --amp took before), and every gradient is still a gradient of the same loss."""
    model, coords, z, observed, ctf = _case("gaussian", 3, seed=2)
    exact_error, exact = _autograd(model, coords, z, observed, ctf)
    autocast_error, autocast = _autocast_autograd(model, coords, z, observed, ctf)
    error, grads = blocked_error_and_gradients(model.decoder, coords, z, observed, ctf, rows_per_block=rows,
                                               dtype=torch.bfloat16)
    assert abs(float(error) - float(exact_error)) <= max(2 * abs(float(autocast_error) - float(exact_error)),
                                                         1e-3 * float(exact_error))
    got = [grads.z, *[grads.params[name] for name, _ in model.decoder.named_parameters()]]
    names = ["z", *[n for n, _ in model.decoder.named_parameters()]]
    for name, a, ref, b in zip(names, got, autocast, exact):
        assert a.dtype == torch.float32, name
        deviation, autocast_deviation = float((a - b).norm()), float((ref.float() - b).norm())
        assert deviation <= 2 * autocast_deviation + 1e-3 * float(b.norm()), name
        assert deviation <= 0.05 * float(b.norm()), name  # bfloat16 rounding, not another gradient


def test_amp_trainer_runs_blocks_in_bfloat16(tmp_path, monkeypatch):
    """With --amp on a CPU with bfloat16 units the Trainer takes the blocked path in bfloat16, and its
    steps follow autocast's autograd steps."""
    import cryoscape.training.loop as loop
    from cryoscape.models.precision import choose_precision
    monkeypatch.setattr(loop, "choose_precision", lambda device, amp: choose_precision(device, amp, ("avx512_bf16",)))
    sim = three_states(48, tmp_path / "sim", seed=3)
    config = RunConfig(ModelConfig(box_size=32, zdim=4, enc_dim=32, enc_layers=1, dec_dim=32, dec_layers=2),
                       data_config(sim), TrainConfig(lr=1e-3, seed=2, amp=True))
    data = load_training_data(config.data, progress=False)
    states, losses = [], []
    for blocked in (True, False):
        (tmp_path / str(blocked)).mkdir()
        trainer = Trainer(config, data, tmp_path / str(blocked), torch.device("cpu"))
        assert trainer.blocked and trainer.compute_dtype == torch.bfloat16
        trainer.blocked = blocked
        start = {key: value.clone() for key, value in trainer.model.state_dict().items()}
        torch.manual_seed(7)
        losses.append([float(trainer._step(torch.arange(start, start + 8).numpy())[0]) for start in range(0, 48, 8)])
        states.append(trainer.model.state_dict())
    assert losses[0] == pytest.approx(losses[1], rel=2e-2)
    for key in states[0]:  # the two roundings differ, so a near-zero gradient may flip an Adam step's sign
        moved, expected = states[0][key] - start[key], states[1][key] - start[key]
        if float(expected.norm()) > 0:
            assert float((moved - expected).norm()) <= 0.15 * float(expected.norm()), key  # measured ≤ 0.08
