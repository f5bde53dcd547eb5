"""Benchmark: ``analyze`` on 100,000 latents (UMAP, k-means K=20, 20 k-means + 20 PC maps at box 64), and graph_traversal.

Trains one short epoch of a 256×3 model at box 64 on a small simulated set (cryoscape and, with
``--cryodrgn``, cryoDRGN 4.3.1 from a separate environment), then replaces the latents with N
synthetic ones (eight Gaussian clusters in 8-D: the cost of analyze depends on N, not on how the
latents were made) and times each tool's ``analyze`` end to end, start-up included. Prints
wall-clock seconds and peak memory of each, and the ratio.

    python benchmarks/bench_analyze.py [--n 100000] [--cryodrgn /path/to/venv/bin/cryodrgn]
"""

from __future__ import annotations

import argparse
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml


def synthetic_latents(n: int, zdim: int = 8, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 2.5, (8, zdim))
    return (centres[rng.integers(0, 8, n)] + rng.normal(0, 0.7, (n, zdim))).astype(np.float32)


_MEASURE = ("import resource, subprocess, sys\n"
            "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
            "sys.exit(done.returncode)")


def timed(argv: list[str]) -> tuple[float, float]:
    """Run a command in a fresh wrapper process; return (wall seconds, its peak RSS in GB)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURE] + argv, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1]) / 1e6


def train_args(sim: Path) -> list[str]:
    return ["train_vae", "--no-analysis", str(sim / "particles.mrcs"), "--poses", str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"),
            "--zdim", "8", "-n", "1", "--enc-dim", "256", "--dec-dim", "256", "--enc-layers", "3", "--dec-layers", "3"]


def cryoscape_case(sim: Path, work: Path, z: np.ndarray) -> tuple[float, float]:
    run = work / "ours"
    subprocess.run([sys.executable, "-m", "cryoscape"] + train_args(sim) + ["-o", str(run)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(run / "z.0.pkl", "wb") as fh:
        pickle.dump(z, fh)
    config = yaml.safe_load((run / "config.yaml").read_text())
    config["data"]["n_particles"] = len(z)  # the latents stand in for a run on N particles
    (run / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return timed([sys.executable, "-m", "cryoscape", "analyze", str(run), "0", "--ksample", "20"])


def cryodrgn_case(cryodrgn: str, sim: Path, work: Path, z: np.ndarray) -> tuple[float, float]:
    run = work / "theirs"
    subprocess.run([cryodrgn] + train_args(sim) + ["--no-analysis", "-o", str(run)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    epochs = sorted(int(m.group(1)) for p in run.glob("z.*.pkl") if (m := re.match(r"z\.(\d+)\.pkl$", p.name)))
    epoch = epochs[-1]
    with open(run / f"z.{epoch}.pkl", "wb") as fh:
        pickle.dump(z, fh)
    return timed([cryodrgn, "analyze", str(run), str(epoch), "--ksample", "20"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="latents analysed")
    parser.add_argument("--cryodrgn", help="path to a cryodrgn executable (separate environment)")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_analyze_", dir=args.workdir))
    try:
        sim = work / "sim"
        subprocess.run([sys.executable, "-m", "cryoscape", "simulate", "--preset", "assembly", "-n", "200", "-D", "64",
                        "--apix", "3", "--snr", "0.5", "-o", str(sim)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        z = synthetic_latents(args.n)
        ours, ours_gb = cryoscape_case(sim, work, z)
        print(f"analyze, {args.n} latents (zdim 8), UMAP, K=20, 40 maps at box 64 (256×3 decoder), 2 cores")
        print(f"cryoscape: {ours:7.1f} s, peak RSS {ours_gb:.2f} GB")
        path_s, path_gb = timed([sys.executable, "-m", "cryoscape", "graph_traversal", str(work / "ours" / "z.0.pkl"),
                                 "--anchors", "0", "1", "2", "-o", str(work / "z_path.txt"),
                                 "--outind", str(work / "path.txt")])
        print(f"cryoscape graph_traversal through 3 anchors of {args.n} latents: {path_s:.1f} s, peak RSS {path_gb:.2f} GB")
        if args.cryodrgn:
            theirs, theirs_gb = cryodrgn_case(args.cryodrgn, sim, work, z)
            print(f"cryoDRGN:  {theirs:7.1f} s, peak RSS {theirs_gb:.2f} GB")
            print(f"cryoscape takes {ours / theirs:.2f} of cryoDRGN's time ({theirs / ours:.1f}× faster)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
