"""train_vae killed (SIGKILL) at random moments, again and again: every file under a final name is whole,
`--load latest` resumes from the last complete checkpoint, and the run finishes with a z for every particle."""

from __future__ import annotations

import pickle
import signal
import subprocess
import sys
import time

import numpy as np
import torch

from cryoscape.simulate import ClassSpec, HeterogeneitySpec, JunkSpec, SimulationSettings, assembly_model, simulate_dataset

EPOCHS = 200
N_PARTICLES = 300


def _command(sim, run, resume: bool) -> list[str]:
    return [sys.executable, "-m", "cryoscape", "train_vae", "--no-analysis", str(sim / "particles.mrcs"), "--poses", str(sim / "poses.pkl"),
            "--ctf", str(sim / "ctf.pkl"), "-n", str(EPOCHS), "--zdim", "2", "--enc-dim", "16", "--enc-layers", "1",
            "--dec-dim", "16", "--dec-layers", "1", "-b", "32", "-o", str(run)] + (["--load", "latest"] if resume else [])


def _check_every_final_file_is_whole(run) -> list[int]:
    epochs = []
    for path in run.glob("weights*.pkl"):
        state = torch.load(path, weights_only=True)  # raises on a torn file
        epochs.append(int(state["epoch"]))
    for path in run.glob("z*.pkl"):
        with open(path, "rb") as fh:
            mu, logvar = pickle.load(fh), pickle.load(fh)
        assert mu.shape == logvar.shape == (N_PARTICLES, 2), path
    return sorted(epochs)


def test_random_sigkills_never_lose_a_checkpoint(tmp_path):
    spec = HeterogeneitySpec(classes=(ClassSpec("full", 1.0, ("A", "B", "C", "D", "E", "F")),), junk=JunkSpec(0.0))
    sim = tmp_path / "sim"
    simulate_dataset(SimulationSettings(N_PARTICLES, 16, 17.0, 2.0, seed=5), spec, sim, model=assembly_model(),
                     progress=False)
    rng = np.random.default_rng(0)
    kills, attempts, torn, finished_runs = 0, 0, 0, 0
    run, newest = tmp_path / "run0", -1
    while kills < 10 and attempts < 40:
        attempts += 1
        resume = any(run.glob("weights.*.pkl"))
        process = subprocess.Popen(_command(sim, run, resume), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(1.5, 4.0))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
        else:  # this run finished between kills: check it, then go on killing a fresh one
            assert process.returncode == 0, process.stderr.read().decode()[-500:]
            assert _check_every_final_file_is_whole(run)[-1] == EPOCHS - 1
            finished_runs += 1
            run, newest = tmp_path / f"run{finished_runs}", -1
            continue
        torn += bool(list(run.glob(".*.tmp")))  # the kill landed while a checkpoint was being written
        epochs = _check_every_final_file_is_whole(run)
        if epochs:
            assert epochs[-1] >= newest  # progress is never lost
            newest = epochs[-1]
    assert kills >= 10, f"only {kills} kills landed in {attempts} attempts"
    resume_final = any(run.glob("weights.*.pkl"))
    done = subprocess.run(_command(sim, run, resume_final), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-800:]
    assert _check_every_final_file_is_whole(run)[-1] == EPOCHS - 1
    with open(run / "z.pkl", "rb") as fh:
        assert pickle.load(fh).shape == (N_PARTICLES, 2)
    log = (run / "run.log").read_text()
    assert f"epoch {EPOCHS - 1}: loss" in log and (not resume_final or "resuming from" in log)
    assert not list(run.glob(".*.tmp"))  # unfinished writes of killed runs are cleared on resume
    print(f"{kills} SIGKILLs over {finished_runs + 1} runs, {torn} during a checkpoint write")
