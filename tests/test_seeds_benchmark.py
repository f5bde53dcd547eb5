"""benchmarks/seeds.py: the equal-epoch comparison on means over training seeds."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import numpy as np  # noqa: E402
from seeds import behind_on_mean, beyond_noise, paired_interval, seed_folder, seeds_to_train, summary  # noqa: E402
from time_to_quality import METRICS  # noqa: E402


def _table(ours: list[int], theirs: list[int]) -> pd.DataFrame:
    """Two tools, one epoch, three seeds, level on every metric but 'identified'."""
    rows = [{"tool": tool, "epochs": 2, "seed": seed, **{m: 0.5 for m in METRICS}, "identified": value}
            for tool, values in (("cryoscape", ours), ("cryoDRGN", theirs)) for seed, value in enumerate(values)]
    return pd.DataFrame(rows)


def test_one_seeds_deficit_is_not_behind_when_the_mean_is_level_or_ahead():
    assert behind_on_mean(_table([1, 2, 2], [2, 1, 2]), "cryoscape", "cryoDRGN") == []
    assert behind_on_mean(_table([1, 3, 2], [2, 1, 2]), "cryoscape", "cryoDRGN") == []


def test_a_lower_mean_is_behind_with_its_seed_count():
    behind = behind_on_mean(_table([1, 1, 2], [2, 1, 2]), "cryoscape", "cryoDRGN")
    assert behind == ["epoch 2: identified 1.333 < 1.667 (behind on 1 of 3 seeds; difference 95% CI "
                      "[-1.768, 1.101], within seed noise)"]
    assert beyond_noise(behind) == []


def test_seeds_are_paired_only_where_both_tools_ran_them():
    table = _table([1, 1, 1], [2, 2, 2])
    table = table[~((table["tool"] == "cryoDRGN") & (table["seed"] == 0))]  # cryoDRGN lacks seed 0
    assert behind_on_mean(table, "cryoscape", "cryoDRGN") == [
        "epoch 2: identified 1.000 < 2.000 (behind on 2 of 2 seeds; difference 95% CI [-1.000, -1.000])"]


def test_hinge_deficits_inside_the_band_are_marked():
    table = _table([2, 2, 2], [2, 2, 2])
    table["hinge_r2"] = [-0.06, -0.05, -0.07, -0.05, -0.05, -0.05]
    assert behind_on_mean(table, "cryoscape", "cryoDRGN", hinge_noise=-0.02) == [
        "epoch 2: hinge_r2 -0.060 < -0.050 (behind on 2 of 3 seeds, both no-information; difference 95% CI "
        "[-0.035, 0.015], within seed noise)"]
    assert behind_on_mean(table, "cryoscape", "cryoDRGN", hinge_noise=-0.055) == [
        "epoch 2: hinge_r2 -0.060 < -0.050 (behind on 2 of 3 seeds; difference 95% CI [-0.035, 0.015], "
        "within seed noise)"]


def test_paired_interval_is_students_t():
    low, high = paired_interval(np.array([-0.01, 0.0, -0.02]))
    assert np.isclose(high - low, 2 * 4.302653 * 0.01 / np.sqrt(3), rtol=1e-5)  # t(0.975, 2 d.f.)
    assert np.isclose((low + high) / 2, -0.01)
    assert paired_interval(np.array([-0.5])) == (-np.inf, np.inf)  # one seed bounds nothing
    low, high = paired_interval(np.array([-0.03, -0.02, -0.025, -0.028, -0.022, -0.027]))
    assert high < 0  # a consistent deficit is beyond the noise


def test_summary_gives_mean_and_sd_per_tool_and_epoch():
    rows = summary(_table([1, 2, 3], [2, 2, 2])).set_index("tool")
    assert rows.at["cryoscape", "identified"] == 2.0 and rows.at["cryoscape", "identified_sd"] == 1.0
    assert rows.at["cryoDRGN", "identified_sd"] == 0.0


def test_seed_folders_share_one_simulation(tmp_path):
    first, second = seed_folder(tmp_path, 0), seed_folder(tmp_path, 1)
    (first / "sim" / "particles.64.mrcs").write_bytes(b"x")
    assert (second / "sim" / "particles.64.mrcs").read_bytes() == b"x"
    assert seed_folder(tmp_path, 0) == first  # a second call keeps the link


def test_skip_done_trains_only_the_seeds_without_a_table(tmp_path):
    seed_folder(tmp_path, 0)
    (tmp_path / "seed_0" / "time_to_quality.csv").write_text("tool,epochs\n")
    assert seeds_to_train(tmp_path, [0, 1, 2], skip_done=True) == [1, 2]
    assert seeds_to_train(tmp_path, [0, 1, 2], skip_done=False) == [0, 1, 2]
