"""Benchmark: cryo-ET tilt-series training, cryoscape vs cryoDRGN 4.3.1 (``--encode-mode tilt``), against the truth.

The data: ``simulate --tilt-series`` of the built-in assembly in two states (full vs its A+B+C core), expanded
with cryoscape's ``parse_relion`` (rows in acquisition order with ``_rlnGroupName``, which cryoDRGN-ET groups
by). Both tools train on the same star file, poses and CTF with the same widths (encoder, per-tilt network,
decoder), ``--ntilts``, dose per tilt and tilt step (``-d``/``-a``), batch, learning rate and epochs, one after the other on this machine (``--order``).
Scored per tool: 10-NN state purity of the final z, per-state FSC area of the map decoded at each state's
median latent (each tool's own ``eval_vol``) against the true map, and training throughput in tilt images
per second (epoch times from each tool's log). Prints the table and writes ``tilt.csv`` in ``--out``.

    python benchmarks/tilt.py --cryodrgn /path/to/env/bin/cryodrgn [--n 400 --box 64 --epochs 10] --out DIR
"""

from __future__ import annotations

import argparse
import pickle
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.neighbors import NearestNeighbors

from cryoscape.fourier import fsc
from cryoscape.io import read_mrc

CRYOSCAPE = [sys.executable, "-m", "cryoscape"]
STATES = {"full": ["A", "B", "C", "D", "E", "F"], "core": ["A", "B", "C"]}


def simulate(out: Path, args: argparse.Namespace) -> Path:
    sim = out / "sim"
    if (sim / "particles_2d.star").is_file():
        return sim
    config = out / "states.yaml"
    config.write_text(yaml.safe_dump({"classes": [{"name": k, "fraction": 0.5, "present": v} for k, v in STATES.items()],
                                      "junk": {"fraction": 0.0}}))
    subprocess.run([*CRYOSCAPE, "simulate", "--preset", "assembly", "--config", str(config), "-n", str(args.n),
                    "-D", str(args.box), "--apix", str(3.0 * 64 / args.box), "--snr", str(args.snr), "--tilt-series",
                    "--tilt-step", str(args.tilt_step), "--dose-per-tilt", str(args.dose_per_tilt), "--seed", str(args.seed), "-o", str(sim)], check=True,
                   capture_output=True)
    subprocess.run([*CRYOSCAPE, "parse_relion", "-t", str(sim / "tomograms.star"), "-p", str(sim / "particles.star"),
                    "-o", str(sim / "particles_2d.star"), "--poses", str(sim / "poses.pkl"), "--ctf",
                    str(sim / "ctf.pkl")], check=True, capture_output=True)
    return sim


def train(tool: str, executable: list[str], sim: Path, outdir: Path, args: argparse.Namespace) -> float:
    if (outdir / "z.pkl").is_file() or (outdir / f"z.{args.epochs}.pkl").is_file():
        return float("nan")
    common = [str(sim / "particles_2d.star"), "--poses", str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"),
              "--encode-mode", "tilt", "--ntilts", str(args.ntilts), "--zdim", str(args.zdim), "-n", str(args.epochs),
              "-b", str(args.batch), "--lr", str(args.lr), "--enc-dim", str(args.dim), "--dec-dim", str(args.dim),
              "--tdim", str(args.dim), "--t-emb-dim", "64", "-d", str(args.dose_per_tilt), "-a", str(args.tilt_step),
              "-o", str(outdir)]
    extra = ["--no-analysis"] if tool == "cryoscape" else ["--datadir", str(sim), "--no-analysis", "--no-amp"]
    started = time.time()
    result = subprocess.run([*executable, "train_vae", *common, *extra], capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"{tool} failed:\n{(result.stdout + result.stderr)[-3000:]}")
    return time.time() - started


