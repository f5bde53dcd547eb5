"""The weight average checkpoints hold: the exponential moving average it claims, applied and withdrawn
exactly, and a checkpoint whose live weights do not fit its model refused before a run folder is touched."""

from __future__ import annotations

import pytest
import torch

from cryoscape.errors import InputError
from cryoscape.models import TrainConfig
from cryoscape.training import run_training
from cryoscape.training.averaging import WeightAverage, check_live_weights

from tests.training.test_training import SMALL_NET, data_config, three_states


@pytest.fixture(scope="module")
def small_sim(tmp_path_factory):
    return three_states(200, tmp_path_factory.mktemp("small") / "sim", seed=4)


def test_average_follows_its_decay_and_is_withdrawn_exactly():
    torch.manual_seed(0)
    model = torch.nn.Linear(3, 2)
    average = WeightAverage(model, horizon_images=40, batch_size=4)  # decay 0.9 once the warm-up allows it
    expected = [param.detach().clone() for param in model.parameters()]
    for step in range(1, 31):
        with torch.no_grad():
            for param in model.parameters():
                param.add_(torch.randn_like(param))
        average.update()
        decay = min(0.9, (1 + step) / (10 + step))
        expected = [decay * old + (1 - decay) * param.detach() for old, param in zip(expected, model.parameters())]
    live = [param.detach().clone() for param in model.parameters()]
    with average.applied():
        for param, wanted in zip(model.parameters(), expected):
            torch.testing.assert_close(param.detach(), wanted)
    for param, kept in zip(model.parameters(), live):
        assert torch.equal(param.detach(), kept)
    assert average.steps == 30


def test_no_horizon_means_the_last_steps_weights():
    model = torch.nn.Linear(2, 2)
    average = WeightAverage(model, horizon_images=0, batch_size=8)
    with torch.no_grad():
        model.weight.add_(1.0)
    average.update()
    with average.applied():
        assert torch.equal(model.weight.detach(), average.live[0])


def test_live_weights_that_do_not_fit_the_model_are_refused(tmp_path, small_sim):
    config = TrainConfig(epochs=1, lr=1e-3, average_images=50)
    run_training(data_config(small_sim), SMALL_NET, config, tmp_path / "run", progress=False)
    state = torch.load(tmp_path / "run" / "weights.0.pkl", weights_only=True)
    check_live_weights(state, "ok")
    name = next(iter(state["live_model"]))
    state["live_model"][name] = state["live_model"][name][:1]
    torch.save(state, tmp_path / "foreign.pkl")
    with pytest.raises(InputError, match="live weights do not match"):
        check_live_weights(state, "foreign")
    before = {path.name: path.read_bytes() for path in (tmp_path / "run").iterdir()}
    with pytest.raises(InputError, match="live weights do not match"):
        run_training(data_config(small_sim), SMALL_NET, TrainConfig(epochs=2, lr=1e-3, average_images=50),
                     tmp_path / "run", load=str(tmp_path / "foreign.pkl"), progress=False)
    assert {path.name: path.read_bytes() for path in (tmp_path / "run").iterdir()} == before
