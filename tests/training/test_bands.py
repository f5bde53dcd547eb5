"""Coarse to fine: the fitted band's schedule, its lattice points, and a training step on a band."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from cryoscape.fourier import HalfLattice
from cryoscape.models import HetVAE, ModelConfig, RunConfig, TrainConfig
from cryoscape.errors import InputError
from cryoscape.training import Trainer, load_training_data
from cryoscape.training.bands import BandSchedule, LatticeBands
from tests.training.test_training import data_config, three_states


def test_schedule_widens_from_the_start_fraction_to_nyquist():
    schedule = BandSchedule(box_size=64, start_fraction=0.5, epochs=2.0)
    radii = [schedule.radius_cycles(p) for p in np.linspace(0, 3, 61)]
    assert radii[0] == 16 and radii[-1] == 32
    assert all(b >= a for a, b in zip(radii, radii[1:]))  # never narrows
    assert schedule.radius_cycles(1.0) == 24  # linear in the radius
    assert schedule.radius_cycles(2.0) == 32 and schedule.radius_cycles(1.999) == 32
    assert "16 → 32" in schedule.describe()


@pytest.mark.parametrize("start, epochs", [(1.0, 3.0), (0.5, 0.0)])
def test_no_schedule_means_the_whole_lattice(start, epochs):
    schedule = BandSchedule(box_size=32, start_fraction=start, epochs=epochs)
    assert schedule.radius_cycles(0) == 16
    assert LatticeBands(HalfLattice.build(32)).points(schedule.radius_cycles(0)) is None
    assert "whole lattice" in schedule.describe()


def test_band_points_are_the_lattice_points_inside_the_radius():
    lattice = HalfLattice.build(32)
    bands = LatticeBands(lattice)
    points = bands.points(8)
    radius = torch.sqrt(lattice.kx.double() ** 2 + lattice.ky.double() ** 2)
    assert torch.equal(points, torch.nonzero(radius < 8).squeeze(1))
    assert 0.4 * lattice.n_points / 4 < points.numel() < 0.6 * lattice.n_points / 2  # about a quarter of the disc
    assert bands.points(8) is points  # cached


@pytest.mark.parametrize("start, epochs", [(0.0, 2.0), (1.5, 2.0), (0.5, -1.0)])
def test_band_settings_are_checked(start, epochs):
    with pytest.raises(InputError):
        TrainConfig(band_start_nyquist=start, band_epochs=epochs)


def test_a_band_step_fits_only_the_band(tmp_path):
    """On a band the decoder's gradient comes from the band alone: the blocked and autograd paths agree,
    and the per-epoch statistics name the band."""
    sim = three_states(32, tmp_path / "sim", seed=3)
    config = RunConfig(ModelConfig(box_size=32, zdim=4, enc_dim=32, enc_layers=1, dec_dim=32, dec_layers=1),
                       data_config(sim), TrainConfig(lr=1e-3, seed=2, epochs=1, band_start_nyquist=0.25,
                                                     band_epochs=4))
    for stats in _blocked_and_autograd_epochs_agree(config, load_training_data(config.data, progress=False), tmp_path):
        assert stats["band_cycles"] < 8


def _blocked_and_autograd_epochs_agree(config, data, tmp_path) -> list[dict]:
    """Train one epoch on the blocked and on the autograd path from the same seeds; assert the weights agree;
    return both epochs' statistics."""
    states, stats = [], []
    for blocked in (True, False):
        (tmp_path / str(blocked)).mkdir()
        trainer = Trainer(config, data, tmp_path / str(blocked), torch.device("cpu"))
        trainer.blocked = blocked
        torch.manual_seed(7)
        stats.append(trainer._epoch(0, np.random.default_rng(0), progress=False))
        assert np.isfinite(stats[-1]["loss"])
        states.append(trainer.model.state_dict())
    for key in states[0]:
        torch.testing.assert_close(states[0][key], states[1][key], rtol=1e-3, atol=1e-4)
    return stats


def test_a_random_share_of_the_points_is_fitted_each_step(tmp_path):
    """--point-fraction: each step draws that share of the band's points anew (sorted, distinct, inside the
    band); the KL is weighed against the whole band; blocked and autograd paths agree on the same draws."""
    sim = three_states(32, tmp_path / "sim", seed=3)
    config = RunConfig(ModelConfig(box_size=32, zdim=4, enc_dim=32, enc_layers=1, dec_dim=32, dec_layers=1),
                       data_config(sim), TrainConfig(lr=1e-3, seed=2, epochs=1, band_start_nyquist=0.5,
                                                     band_epochs=4, point_fraction=0.3))
    data = load_training_data(config.data, progress=False)
    trainer = Trainer(config, data, tmp_path, torch.device("cpu"))
    trainer.radius_cycles = 8
    band = trainer.bands.points(8)
    draws = [trainer._fitted_points() for _ in range(3)]
    for points, n_band in draws:
        assert n_band == band.numel() and points.numel() == round(0.3 * band.numel())
        assert torch.all(points[1:] > points[:-1]) and set(points.tolist()) <= set(band.tolist())
    assert not torch.equal(draws[0][0], draws[1][0])
    trainer.radius_cycles = 16  # the whole lattice
    points, n_band = trainer._fitted_points()
    assert n_band == trainer.batches.lattice.n_points and points.numel() == round(0.3 * n_band)
    _blocked_and_autograd_epochs_agree(config, data, tmp_path)
    with pytest.raises(InputError, match="--point-fraction"):
        TrainConfig(point_fraction=0.0)


def test_decoding_a_band_equals_decoding_all_then_selecting():
    model = HetVAE(ModelConfig(box_size=16, zdim=2, dec_dim=16, dec_layers=1))
    rotations = torch.linalg.qr(torch.randn(3, 3, 3, dtype=torch.float64))[0].float()
    z = torch.randn(3, 2)
    points = LatticeBands(model.lattice).points(4)
    torch.testing.assert_close(model.decode_slices(rotations, z, points), model.decode_slices(rotations, z)[:, points])


def test_a_stop_rule_ends_training_with_final_files(tmp_path):
    """The probe's measures reach the rule; when it answers, that epoch is saved as the final one."""
    sim = three_states(40, tmp_path / "sim", seed=3)
    config = RunConfig(ModelConfig(box_size=32, zdim=4, enc_dim=32, enc_layers=1, dec_dim=32, dec_layers=1),
                       data_config(sim), TrainConfig(lr=1e-3, seed=2, epochs=6))
    trainer = Trainer(config, load_training_data(config.data, progress=False), tmp_path / "run", torch.device("cpu"))
    (tmp_path / "run").mkdir()
    seen = []

    def rule(history):
        seen.append(dict(history[-1]))
        return "enough" if len(history) == 3 else None

    history = trainer.run(progress=False, stop_rule=rule)
    assert len(history) == 3 and "latent_shift" not in seen[0]
    assert all(0 <= seen[k]["map_correlation"] <= 1 and seen[k]["latent_shift"] > 0 for k in (1, 2))
    assert (tmp_path / "run/weights.pkl").is_file() and (tmp_path / "run/weights.2.pkl").is_file()
    assert not (tmp_path / "run/weights.3.pkl").exists()
