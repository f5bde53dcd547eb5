"""Cryo-ET: train_vae --encode-mode tilt separates two states of simulated tilt series; backproject_voxel --tilt
recovers the map."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from sklearn.neighbors import NearestNeighbors

from cryoscape.cli import main
from cryoscape.fourier import fsc
from cryoscape.io import read_mrc


@pytest.fixture(scope="module")
def two_states(tmp_path_factory) -> Path:
    """200 particles (full assembly vs its A+B+C core), box 32, SNR 0.5, ±60° in 6° steps, expanded."""
    folder = tmp_path_factory.mktemp("tilt2")
    config = folder / "states.yaml"
    config.write_text(yaml.safe_dump({"classes": [
        {"name": "full", "fraction": 0.5, "present": ["A", "B", "C", "D", "E", "F"]},
        {"name": "core", "fraction": 0.5, "present": ["A", "B", "C"]}], "junk": {"fraction": 0.0}}))
    sim = folder / "sim"
    assert main(["simulate", "--preset", "assembly", "--config", str(config), "-n", "200", "-D", "32", "--apix", "6",
                 "--snr", "0.5", "--tilt-series", "--tilt-step", "6", "-o", str(sim)]) == 0
    assert main(["parse_relion", "-t", str(sim / "tomograms.star"), "-p", str(sim / "particles.star"),
                 "-o", str(sim / "particles_2d.star"), "--poses", str(sim / "poses.pkl"),
                 "--ctf", str(sim / "ctf.pkl")]) == 0
    return sim


def test_tilt_encoder_separates_states(two_states, tmp_path):
    out = tmp_path / "run"
    assert main(["train_vae", str(two_states / "particles_2d.star"), "--poses", str(two_states / "poses.pkl"),
                 "--ctf", str(two_states / "ctf.pkl"), "--encode-mode", "tilt", "--ntilts", "8", "--zdim", "4",
                 "-n", "14", "-b", "4", "--lr", "1e-3", "--enc-dim", "64", "--dec-dim", "64", "--no-analysis",
                 "-o", str(out)]) == 0  # 64 wide: 10-NN purity 0.93, 0.95, 0.96 after epochs 12-14, 16 s (256: 107 s)
    z = pickle.load(open(out / "z.pkl", "rb"))
    labels = pd.read_csv(two_states / "truth" / "labels.csv")["class"].to_numpy(dtype=object)
    assert z.shape == (200, 4)  # one latent per particle, not per tilt image
    neighbours = NearestNeighbors(n_neighbors=11).fit(z).kneighbors(z, return_distance=False)[:, 1:]
    purity = float((labels[neighbours] == labels[:, None]).mean())
    print(f"tilt encoder 10-NN purity: {purity:.3f}")
    assert purity >= 0.9


def test_tilt_backprojection_matches_truth(two_states, tmp_path):
    out = tmp_path / "bp" / "map.mrc"
    assert main(["backproject_voxel", str(two_states / "particles_2d.star"), "--poses", str(two_states / "poses.pkl"),
                 "--ctf", str(two_states / "ctf.pkl"), "--tilt", "--ntilts", "10", "-o", str(out)]) == 0
    volume, _ = read_mrc(out)
    truth = np.mean([read_mrc(two_states / "truth" / "maps" / f"{name}.mrc")[0] for name in ("full", "core")], axis=0)
    _, curve = fsc(volume, truth)
    print(f"tilt back-projection FSC area vs the mean true map: {curve.mean():.3f}")
    assert curve.mean() >= 0.8
