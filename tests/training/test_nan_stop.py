"""A NaN loss stops training at once, names the last good checkpoint, and writes no NaN weights."""

from __future__ import annotations

import pytest
import torch

import cryoscape.training.loop as loop
import cryoscape.training.run as run_module
from cryoscape.cli import main
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.simulate import ClassSpec, HeterogeneitySpec, JunkSpec, SimulationSettings, assembly_model, simulate_dataset
from cryoscape.training import TrainingError, run_training


def test_nan_loss_stops_with_the_last_good_checkpoint(tmp_path, monkeypatch, capsys):
    spec = HeterogeneitySpec(classes=(ClassSpec("full", 1.0, ("A", "B", "C", "D", "E", "F")),), junk=JunkSpec(0.0))
    sim = tmp_path / "sim"
    simulate_dataset(SimulationSettings(64, 16, 17.0, 2.0, seed=6), spec, sim, model=assembly_model(), progress=False)
    real_loss, calls = loop.vae_objective, {"n": 0}

    def loss_turning_nan(*args, **kwargs):  # from the 3rd epoch on (8 steps of 8 images per epoch)
        calls["n"] += 1
        loss, mse, kl = real_loss(*args, **kwargs)
        return (loss * float("nan"), mse, kl) if calls["n"] > 16 else (loss, mse, kl)

    monkeypatch.setattr(loop, "vae_objective", loss_turning_nan)
    # on the CPU: a CUDA graph would replay the captured loss without calling the patched function again
    monkeypatch.setattr(run_module, "pick_device", lambda group=None: torch.device("cpu"))
    data = DataConfig(str(sim / "particles.mrcs"), str(sim / "poses.pkl"), str(sim / "ctf.pkl"))
    small = {"zdim": 2, "enc_dim": 16, "enc_layers": 1, "dec_dim": 16, "dec_layers": 1}
    with pytest.raises(TrainingError, match=r"last good checkpoint: weights file .*weights\.1\.pkl"):
        run_training(data, small, TrainConfig(epochs=5), tmp_path / "run", progress=False)
    assert sorted(p.name for p in (tmp_path / "run").glob("weights*.pkl")) == ["weights.0.pkl", "weights.1.pkl"]
    state = torch.load(tmp_path / "run" / "weights.1.pkl", weights_only=True)
    assert all(torch.isfinite(v).all() for v in state["model"].values())
    # through the command line: one line, exit 1
    calls["n"] = 0
    assert main(["train_vae", "--no-analysis", str(sim / "particles.mrcs"), "--poses", str(sim / "poses.pkl"), "--ctf",
                 str(sim / "ctf.pkl"), "-n", "5", "--zdim", "2", "--enc-dim", "16", "--enc-layers", "1", "--dec-dim",
                 "16", "--dec-layers", "1", "-o", str(tmp_path / "cli")]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "loss became nan" in err and "weights.1.pkl" in err and "--load" in err


def test_freed_memory_is_kept_for_reuse_on_glibc():
    import platform

    from cryoscape.training.allocator import retain_freed_memory

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert retain_freed_memory() is expected
