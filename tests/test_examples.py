"""The README's main job (for now a preprocessing run on the shared files) runs end to end."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np

from cryoscape.io import load_pkl, read_mrc
from tests.conftest import REPO_ROOT, SHARED_DATA, require_shared


def test_preprocess_example_script(tmp_path):
    require_shared(SHARED_DATA / "formats")
    env = dict(os.environ, CRYOSCAPE_SHARED_DATA=str(SHARED_DATA))
    result = subprocess.run(["bash", str(REPO_ROOT / "examples/preprocess_shared_data.sh"), str(tmp_path)],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "FSC = 0.143" in result.stdout
    assert load_pkl(tmp_path / "P12_J24.poses.pkl")[0].shape == (2019, 3, 3)
    assert (tmp_path / "relion31.128.txt").read_text().split() == [
        "relion31.128.0.mrcs", "relion31.128.1.mrcs", "relion31.128.2.mrcs"]
    vol, header = read_mrc(Path(tmp_path) / "backproject.hand.32.mrc")
    assert vol.shape == (32, 32, 32) and np.isfinite(vol).all() and header.apix == 2.0
