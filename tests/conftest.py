"""Fixtures: the shared real-data folder and small synthetic objects."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from cryoscape.logs import setup_logging

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("CRYOSCAPE_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))
FORMATS = SHARED_DATA / "formats"
REFERENCE = FORMATS / "reference"


@pytest.fixture(scope="session")
def formats_dir() -> Path:
    if not FORMATS.is_dir():
        pytest.fail(f"shared test data not found at {FORMATS}; set CRYOSCAPE_SHARED_DATA")
    return FORMATS


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
