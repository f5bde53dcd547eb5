"""The decoder's rate schedule: its geometric fall from --dec-lr-start, the rate each epoch trains at, a
resume that takes the same rates, and the configurations it refuses."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from cryoscape.errors import InputError
from cryoscape.models import TrainConfig, load_run_config
from cryoscape.training import run_training
from cryoscape.training.rates import decoder_rate

from tests.training.test_training import SMALL_NET, data_config, three_states


@pytest.fixture(scope="module")
def small_sim(tmp_path_factory):
    return three_states(200, tmp_path_factory.mktemp("small") / "sim", seed=4)


def test_rate_falls_geometrically_to_the_decoders_own_and_stays():
    train = TrainConfig(lr=1e-4, decoder_lr=2e-4, decoder_lr_start=1e-3, decoder_lr_decay_images=1000)
    assert decoder_rate(train, 0) == pytest.approx(1e-3)
    assert decoder_rate(train, 500) == pytest.approx((1e-3 * 2e-4) ** 0.5)  # halfway: the geometric mean
    assert decoder_rate(train, 1000) == pytest.approx(2e-4)
    assert decoder_rate(train, 5000) == pytest.approx(2e-4)
    assert decoder_rate(dataclasses.replace(train, decoder_lr_start=None), 0) == 2e-4  # no schedule
    assert decoder_rate(dataclasses.replace(train, decoder_lr_decay_images=0), 0) == 2e-4
    assert decoder_rate(TrainConfig(lr=1e-4), 0) is None  # no rate of its own: it follows lr


def test_schedule_needs_a_decoder_rate_and_positive_values():
    with pytest.raises(InputError, match="--dec-lr-start needs"):
        TrainConfig(lr=1e-4, decoder_lr_start=1e-3)
    with pytest.raises(InputError, match="--dec-lr-start"):
        TrainConfig(lr=1e-4, decoder_lr=2e-4, decoder_lr_start=-1.0)
    with pytest.raises(InputError, match="--dec-lr-decay"):
        TrainConfig(lr=1e-4, decoder_lr=2e-4, decoder_lr_decay_images=-5)


def test_each_epoch_trains_at_its_scheduled_rate_and_a_resume_takes_the_same(tmp_path, small_sim):
    # 200 particles per epoch, decay over 400 images: epochs at 1e-3, sqrt(1e-3 * 1e-4), then 1e-4
    config = TrainConfig(epochs=3, lr=1e-4, decoder_lr=1e-4, decoder_lr_start=1e-3, decoder_lr_decay_images=400,
                         seed=1, point_fraction=0.5, average_images=60)
    run_training(data_config(small_sim), SMALL_NET, config, tmp_path / "straight", progress=False)
    rates = [torch.load(tmp_path / f"straight/weights.{e}.pkl", weights_only=True)["optimizer"]["param_groups"][1]["lr"]
             for e in range(3)]
    assert rates == pytest.approx([1e-3, 10 ** -3.5, 1e-4])
    log = (tmp_path / "straight" / "run.log").read_text()
    assert "decoder lr 0.001" in log and "decoder lr 0.0001" in log
    run_training(data_config(small_sim), SMALL_NET, dataclasses.replace(config, epochs=1), tmp_path / "split",
                 progress=False)
    run_training(data_config(small_sim), SMALL_NET, config, tmp_path / "split", load="latest", progress=False)
    straight = torch.load(tmp_path / "straight/weights.2.pkl", weights_only=True)
    resumed = torch.load(tmp_path / "split/weights.2.pkl", weights_only=True)
    for weights in ("model", "live_model"):
        for key in straight[weights]:
            assert torch.equal(straight[weights][key], resumed[weights][key]), (weights, key)
    constant = TrainConfig(epochs=1, lr=1e-4, decoder_lr=1e-4, seed=1, point_fraction=0.5, average_images=60)
    run_training(data_config(small_sim), SMALL_NET, constant, tmp_path / "constant", progress=False)
    other = torch.load(tmp_path / "constant/weights.0.pkl", weights_only=True)["live_model"]
    first = torch.load(tmp_path / "straight/weights.0.pkl", weights_only=True)["live_model"]
    decoder = [key for key in first if key.startswith("decoder.")]
    assert any(not torch.equal(first[key], other[key]) for key in decoder)  # the start rate did train the decoder


def test_cli_flag_starts_the_decoder_high_with_lr_alone_and_is_off_by_default(tmp_path, small_sim, capsys):
    from tests.training.test_training import _cli

    base = ["train_vae", "--no-analysis", small_sim / "particles.mrcs", "--poses", small_sim / "poses.pkl", "--zdim", 4,
            "--enc-dim", 32, "--dec-dim", 32, "-n", 2]
    code, _, err = _cli([*base, "--lr", 2e-4, "--dec-lr-start", 1e-3, "--dec-lr-decay", 200, "-o", tmp_path / "a"],
                        capsys)
    assert code == 0, err
    saved = [torch.load(tmp_path / f"a/weights.{e}.pkl", weights_only=True) for e in range(2)]
    rates = [[group["lr"] for group in state["optimizer"]["param_groups"]] for state in saved]
    assert rates == [[2e-4, 1e-3], [2e-4, 2e-4]]  # --lr alone: the decoder decays to it, in a group of its own
    code, _, err = _cli([*base, "-o", tmp_path / "b"], capsys)
    assert code == 0, err
    assert load_run_config(tmp_path / "b" / "config.yaml").train.decoder_lr_start is None
