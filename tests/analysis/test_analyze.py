"""analyze, filter and traversals on a trained run: junk removal, k-means coverage, on-data paths, notebooks."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from cryoscape.analysis import graph_traversal, load_latents, nearest_on_data
from cryoscape.cli import main
from cryoscape.io import load_index, load_pkl, read_mrc
from tests.conftest import KSAMPLE


def _junk_verdict(excluded: np.ndarray, junk: np.ndarray) -> tuple[float, float]:
    return float(excluded[junk].mean()), float((~excluded[~junk]).mean())


def _filter(run, tmp_path, name, *flags) -> np.ndarray:
    out = tmp_path / name
    assert main(["filter", str(run), "7", *flags, "-o", str(out)]) == 0
    summary = json.loads((out / "filter_summary.json").read_text())
    assert (out / "filter_selection.png").stat().st_size > 0 and (out / "filter_particles.png").stat().st_size > 0
    bad = load_index(summary["ind_bad"])
    keep = load_index(summary["ind_keep"])
    assert len(keep) + len(bad) == 2000 and not set(keep) & set(bad)
    excluded = np.zeros(2000, bool)
    excluded[bad] = True
    return excluded


def _majority_junk(labels: np.ndarray, junk: np.ndarray) -> list[str]:
    """The clusters a user would exclude after looking at their maps: those made mostly of junk."""
    return [str(c) for c in np.unique(labels) if junk[labels == c].mean() > 0.5]


def test_three_filters_remove_junk_and_agree(junk_run, tmp_path):
    sim, run, truth = junk_run
    junk = truth["is_junk"].to_numpy().astype(bool)
    kmeans_labels = np.asarray(load_pkl(run / "analyze.7" / f"kmeans{KSAMPLE}" / "labels.pkl"))
    from cryoscape.analysis import gmm_labels
    gmm = gmm_labels(load_latents(run / "z.7.pkl"), 4, seed=0)  # the labels `filter --gmm 4` computes
    selections = {
        "kmeans": _filter(run, tmp_path, "km", "--kmeans", str(KSAMPLE), "--exclude", *_majority_junk(kmeans_labels, junk)),
        "gmm": _filter(run, tmp_path, "gmm", "--gmm", "4", "--exclude", *_majority_junk(gmm, junk)),
        "zscore": _filter(run, tmp_path, "zs", "--zscore", "0.75"),
    }
    figures = {name: _junk_verdict(mask, junk) for name, mask in selections.items()}
    message = "; ".join(f"{n}: junk removed {r:.3f}, good kept {k:.3f}" for n, (r, k) in figures.items())
    print(message)
    for name, (removed, kept) in figures.items():
        assert removed >= 0.9 and kept >= 0.95, message
    names = list(selections)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            jaccard = (selections[a] & selections[b]).sum() / (selections[a] | selections[b]).sum()
            print(f"{a} vs {b}: Jaccard {jaccard:.3f}")
            assert jaccard >= 0.8, f"{a} vs {b}: Jaccard {jaccard:.3f}; {message}"


def test_kmeans_centres_land_in_every_class(junk_run):
    sim, run, truth = junk_run
    centres = np.loadtxt(run / "analyze.7" / f"kmeans{KSAMPLE}" / "centers_ind.txt", dtype=int)
    classes = truth["class"].to_numpy()
    hit = set(classes[centres])
    for name, fraction in truth["class"].value_counts(normalize=True).items():
        if fraction >= 0.02:
            assert name in hit, f"no k-means centre in class {name} ({fraction:.1%}); centres in {sorted(hit)}"


def test_analyze_writes_what_the_protocol_lists(junk_run):
    sim, run, truth = junk_run
    out = run / "analyze.7"
    for name in ("z_pca.png", "z_pca_hexbin.png", "umap.png", "umap_hex.png", "learning_curve_epoch7.png",
                 "cryoscape_viz.ipynb", "cryoscape_filtering.ipynb", "particles.csv", "umap.pkl",
                 f"kmeans{KSAMPLE}/umap.png", f"kmeans{KSAMPLE}/z_pca.png", "pca_explained_variance.csv"):
        assert (out / name).stat().st_size > 0, name
    z = load_latents(run / "z.7.pkl")
    centres = np.loadtxt(out / f"kmeans{KSAMPLE}" / "centers.txt")
    ind = np.loadtxt(out / f"kmeans{KSAMPLE}" / "centers_ind.txt", dtype=int)
    np.testing.assert_allclose(centres, z[ind], atol=1e-5)  # on-data: the centres are particles' latents
    labels = np.asarray(load_pkl(out / f"kmeans{KSAMPLE}" / "labels.pkl"))
    assert labels.shape == (2000,) and set(labels) == set(range(KSAMPLE))
    volumes = sorted((out / f"kmeans{KSAMPLE}").glob("vol_*.mrc"))
    assert len(volumes) == KSAMPLE
    volume, header = read_mrc(volumes[0])
    assert volume.shape == (32, 32, 32) and header.apix == pytest.approx(6.0) and volume.std() > 0
    for pc in (1, 2):
        values = np.loadtxt(out / f"pc{pc}" / "pc_values.txt")
        assert len(sorted((out / f"pc{pc}").glob("vol_*.mrc"))) == 5 and np.all(np.diff(values) > 0)
        pcs = pd.read_csv(out / "particles.csv")[f"PC{pc}"].to_numpy()
        assert values[0] == pytest.approx(np.percentile(pcs, 1), rel=1e-4)
        assert values[-1] == pytest.approx(np.percentile(pcs, 99), rel=1e-4)
    ratios = pd.read_csv(out / "pca_explained_variance.csv")["explained_variance_ratio"]
    assert ratios.sum() == pytest.approx(1.0) and ratios.is_monotonic_decreasing
    assert load_pkl(out / "umap.pkl").shape == (2000, 2)


def test_graph_traversal_walks_real_particles_towards_the_target(junk_run, tmp_path):
    sim, run, truth = junk_run
    z = load_latents(run / "z.7.pkl")
    classes = truth["class"].to_numpy()
    for start_class, end_class in (("body", "full"), ("full", "core")):
        target = np.median(z[classes == end_class], axis=0)
        start = int(nearest_on_data(z, np.median(z[classes == start_class], axis=0)[None])[0])
        end = int(nearest_on_data(z, target[None])[0])
        assert main(["graph_traversal", str(run / "z.7.pkl"), "--anchors", str(start), str(end),
                     "--outind", str(tmp_path / "path.txt"), "-o", str(tmp_path / "zpath.txt")]) == 0
        path = np.loadtxt(tmp_path / "path.txt", dtype=int)
        np.testing.assert_allclose(np.loadtxt(tmp_path / "zpath.txt"), z[path], atol=1e-5)
        assert path[0] == start and path[-1] == end and len(set(path)) == len(path)
        distance = np.linalg.norm(z[path] - target, axis=1)
        steps = np.diff(distance)
        assert (steps <= 0).mean() >= 0.85 and steps.max() <= 0.05 * distance[0], np.round(distance, 2)
        assert classes[path[0]] == start_class and classes[path[-1]] == end_class


def test_notebooks_run_headless(junk_run):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    sim, run, truth = junk_run
    out = run / "analyze.7"
    for name in ("cryoscape_viz.ipynb", "cryoscape_filtering.ipynb"):
        notebook = nbformat.read(out / name, as_version=4)
        NotebookClient(notebook, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(out)}}).execute()
        images = sum(1 for cell in notebook.cells if cell.cell_type == "code"
                     for output in cell.get("outputs", []) if "image/png" in output.get("data", {}))
        assert images >= 4, f"{name} showed {images} figures"
    table = pd.read_csv(out / f"kmeans{KSAMPLE}_df.csv")
    assert len(table) == 2000 and f"Kmeans{KSAMPLE}" in table
    assert len(load_pkl(out / f"kmeans{KSAMPLE}_centers_ind.pkl")) == KSAMPLE
    assert len(list((out / "notebook_volumes").glob("vol_*.mrc"))) == 2
    assert load_index(run / "ind_keep.2000_particles.pkl").size == 2000  # nothing excluded by default


def test_graph_bridges_separate_regions():
    rng = np.random.default_rng(0)
    z = np.concatenate([rng.normal(0, 0.1, (200, 4)), rng.normal(5, 0.1, (200, 4))]).astype(np.float32)
    path, length = graph_traversal(z, [0, 399])
    assert path[0] == 0 and path[-1] == 399
    jumps = np.linalg.norm(np.diff(z[path], axis=0), axis=1)
    assert (jumps > 3).sum() == 1  # one bridge across the gap, at its narrowest
    assert length[-1] == pytest.approx(jumps.sum())
