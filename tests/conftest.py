"""Fixtures: the shared real-data folder, small synthetic objects, and one short training run with junk
(three states + 17% junk, 8 epochs, analysed with `analyze … --ksample 12`) shared by the analysis tests."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from cryoscape.logs import setup_logging
import pandas as pd

from cryoscape.cli import main
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.simulate import ClassSpec, HeterogeneitySpec, JunkSpec, SimulationSettings, assembly_model, simulate_dataset
from cryoscape.training import run_training

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("CRYOSCAPE_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))
FORMATS = SHARED_DATA / "formats"
REFERENCE = FORMATS / "reference"


# CI sets this: there the real files of ../shared/data must be present, and their absence is a failure
REQUIRE_SHARED_DATA = os.environ.get("CRYOSCAPE_REQUIRE_SHARED_DATA") == "1"


def require_shared(path: Path) -> Path:
    """Return ``path`` (under the shared data folder); skip the test, with the reason, when it is absent
    (a clone of the repository on its own), or fail when CRYOSCAPE_REQUIRE_SHARED_DATA=1."""
    if not path.exists():
        reason = (f"shared test data not found at {path} (a clone without ../shared beside it); "
                  "set CRYOSCAPE_SHARED_DATA to its folder")
        if REQUIRE_SHARED_DATA:
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def formats_dir() -> Path:
    return require_shared(FORMATS)


@pytest.fixture(scope="session")
def reference_dir(formats_dir: Path) -> Path:
    return REFERENCE


@pytest.fixture(autouse=True)
def _quiet_logging():
    setup_logging()
    yield


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1234)


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
