"""A short training run on simulated data with three states and 17% junk, analysed once per session."""

from __future__ import annotations

import pandas as pd
import pytest

from cryoscape.cli import main
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.simulate import ClassSpec, HeterogeneitySpec, JunkSpec, SimulationSettings, assembly_model, simulate_dataset
from cryoscape.training import run_training

KSAMPLE = 12


@pytest.fixture(scope="session")
def junk_run(tmp_path_factory):
    """(simulation folder, training folder, truth labels table) after 8 epochs and `analyze … --ksample 12`."""
    root = tmp_path_factory.mktemp("junk_run")
    spec = HeterogeneitySpec(
        groups={"core": ("A", "B")},
        classes=(ClassSpec("body", 0.34, ("A",)), ClassSpec("core", 0.33, ("core",)),
                 ClassSpec("full", 0.33, ("core", "C", "D", "E", "F"))),
        junk=JunkSpec(0.15))
    sim, run = root / "sim", root / "run"
    simulate_dataset(SimulationSettings(2000, 32, 6.0, 2.0, seed=3), spec, sim, model=assembly_model(), progress=False)
    model = {"zdim": 8, "enc_dim": 128, "enc_layers": 2, "dec_dim": 128, "dec_layers": 3}
    run_training(DataConfig(str(sim / "particles.mrcs"), str(sim / "poses.pkl"), str(sim / "ctf.pkl")), model,
                 TrainConfig(epochs=8, lr=1e-3, checkpoint_every=4), run, progress=False)
    assert main(["analyze", str(run), "7", "--ksample", str(KSAMPLE), "--n-per-pc", "5"]) == 0
    return sim, run, pd.read_csv(sim / "truth" / "labels.csv")
