"""analyze_convergence: plateau detection on trajectories with a known convergence epoch, the local
maxima method, and a real short run (finite data for every sampled epoch, plots, reproducibility)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from cryoscape.analysis.maxima import MaximaSettings, local_maxima
from cryoscape.analysis.plateau import Plateau, plateau_epoch, verdict
from cryoscape.analysis.shifts import latent_shifts
from cryoscape.cli import main
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.training import run_training


def speed(converged_at: int, epochs: int = 50) -> np.ndarray:
    """Systematic drift per epoch: slowing linearly from 1 to 0.3 by ``converged_at``, then none (the elbow)."""
    e = np.arange(epochs)
    return np.where(e < converged_at, 1.0 - 0.7 * e / converged_at, 0.0)


def converging_latents(converged_at: int, epochs: int = 50, n: int = 3000, seed: int = 0) -> dict[int, np.ndarray]:
    """Latents drifting along a fixed direction per particle at ``speed``, plus an isotropic jitter every epoch
    (the 'small, randomly directed' motion of a converged run)."""
    rng = np.random.default_rng(seed)
    direction = rng.normal(size=(n, 8)) / np.sqrt(8)
    position = np.cumsum(speed(converged_at, epochs))
    start = rng.normal(size=(n, 8))
    return {e: start + position[e] * direction + 0.05 * rng.normal(size=(n, 8)) for e in range(epochs)}


@pytest.mark.parametrize("converged_at", [10, 20, 32])
def test_plateau_detection_names_the_known_epoch(converged_at):
    shifts = latent_shifts(converging_latents(converged_at))
    found = {column: plateau_epoch(shifts["epoch"], shifts[column], column).epoch
             for column in ("median_magnitude", "median_dot_product", "median_cosine_distance")}
    epochs = np.arange(50)
    noise = 0.0005 * np.random.default_rng(1).normal(size=50)
    loss = 1.0 + 0.02 * (speed(converged_at).sum() - np.cumsum(speed(converged_at))) + noise  # falls as particles settle
    found["loss"] = plateau_epoch(epochs, loss, "loss").epoch
    for metric, epoch in found.items():
        assert epoch is not None and abs(epoch - converged_at) <= 2, f"{metric}: plateau {epoch}, truth {converged_at}; {found}"


def test_verdict_needs_most_metrics_and_room_after():
    def plateaus(*epochs):
        return [Plateau(f"m{i}", e, 0.0, 0.1) for i, e in enumerate(epochs)]
    assert verdict(plateaus(10, 12, 14, None), 49)[0] == 14
    assert verdict(plateaus(10, None, None, None), 49)[0] is None
    epoch, message = verdict(plateaus(46, 48, 48), 49)
    assert epoch is None and "train longer (train_vae … --load latest -n 100)" in message
    _, message = verdict(plateaus(None, None, None), 20, resume="cryodrgn train_vae … --load w.20.pkl -n 40")
    assert "train longer (cryodrgn train_vae … --load w.20.pkl -n 40)" in message


def test_local_maxima_find_the_dense_regions_labelled_by_size(rng):
    centres = np.array([[0, 0], [10, 0], [0, 10], [10, 10]], float)
    sizes = [4000, 3000, 2000, 1000]
    xy = np.concatenate([rng.normal(c, 0.7, (s, 2)) for c, s in zip(centres, sizes)])
    maxima = local_maxima(xy, MaximaSettings(final_maxima=10))
    assert [m.label for m in maxima] == ["A", "B", "C", "D"]
    for maximum, centre in zip(maxima, centres):
        assert np.linalg.norm(np.array(maximum.position) - centre) < 1.0
        assert np.linalg.norm(xy[maximum.members].mean(0) - centre) < 0.5
    assert [len(m.members) for m in maxima] == sorted((len(m.members) for m in maxima), reverse=True)


@pytest.fixture(scope="module")
def every_epoch_run(tmp_path_factory, request):
    sim, _, _ = request.getfixturevalue("junk_run")
    run = tmp_path_factory.mktemp("convergence") / "run"
    run_training(DataConfig(str(sim / "particles.mrcs"), str(sim / "poses.pkl"), str(sim / "ctf.pkl")),
                 {"zdim": 8, "enc_dim": 64, "enc_layers": 2, "dec_dim": 64, "dec_layers": 2},
                 TrainConfig(epochs=10, lr=1e-3, checkpoint_every=1), run, progress=False)
    return run


def test_short_run_gives_finite_data_plots_and_reproducible_numbers(every_epoch_run, tmp_path):
    run = every_epoch_run
    outputs = []
    for name in ("a", "b"):
        argv = ["analyze_convergence", str(run), "9", "--epoch-interval", "3", "--final-maxima", "4",
                "-o", str(tmp_path / name)]
        assert main(argv) == 0
        outputs.append(tmp_path / name)
    first = outputs[0]
    summary = json.loads((first / "summary.json").read_text())
    assert summary["sampled_epochs"] == [0, 3, 6, 9] and len(summary["plateaus"]) == 6 and summary["verdict"]
    for name in ("loss.csv", "latent_shifts.csv", "umap_maxima.csv", "maxima_latents.csv", "umap_embeddings.csv",
                 "map_comparisons.csv", "fsc_curves.csv"):
        table = pd.read_csv(first / name)
        numbers = table.select_dtypes("number").to_numpy()
        assert len(table) and np.isfinite(numbers).all(), name
        pd.testing.assert_frame_equal(table, pd.read_csv(outputs[1] / name), obj=name)
    comparisons = pd.read_csv(first / "map_comparisons.csv")
    labels = pd.read_csv(first / "umap_maxima.csv")["maximum"].tolist()
    assert sorted(comparisons["epoch"].unique()) == [3, 6, 9]
    assert comparisons.groupby("epoch")["maximum"].apply(sorted).tolist() == [sorted(labels)] * 3
    assert len(pd.read_csv(first / "latent_shifts.csv")) == 8  # epochs 1..8 have a before and an after
    for epoch in (0, 3, 6, 9):
        assert len(list((first / f"vols.{epoch}").glob("vol_*.mrc"))) == len(labels)
    plots = sorted(p.name for p in (first / "plots").glob("*.png"))
    assert len(plots) == 8 and all((first / "plots" / p).stat().st_size > 0 for p in plots)
    assert "VERDICT" in (first / "summary.txt").read_text()


def test_convergence_refuses_runs_without_enough_epochs(junk_run, capsys):
    sim, run, truth = junk_run  # checkpoints every 4 epochs: z at 3 and 7 only
    assert main(["analyze_convergence", str(run), "7"]) == 1
    err = capsys.readouterr().err
    assert "needs z for ≥ 3 epochs" in err and len(err.strip().splitlines()) == 1
    assert not (run / "convergence.7").exists()
