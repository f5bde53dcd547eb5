"""benchmarks/time_to_quality.py: the hinge R² no-information band, and equal-epoch deficits marked by it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from time_to_quality import METRICS, behind_at_equal_epochs, hinge_null, hinge_r2, still_training_because  # noqa: E402


def _labels(n: int, rng) -> pd.DataFrame:
    angles = np.where(rng.random(n) < 0.5, rng.uniform(-25, 25, n), np.nan)  # half the particles move
    return pd.DataFrame({"motion_angle_deg": angles})


def test_a_latent_without_the_hinge_scores_inside_the_band_and_one_with_it_far_above():
    rng = np.random.default_rng(0)
    labels = _labels(1200, rng)
    blind = rng.normal(size=(1200, 8))
    mean, sd = hinge_null(blind, labels)
    assert -0.05 < mean < 0.0 and 0 < sd < 0.02
    assert abs(hinge_r2(blind, labels) - mean) < 4 * sd
    seeing = blind.copy()
    seeing[:, 0] = np.nan_to_num(labels["motion_angle_deg"].to_numpy()) + rng.normal(0, 5, 1200)
    assert hinge_r2(seeing, labels) > 0.8  # noise sd 5° on ±25°: R² ≈ 0.89


def test_hinge_deficits_inside_the_band_are_marked_and_still_counted():
    table = pd.DataFrame({"tool": ["cryoscape"] * 2 + ["cryoDRGN"] * 2, "epochs": [1, 2, 1, 2],
                          **{metric: [0.5] * 4 for metric in METRICS}})  # level on everything else
    table["hinge_r2"] = [-0.007, 0.010, -0.005, 0.030]
    behind = behind_at_equal_epochs(table, "cryoscape", "cryoDRGN", hinge_noise=-0.0006)
    assert behind == ["epoch 1: hinge_r2 -0.007 < -0.005 (both no-information)", "epoch 2: hinge_r2 0.010 < 0.030"]


def test_a_replay_that_does_not_stop_says_which_test_held_it():
    """Every measure settles after a few epochs but each particle keeps moving as it moved the epoch before: the
    report names the plateaus (1-based epochs) and the drift that kept the run training."""
    history = []
    for epoch in range(12):
        decay = np.exp(-epoch / 2.0)
        row = {"epoch": epoch, "loss": 1.0 + decay, "band_full": True}
        if epoch:
            row.update(latent_shift=0.1 + decay, map_correlation=0.99 - 0.5 * decay, map_fsc_area=0.9 - 0.6 * decay)
        if epoch > 1:
            row["latent_direction"] = 0.6
        history.append(row)
    line = still_training_because(history)
    assert "total loss since epoch" in line and "not yet" not in line and "0.60 (stops at ≤ 0.1)" in line
    assert "not yet" in still_training_because(history[:4]) and "too few epochs" in still_training_because(history[:4])