def epoch_seconds(tool: str, outdir: Path) -> list[float]:
    log = (outdir / "run.log").read_text()
    if tool == "cryoscape":
        return [float(s) for s in re.findall(r"epoch \d+: loss .*?  ([\d.]+) s ", log)]
    return [int(h) * 3600 + int(m) * 60 + float(s)
            for h, m, s in re.findall(r"Epoch: \d+ Average.*Finished in (\d+):(\d+):([\d.]+)", log)]


def score(tool: str, executable: list[str], sim: Path, outdir: Path, args: argparse.Namespace, n_images: int) -> dict:
    z_path = outdir / "z.pkl" if (outdir / "z.pkl").is_file() else outdir / f"z.{args.epochs}.pkl"
    z = pickle.load(open(z_path, "rb"))
    labels = pd.read_csv(sim / "truth" / "labels.csv")["class"].to_numpy(dtype=object)
    neighbours = NearestNeighbors(n_neighbors=11).fit(z).kneighbors(z, return_distance=False)[:, 1:]
    row = {"tool": tool, "purity": float((labels[neighbours] == labels[:, None]).mean())}
    weights = outdir / ("weights.pkl" if (outdir / "weights.pkl").is_file() else f"weights.{args.epochs}.pkl")
    for state in STATES:
        zfile = outdir / f"z_{state}.txt"
        np.savetxt(zfile, np.median(z[labels == state], axis=0)[None])
        volume_path = outdir / f"{state}.mrc"
        subprocess.run([*executable, "eval_vol", str(weights), "-c", str(outdir / "config.yaml"), "--zfile",
                        str(zfile), "-o", str(volume_path), "--Apix", str(3.0 * 64 / args.box)], check=True,
                       capture_output=True)
        if volume_path.is_dir():  # a --zfile makes both tools write a folder of maps
            volume_path = sorted(volume_path.glob("*.mrc"))[0]
        volume, _ = read_mrc(volume_path)
        truth, _ = read_mrc(sim / "truth" / "maps" / f"{state}.mrc")
        row[f"fsc_{state}"] = float(fsc(volume, truth)[1].mean())
    seconds = epoch_seconds(tool, outdir)
    per_epoch_images = args.ntilts * args.n
    row["s_per_epoch"] = float(np.median(seconds)) if seconds else float("nan")
    row["tilt_images_per_s"] = per_epoch_images / row["s_per_epoch"]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cryodrgn", required=True, help="cryoDRGN 4.3.1's cryodrgn executable")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--n", type=int, default=400, help="particles")
    parser.add_argument("--box", type=int, default=64)
    parser.add_argument("--snr", type=float, default=0.5)
    parser.add_argument("--tilt-step", type=float, default=6.0)
    parser.add_argument("--dose-per-tilt", type=float, default=3.0, help="e-/Å² per tilt (both tools get -d and -a)")
    parser.add_argument("--ntilts", type=int, default=8)
    parser.add_argument("--zdim", type=int, default=4)
    parser.add_argument("--dim", type=int, default=256, help="width of every network, both tools")
    parser.add_argument("--epochs", type=int, default=14)
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--order", choices=["cryoscape-first", "cryodrgn-first"], default="cryoscape-first")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sim = simulate(args.out, args)
    n_images = sum(1 for line in (sim / "particles_2d.star").read_text().splitlines() if "@" in line)
    tools = [("cryoscape", CRYOSCAPE), ("cryodrgn", [args.cryodrgn])]
    if args.order == "cryodrgn-first":
        tools.reverse()
    for tool, executable in tools:
        wall = train(tool, executable, sim, args.out / tool, args)
        print(f"{tool}: trained in {wall:.0f} s", flush=True)
    rows = [score(tool, executable, sim, args.out / tool, args, n_images) for tool, executable in tools]
    table = pd.DataFrame(rows)
    table.to_csv(args.out / "tilt.csv", index=False)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    ours, theirs = table.set_index("tool").loc["cryoscape"], table.set_index("tool").loc["cryodrgn"]
    print(f"speed ratio cryoscape / cryoDRGN: {ours.tilt_images_per_s / theirs.tilt_images_per_s:.2f}×")


if __name__ == "__main__":
    main()
