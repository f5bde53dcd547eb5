"""Benchmark: ``analyze_convergence`` over 50 epochs × 100,000 particles, 10 maxima, maps every 5 epochs at box 64.

Trains one epoch of a 256×3 model at box 64 on a small simulated set to get a real decoder, then
writes 50 epochs of synthetic latents for N particles (twelve clusters; particles drift until epoch
30, then jitter) and copies the weights to every sampled epoch (the cost of a map does not depend
on the weights). Times the whole command, start-up included, and prints its peak memory.

    python benchmarks/bench_convergence.py [--n 100000] [--epochs 50]
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import yaml

from bench_analyze import timed


def write_run(run: Path, n: int, epochs: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 3.0, (12, 8))
    final = (centres[rng.integers(0, 12, n)] + rng.normal(0, 0.6, (n, 8))).astype(np.float32)
    direction = rng.normal(0, 1, (n, 8)).astype(np.float32)
    log_lines = []
    for epoch in range(epochs):
        remaining = max(0.0, (30 - epoch) / 30)
        z = final + remaining * direction + 0.03 * rng.normal(size=(n, 8)).astype(np.float32)
        with open(run / f"z.{epoch}.pkl", "wb") as fh:
            pickle.dump(z.astype(np.float32), fh)
        loss = 1.0 + 0.3 * remaining ** 2
        log_lines.append(f"epoch {epoch}: loss {loss:.6f}  mse {loss - 0.01:.6f}  kl 10.0000  1.0 s  1 img/s")
        if epoch % 5 == 4:
            shutil.copy(run / "weights.0.pkl", run / f"weights.{epoch}.pkl")
    (run / "run.log").write_text("\n".join(log_lines) + "\n")
    config = yaml.safe_load((run / "config.yaml").read_text())
    config["data"]["n_particles"] = n
    (run / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_convergence_", dir=args.workdir))
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    try:
        sim, run = work / "sim", work / "run"
        subprocess.run([sys.executable, "-m", "cryoscape", "simulate", "--preset", "assembly", "-n", "200", "-D", "64",
                        "--apix", "3", "--snr", "0.5", "-o", str(sim)], **quiet)
        subprocess.run([sys.executable, "-m", "cryoscape", "train_vae", "--no-analysis", str(sim / "particles.mrcs"), "--poses",
                        str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"), "-n", "1", "-o", str(run)], **quiet)
        write_run(run, args.n, args.epochs)
        last = args.epochs - 1
        seconds, peak_gb = timed([sys.executable, "-m", "cryoscape", "analyze_convergence", str(run), str(last),
                                  "--subset", str(args.n)])
        summary = json.loads((run / f"convergence.{last}" / "summary.json").read_text())
        print(f"analyze_convergence: {args.epochs} epochs × {args.n} particles, {len(summary['maxima'])} maxima, maps at "
              f"{len(summary['sampled_epochs'])} epochs (box 64, 256×3), 2 cores")
        print(f"  {seconds:.1f} s, peak RSS {peak_gb:.2f} GB; plateaus {summary['plateaus']}")
        print(f"  verdict: {summary['verdict']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
