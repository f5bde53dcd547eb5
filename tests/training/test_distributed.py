"""train_vae under torchrun with 2 CPU processes (gloo): it completes and z is in particle order."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import numpy as np
import torch

from cryoscape.models import DataConfig, HetVAE, run_config_from_dict
from cryoscape.models import load_checkpoint
from cryoscape.training import encode_all, load_training_data
from tests.training.test_training import three_states


def test_two_process_torchrun_writes_one_z_per_particle_in_order(tmp_path):
    sim = three_states(203, tmp_path / "sim", seed=8)  # odd count: shards differ, z must not
    # --standalone: the rendezvous binds a free port itself (no race between choosing a port and binding it)
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", "-m", "cryoscape",
               "train_vae", "--no-analysis", str(sim / "particles.mrcs"), "--poses", str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"), "--zdim", "4", "--enc-dim", "32",
               "--dec-dim", "32", "-n", "2", "--lr", "1e-3", "-o", str(tmp_path / "run")]
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}  # two CPU processes (gloo) on a GPU machine too
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "2 processes" in (tmp_path / "run/run.log").read_text()
    with open(tmp_path / "run/z.pkl", "rb") as fh:
        z = pickle.load(fh)
    assert z.shape == (203, 4) and np.isfinite(z).all()
    state = load_checkpoint(tmp_path / "run/weights.pkl")
    config = run_config_from_dict(state["config"])
    model = HetVAE(config.model)
    model.load_state_dict(state["model"])
    data = load_training_data(DataConfig(str(sim / "particles.mrcs"), str(sim / "poses.pkl"), str(sim / "ctf.pkl")),
                              spectrum_rms=config.dataset.spectrum_rms, progress=False)
    single_mu, _ = encode_all(model, data, torch.device("cpu"))
    np.testing.assert_allclose(z, single_mu, atol=1e-4)
