"""clean and plot_classes on run folders."""

from __future__ import annotations

import numpy as np

from cryoscape.cli import main
from cryoscape.io import save_pkl


def test_clean_keeps_every_nth_the_last_and_analysed_epochs(tmp_path, capsys):
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").write_text("schema_version: 1\n")
    for epoch in range(12):
        for name in (f"weights.{epoch}.pkl", f"z.{epoch}.pkl"):
            (run / name).write_bytes(b"x" * 10)
    (run / "analyze.6").mkdir()
    (run / "run.log").write_text("log")
    assert main(["clean", str(run), "-n", "5", "--dry-run"]) == 0
    assert len(list(run.glob("weights.*.pkl"))) == 12  # dry run removes nothing
    assert main(["clean", str(run), "-n", "5"]) == 0
    kept = sorted(int(p.name.split(".")[1]) for p in run.glob("weights.*.pkl"))
    assert kept == [4, 6, 9, 11]  # cryoDRGN epochs 5 and 10, the analysed epoch, the last
    assert sorted(int(p.name.split(".")[1]) for p in run.glob("z.*.pkl")) == kept
    assert (run / "run.log").is_file() and (run / "config.yaml").is_file()
    other = tmp_path / "not_a_run"
    other.mkdir()
    (other / "weights.1.pkl").write_bytes(b"x")
    assert main(["clean", str(other)]) == 1
    assert (other / "weights.1.pkl").is_file()
    assert "not a training run folder" in capsys.readouterr().err


def test_plot_classes_from_labels_and_from_an_index(junk_run, tmp_path):
    sim, run, truth = junk_run
    labels = truth.sort_values("particle")["class"].to_numpy().astype(str)  # a numpy string array, as users save them
    save_pkl(labels, tmp_path / "labels.pkl")
    out = tmp_path / "plots"
    assert main(["plot_classes", str(run), "7", "--labels", str(tmp_path / "labels.pkl"), "-o", str(out),
                 "--plot-types", "scatter", "kde"]) == 0
    assert {p.name for p in out.iterdir()} >= {"pca_classes_scatter.png", "pca_classes_kde.png",
                                               "umap_classes_scatter.png", "umap_classes_kde.png"}
    save_pkl(np.arange(0, len(labels), 3), tmp_path / "ind.pkl")
    assert main(["plot_classes", str(run), "7", "--labels", str(tmp_path / "ind.pkl"), "-o", str(tmp_path / "p2"),
                 "--skip-umap"]) == 0
    save_pkl(np.zeros(5), tmp_path / "short.pkl")
    assert main(["plot_classes", str(run), "7", "--labels", str(tmp_path / "short.pkl"), "-o", str(tmp_path / "p3")]) == 1
