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
