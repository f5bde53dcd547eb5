"""Latent-space building blocks on synthetic latents, and the analysis commands' refusals."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.decomposition import PCA

from cryoscape.analysis import (latent_magnitude, parse_polygon, pc_traversal, polygon_mask, run_pca, run_umap,
                                save_selection, zscore_mask)
from cryoscape.cli import main
from cryoscape.errors import InputError
from cryoscape.io import load_index, save_pkl


def test_pca_matches_scikit_learn(rng):
    z = rng.normal(size=(500, 5)) @ rng.normal(size=(5, 5))
    ours, theirs = run_pca(z), PCA().fit(z)
    np.testing.assert_allclose(ours.explained_variance_ratio, theirs.explained_variance_ratio_, rtol=1e-8)
    np.testing.assert_allclose(np.abs(ours.projections), np.abs(theirs.transform(z)), atol=1e-8)
    np.testing.assert_allclose(ours.unproject(ours.projections), z, atol=1e-8)


def test_pc_traversal_spans_percentiles_on_data(rng):
    z = rng.normal(size=(1000, 3)).astype(np.float32) * [3, 1, 0.2]
    pca = run_pca(z)
    values, indices = pc_traversal(z, pca, 1, 7)
    np.testing.assert_allclose(values[[0, -1]], np.percentile(pca.projections[:, 0], [1, 99]))
    assert len(indices) == 7 and np.all(np.diff(pca.projections[indices, 0]) > 0)
    with pytest.raises(InputError, match="PCs 1..3"):
        pc_traversal(z, pca, 4, 5)


def test_umap_on_a_subsample_places_every_point(rng):
    z = np.concatenate([rng.normal(0, 0.2, (300, 4)), rng.normal(4, 0.2, (300, 4))]).astype(np.float32)
    embedding, fitted = run_umap(z, seed=0, max_fit=200)
    assert embedding.shape == (600, 2) and fitted == 200 and np.isfinite(embedding).all()
    first, second = embedding[:300].mean(0), embedding[300:].mean(0)
    spread = max(embedding[:300].std(0).max(), embedding[300:].std(0).max())
    assert np.linalg.norm(first - second) > 3 * spread  # the two clusters stay apart


def test_zscore_measures_from_the_median(rng):
    good = rng.normal(0, 0.3, (900, 4)) + [3, 0, 0, 0]  # a populated state away from the origin
    junk = rng.normal(0, 0.3, (100, 4)) + [3, 4, 0, 0]
    z = np.concatenate([good, junk])
    by_median = zscore_mask(z, 1.0)
    assert by_median[900:].mean() == 1.0 and by_median[:900].mean() < 0.02
    assert np.allclose(latent_magnitude(z, "origin"), np.linalg.norm(z, axis=1))
    with pytest.raises(InputError):
        latent_magnitude(z, "mean")


def test_polygon_and_selection_files(tmp_path):
    square = parse_polygon("0,0, 1,0, 1,1, 0,1")
    inside = polygon_mask(np.array([[0.5, 0.5], [2, 2], [0.1, 0.9]]), square)
    assert inside.tolist() == [True, False, True]
    for bad in ("0,0,1", "a,b,c,d,e,f"):
        with pytest.raises(InputError):
            parse_polygon(bad)
    keep, bad = save_selection(tmp_path, inside, particle_ids=np.array([10, 20, 30]))
    assert keep.name == "ind_keep.1_particles.pkl" and bad.name == "ind_bad.2_particles.pkl"
    assert load_index(keep).tolist() == [20] and load_index(bad).tolist() == [10, 30]
    with pytest.raises(InputError, match="every particle"):
        save_selection(tmp_path, np.ones(3, bool))


@pytest.mark.parametrize("argv, message", [
    (["analyze", "{tmp}", "3"], "config.yaml"),
    (["analyze", "{tmp}/missing", "3"], "not a folder"),
    (["graph_traversal", "{tmp}/z.pkl", "--anchors", "0", "500", "-o", "{tmp}/p.txt"], "outside the 100 rows of z"),
    (["graph_traversal", "{tmp}/z.pkl", "--anchors", "0", "-o", "{tmp}/p.txt"], "at least two"),
    (["pc_traversal", "{tmp}/z.pkl", "--pc", "9", "-o", "{tmp}/pcs"], "PCs 1..4"),
    (["graph_traversal", "{tmp}/nan.pkl", "--anchors", "0", "1", "-o", "{tmp}/p.txt"], "NaN"),
])
def test_analysis_commands_refuse_bad_input(tmp_path, capsys, rng, argv, message):
    save_pkl(rng.normal(size=(100, 4)).astype(np.float32), tmp_path / "z.pkl")
    save_pkl(np.full((100, 4), np.nan, np.float32), tmp_path / "nan.pkl")
    assert main([a.format(tmp=tmp_path) for a in argv]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err, err
    assert not (tmp_path / "p.txt").exists() and not (tmp_path / "pcs").exists()


def test_analyze_names_the_saved_epochs(junk_run, capsys):
    sim, run, truth = junk_run
    assert main(["analyze", str(run), "5"]) == 1
    err = capsys.readouterr().err
    assert "epochs saved" in err and "3, 7" in err, err
    assert main(["filter", str(run), "7", "--kmeans", "5"]) == 1
    assert "go together" in capsys.readouterr().err
    assert main(["filter", str(run), "7", "--kmeans", "12", "--exclude", "40"]) == 1
    assert "do not exist" in capsys.readouterr().err
