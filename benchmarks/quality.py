"""Benchmark: reconstruction quality on a simulated assembly, cryoscape vs cryoDRGN at equal epochs.

Eight compositional states of the built-in assembly (one at 1%), the stalk hinge (±25°) in the
mature state, 10% junk. Both tools train on the same particles with the same architecture and
epochs; for each state the map decoded at the median latent of its particles is compared with the
ground truth (FSC: resolution at 0.5 and mean FSC up to Nyquist), and the latent's 10-nearest-
neighbour state purity over the good particles is printed. The issue's size is box 64 with ~8,000
particles; ``--box``/``--n``/``--epochs`` scale it to the machine at hand.

    python benchmarks/quality.py [--n 8000] [--box 64] [--epochs 20] [--seeds 3] [--cryodrgn /path/to/cryodrgn]
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from common import run_quiet
from sklearn.neighbors import NearestNeighbors

from cryoscape.fourier import fsc, resolution_at
from cryoscape.io import read_mrc

STATES = {  # name: (fraction of good particles, chains present)
    "mature": (0.30, ["A", "B", "C", "D", "E", "F"]),
    "no_stalk": (0.15, ["A", "B", "C", "E", "F"]),
    "no_cp": (0.12, ["A", "B", "D", "E", "F"]),
    "no_side": (0.10, ["A", "B", "C", "D"]),
    "early": (0.12, ["A", "B", "E"]),
    "core_only": (0.10, ["A", "B"]),
    "body_only": (0.10, ["A"]),
    "rare": (0.01, ["A", "B", "C", "F"]),
}


def settings_yaml(path: Path) -> None:
    config = {
        "classes": [{"name": k, "fraction": f, "present": chains} for k, (f, chains) in STATES.items()],
        "motion": {"group": "D", "axis": [0, 0, 1], "pivot_angstrom": [30.8, 15.4, 0.0],
                   "angle_range_deg": [-25, 25], "classes": ["mature"]},
        "junk": {"fraction": 0.1, "noise": 0.4, "fragment": 0.3, "offcentre": 0.3},
    }
    path.write_text(yaml.safe_dump(config, sort_keys=False))


def read_first_pickle(path: Path) -> np.ndarray:
    with open(path, "rb") as fh:
        return np.asarray(pickle.load(fh))


def purity(z: np.ndarray, labels: np.ndarray) -> float:
    _, neighbours = NearestNeighbors(n_neighbors=11).fit(z).kneighbors(z)
    return float((labels[neighbours[:, 1:]] == labels[:, None]).mean())


def score(tool: str, eval_vol: list[str], z: np.ndarray, sim: Path, work: Path, apix: float) -> dict:
    labels = pd.read_csv(sim / "truth/labels.csv")
    good = ~labels["is_junk"].to_numpy()
    names = labels["class"].to_numpy()
    row = {"tool": tool, "purity": purity(z[good], names[good])}
    for state in STATES:
        members = names == state
        if not members.any():
            continue
        median = np.median(z[members], axis=0)
        out = work / f"{tool}_{state}.mrc"
        run_quiet([*eval_vol, "-z", *[f"{v:.6f}" for v in median], "-o", str(out)])
        volume, _ = read_mrc(out)
        truth, _ = read_mrc(sim / f"truth/maps/{state}.mrc")
        freq, curve = fsc(volume, truth)
        row[state] = (resolution_at(freq, curve, 0.5, apix), float(curve[1:].mean()))
    return row


def print_rows(rows: list[dict], header: bool) -> None:
    if header:
        print(f"{'tool':10s} {'purity':>6s} " + " ".join(f"{s:>14s}" for s in STATES))
    for row in rows:
        cells = " ".join(f"{row[s][0]:6.1f}/{row[s][1]:.3f}".rjust(14) if s in row else f"{'-':>14s}"
                         for s in STATES)
        print(f"{row['tool']:10s} {row['purity']:6.3f} {cells}", flush=True)


def print_means(rows: list[dict]) -> None:
    """Print per tool the mean purity and, per state, mean resolution / mean FSC ± its standard deviation."""
    print(f"{'tool':10s} {'purity':>6s} " + " ".join(f"{s:>18s}" for s in STATES))
    for tool in dict.fromkeys(row["tool"] for row in rows):
        mine = [row for row in rows if row["tool"] == tool]
        cells = []
        for state in STATES:
            values = np.array([row[state] for row in mine if state in row])
            cells.append(f"{values[:, 0].mean():5.1f}/{values[:, 1].mean():.3f}±{values[:, 1].std():.3f}".rjust(18)
                         if len(values) else f"{'-':>18s}")
        purity_mean = np.mean([row["purity"] for row in mine])
        print(f"{tool:10s} {purity_mean:6.3f} " + " ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8000)
    parser.add_argument("--box", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--snr", type=float, default=0.1)
    parser.add_argument("--cryodrgn", help="path to a cryodrgn executable (separate environment)")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=FLAGS",
                        help="also train cryoscape with these extra train_vae flags (repeatable)")
    parser.add_argument("--seeds", type=int, default=1, help="train each tool this many times (seeds 0, 1, …)")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    apix = 3.0 * 64 / args.box
    work = Path(tempfile.mkdtemp(prefix="bench_quality_", dir=args.workdir))
    try:
        settings_yaml(work / "states.yaml")
        sim = work / "sim"
        run_quiet([sys.executable, "-m", "cryoscape", "simulate", "--preset", "assembly", "--config",
                   str(work / "states.yaml"), "-n", str(args.n), "-D", str(args.box), "--apix", str(apix),
                   "--snr", str(args.snr), "--seed", "1", "-o", str(sim)])
        common = [str(sim / "particles.mrcs"), "--poses", str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"),
                  "--zdim", "8", "-n", str(args.epochs), "--enc-dim", str(args.width), "--dec-dim",
                  str(args.width), "--enc-layers", "3", "--dec-layers", "3"]
        rows = []
        variants = [("cryoscape", [])] + [(v.split("=", 1)[0], v.split("=", 1)[1].split()) for v in args.variant]
        for seed in range(args.seeds):  # each tool trained from the same seeds, in turn
            for name, flags in variants:
                ours = work / f"{name}_{seed}"
                run_quiet([sys.executable, "-m", "cryoscape", "train_vae", "--no-analysis", *common, *flags, "--seed", str(seed),
                           "-o", str(ours)])
                rows.append(score(name, [sys.executable, "-m", "cryoscape", "eval_vol", str(ours / "weights.pkl"),
                                         "-c", str(ours / "config.yaml")],
                                  read_first_pickle(ours / "z.pkl"), sim, work, apix))
                print_rows(rows[-1:], header=len(rows) == 1)
            if args.cryodrgn:
                theirs = work / f"cryodrgn_{seed}"
                run_quiet([*args.cryodrgn.split(), "train_vae", *common, "--seed", str(seed), "--no-analysis",
                           "-o", str(theirs)])
                # both tools write the final epoch as weights.pkl / z.pkl (their numbered files differ in base)
                rows.append(score("cryoDRGN", [*args.cryodrgn.split(), "eval_vol", str(theirs / "weights.pkl"),
                                               "-c", str(theirs / "config.yaml")],
                                  read_first_pickle(theirs / "z.pkl"), sim, work, apix))
                print_rows(rows[-1:], header=False)
        print(f"{args.n} particles, box {args.box} ({apix:g} Å/px), SNR {args.snr}, {args.epochs} epochs, "
              f"{args.width}×3 networks, training seeds 0-{args.seeds - 1}; per state: FSC=0.5 resolution (Å) / "
              "mean FSC")
        print_rows(rows, header=True)
        if args.seeds > 1:
            print("mean over seeds (± standard deviation of the mean FSC):")
            print_means(rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
