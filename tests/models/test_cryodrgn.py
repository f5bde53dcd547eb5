"""Runs trained by cryoDRGN 4.3.1 open in cryoscape: its decoder's maps match its own eval_vol; analyze and the
traversals read its folder (epochs numbered as its files are)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from cryoscape.cli import main
from cryoscape.io import read_mrc

RUN = Path(__file__).parent / "cryodrgn_run"


def test_eval_vol_reproduces_cryodrgns_map(tmp_path):
    assert main(["eval_vol", str(RUN / "weights.2.pkl"), "-c", str(RUN / "config.yaml"), "-z", "0.3", "-0.7",
                 "-o", str(tmp_path / "v.mrc")]) == 0
    ours, reference = read_mrc(tmp_path / "v.mrc")[0], read_mrc(RUN / "eval_vol.z0.3_-0.7.mrc")[0]
    assert ours.shape == reference.shape == (16, 16, 16)
    scale = np.abs(reference).max()
    assert np.abs(ours - reference).max() < 1e-4 * scale  # float32 arithmetic in both


def test_analyze_and_traversals_open_a_cryodrgn_run_folder(tmp_path, capsys):
    run = tmp_path / "run"
    shutil.copytree(RUN, run)
    assert main(["analyze", str(run), "2", "--ksample", "4", "--n-per-pc", "2", "--skip-umap"]) == 0
    maps = sorted((run / "analyze.2" / "kmeans4").glob("vol_*.mrc"))
    assert len(maps) == 4 and read_mrc(maps[0])[0].shape == (16, 16, 16)
    assert main(["direct_traversal", str(run / "z.2.pkl"), "--anchors", "0", "5", "-n", "3", "-o",
                 str(tmp_path / "p.txt")]) == 0
    assert main(["eval_vol", str(run / "weights.2.pkl"), "--zfile", str(tmp_path / "p.txt"), "-o",
                 str(tmp_path / "path")]) == 0
    assert len(list((tmp_path / "path").glob("vol_*.mrc"))) == 3
    assert main(["analyze", str(run), "3"]) == 1  # cryoDRGN's numbering: z.3.pkl does not exist
    assert "epochs saved" in capsys.readouterr().err


def test_dashboard_over_a_cryodrgn_run(tmp_path):
    from starlette.testclient import TestClient

    from cryoscape.analysis import TrainingRun
    from cryoscape.dashboard import MapMaker, create_app, open_explorer

    run = tmp_path / "run"
    shutil.copytree(RUN, run)
    assert main(["analyze", str(run), "2", "--ksample", "4", "--skip-vol"]) == 0
    explorer = open_explorer(run)
    with TestClient(create_app(explorer, MapMaker(explorer.run))) as client:
        assert client.get("/api/summary").status_code == 200
        described = client.post("/api/map", json={"row": 5}).json()
        assert client.get(f"/api/map/{described['key']}/mesh").status_code == 200
    maker = MapMaker(TrainingRun.open(run, 2))
    assert maker.warm() is False  # no z-independent first layer to cache: cryoDRGN's network concatenates z
    shown = maker.decode("a", np.array([0.3, -0.7], np.float32))
    reference = read_mrc(RUN / "eval_vol.z0.3_-0.7.mrc")[0]
    assert np.abs(shown.volume - reference).max() < 1e-4 * np.abs(reference).max()
    assert shown.apix > 0 and maker.decode("b", np.zeros(2, np.float32), box=8).volume.shape == (8, 8, 8)


def test_learning_curve_reads_cryodrgns_log():
    from cryoscape.analysis import learning_curve

    curve = learning_curve(RUN)
    assert curve["epoch"].tolist() == [1, 2]  # its own numbering, as its files
    assert np.isfinite(curve[["loss", "mse", "kl"]].to_numpy()).all() and (curve["loss"] >= curve["mse"]).all()


@pytest.mark.parametrize("encoding", ["geom_ft", "geom_full", "geom_lowf", "geom_nohighf", "linear_lowf"])
def test_every_cryodrgn_positional_encoding_gives_its_map(encoding, tmp_path):
    folder = Path(__file__).parent / "cryodrgn_encodings" / encoding
    assert main(["eval_vol", str(folder / "weights.1.pkl"), "-c", str(folder / "config.yaml"), "-z", "0.3", "-0.7",
                 "-o", str(tmp_path / "v.mrc")]) == 0
    reference = read_mrc(folder / "eval_vol.z0.3_-0.7.mrc")[0]
    assert np.abs(read_mrc(tmp_path / "v.mrc")[0] - reference).max() < 1e-5 * np.abs(reference).max()  # measured ≤ 1.2e-7


def test_eval_images_refuses_cryodrgn_weights_in_one_line(tmp_path, capsys):
    sim = tmp_path / "sim"
    assert main(["simulate", "--preset", "assembly", "-n", "16", "-D", "16", "--apix", "18", "--snr", "2",
                 "-o", str(sim)]) == 0
    assert main(["eval_images", str(sim / "particles.mrcs"), str(RUN / "weights.2.pkl"), "-c", str(RUN / "config.yaml"),
                 "--poses", str(sim / "poses.pkl"), "-o", str(tmp_path / "l.pkl"), "--out-z", str(tmp_path / "z.pkl")]) == 1
    err = capsys.readouterr().err
    assert "cryodrgn eval_images" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "l.pkl").exists()
