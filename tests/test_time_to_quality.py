"""benchmarks/time_to_quality.py: the hinge R² no-information band, and equal-epoch deficits marked by it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from time_to_quality import METRICS, behind_at_equal_epochs, hinge_null, hinge_r2  # noqa: E402


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

