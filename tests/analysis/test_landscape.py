"""analyze_landscape: states against the simulation's truth, the files it writes, --skip-vol, refusals."""

from __future__ import annotations

import numpy as np
import pytest

from cryoscape.analysis import cluster_maps
from cryoscape.cli import main
from cryoscape.demo.scores import GroundTruth, landscape_scores
from cryoscape.io import load_pkl, read_mrc, save_pkl, write_mrc


def test_weighted_kmeans_ignores_maps_standing_for_few_particles():
    """Two groups of maps standing for 100 particles each, and two far outlier maps of one particle each:
    particle-weighted k-means returns the two groups; agglomerative clustering gives the outliers states."""
    rng = np.random.default_rng(0)
    groups = np.concatenate([rng.normal(0, 1, (20, 3)), rng.normal(8, 1, (20, 3))])
    coords = np.concatenate([groups, [[60, 0, 0], [0, 60, 0]]])
    weights = np.concatenate([np.full(40, 5.0), [1.0, 1.0]])
    states = cluster_maps(coords, 2, weights, "kmeans")
    assert len(set(states[:20])) == 1 and len(set(states[20:40])) == 1 and states[0] != states[20]
    average = cluster_maps(coords, 2, weights, "agglomerative", "average")
    assert len(set(average[:40])) == 1  # the outliers took a state of their own
    with pytest.raises(Exception, match="-M 50"):
        cluster_maps(coords, 50, weights)


def test_analyze_landscape_recovers_the_simulated_states(junk_run, tmp_path, capsys):
    """On the particles a perfect junk filter keeps (--ind, as filter's ind_keep), the three states are found."""
    sim, run, labels = junk_run
    out = tmp_path / "landscape"
    keep = np.sort(labels.loc[~labels["is_junk"], "particle"].to_numpy())
    save_pkl(keep, tmp_path / "keep.pkl")
    assert main(["analyze_landscape", str(run), "7", "-o", str(out), "-N", "120", "-M", "3", "--pc-dim", "10",
                 "--ind", str(tmp_path / "keep.pkl")]) == 0
    truth = GroundTruth(sim)
    states = load_pkl(out / "state_labels.pkl")
    assert np.all(states[np.setdiff1d(np.arange(len(states)), keep)] == -1)  # junk left out
    scores = landscape_scores(out, truth, np.arange(len(states)), 32)
    assert scores["ari"] >= 0.9, scores  # measured 0.989
    assert set(scores["classes_found"]) == set(truth.good_classes)
    for entry in scores["per_state"].values():
        assert entry["mean_fsc"] > 0.8, scores  # measured ≥ 0.90
    cluster_dir = out / "clustering_L2_kmeans_3"
    for state in range(3):
        particles = load_pkl(cluster_dir / f"state_{state}_particles.pkl")
        np.testing.assert_array_equal(particles, np.flatnonzero(states == state))
        assert read_mrc(cluster_dir / f"state_{state}_variance.mrc")[0].min() >= 0
    assert len(list((out / "sketch").glob("vol_*.mrc"))) == 120
    assert (cluster_dir / "state_mean_slices.png").is_file() and (cluster_dir / "vol_pca_states.png").is_file()
    # --skip-vol reuses the sketch maps: same states, another clustering beside the first
    assert main(["analyze_landscape", str(run), "7", "-o", str(out), "-N", "120", "-M", "3", "--pc-dim", "10",
                 "--skip-vol", "--cluster", "agglomerative", "--ind", str(tmp_path / "keep.pkl")]) == 0
    assert (out / "clustering_L2_average_3").is_dir() and (out / "clustering_L2_kmeans_3").is_dir()
    # a mask on another grid, and --skip-vol without maps: one line, nothing written
    mask = tmp_path / "m.mrc"
    write_mrc(mask, np.ones((16, 16, 16), np.float32), 1.0, is_stack=False)
    assert main(["analyze_landscape", str(run), "7", "-o", str(tmp_path / "x"), "-N", "20", "--mask", str(mask)]) == 1
    assert main(["analyze_landscape", str(run), "7", "-o", str(tmp_path / "y"), "-N", "20", "--skip-vol"]) == 1
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()
    assert "sketch maps are missing" in capsys.readouterr().err


def test_analyze_landscape_full_places_every_particle(junk_run, tmp_path, capsys):
    """Volume PCs predicted from z for all particles (junk included) separate the states and the junk."""
    sim, run, labels = junk_run
    landscape = tmp_path / "landscape"
    keep = np.sort(labels.loc[~labels["is_junk"], "particle"].to_numpy())
    save_pkl(keep, tmp_path / "keep.pkl")
    assert main(["analyze_landscape_full", str(run), "7", "--landscape-dir", str(landscape)]) == 1
    assert "run analyze_landscape first" in capsys.readouterr().err
    assert main(["analyze_landscape", str(run), "7", "-o", str(landscape), "-N", "100", "-M", "3", "--pc-dim", "8",
                 "--ind", str(tmp_path / "keep.pkl")]) == 0
    assert main(["analyze_landscape_full", str(run), "7", "--landscape-dir", str(landscape), "-N", "300",
                 "--epochs", "40"]) == 0
    full = landscape / "landscape_full"
    assert float((full / "regressor_r2.txt").read_text()) > 0.9  # measured 0.99
    coords = load_pkl(full / "vol_pcs_all.pkl")
    assert coords.shape == (len(labels), 8)
    from sklearn.metrics import adjusted_rand_score

    truth = labels.sort_values("particle")["class"].to_numpy()
    states = load_pkl(full / "state_labels.pkl")
    assert adjusted_rand_score(truth, states) >= 0.9  # junk a class of its own; measured 0.99
    assert (full / "vol_pcs_pairs.png").is_file()
