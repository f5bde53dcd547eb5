"""Benchmark: the equal-epoch comparison of ``time_to_quality.py`` over several training seeds.

One seed's scores at epochs 1–4 of a small data set are dominated by chance: "states identified"
counts which of ten decoded maps happen to lie nearest their own truth, and the hinge R² of a latent
that has not learnt the hinge is a draw from its no-information band. This script trains both tools
with each of ``--seeds`` on one simulation (``time_to_quality.py --seed S``, its runs in
``OUT/seed_S``, the data simulated once in ``OUT/sim``), then prints per tool and epoch the mean and
standard deviation of every metric over the seeds, and every metric and epoch where a cryoscape run's
mean is below cryoDRGN's, with the number of seeds on which it was behind (a hinge R² deficit where
both means lie in the no-information band — mean + 2 sd of the R² with the angles shuffled, from the
first seed's epoch-1 cryoscape latents — is marked "both no-information", and still counted) and the
95% confidence interval of the mean paired difference (Student's t over the seeds): a deficit whose
interval reaches zero is within the seeds' noise. ``--skip-done`` summarises seeds already run without
training them again, so seeds can be added to a folder.

    python benchmarks/seeds.py --cryodrgn /path/to/env/bin/cryodrgn --seeds 0 1 2 --out DIR \
        -- --n 1500 --snr 0.5 --epochs 4
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

from quality import read_first_pickle
from time_to_quality import METRICS, both_no_information, hinge_noise_top

HERE = Path(__file__).resolve().parent


def seed_folder(out: Path, seed: int) -> Path:
    """Return ``OUT/seed_S``, its ``sim`` a link to the shared ``OUT/sim`` (made by the first seed's run)."""
    folder = out / f"seed_{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    shared, link = out / "sim", folder / "sim"
    if not link.exists() and not link.is_symlink():
        shared.mkdir(parents=True, exist_ok=True)
        link.symlink_to(shared.resolve(), target_is_directory=True)
    return folder


def seeds_to_train(out: Path, seeds: list[int], skip_done: bool) -> list[int]:
    """Return the seeds to train: all of them, or with ``skip_done`` those without a finished table."""
    return [seed for seed in seeds if not (skip_done and (out / f"seed_{seed}" / "time_to_quality.csv").exists())]


def seed_table(out: Path, seeds: list[int]) -> pd.DataFrame:
    """Return every seed's ``time_to_quality.csv`` rows in one table, with a ``seed`` column."""
    tables = []
    for seed in seeds:
        table = pd.read_csv(out / f"seed_{seed}" / "time_to_quality.csv")
        tables.append(table.assign(seed=seed))
    return pd.concat(tables, ignore_index=True)


def summary(table: pd.DataFrame) -> pd.DataFrame:
    """Return per tool and epoch the mean and standard deviation of each metric over the seeds."""
    grouped = table.groupby(["tool", "epochs"])[list(METRICS)]
    means, sds = grouped.mean(), grouped.std(ddof=1)
    return means.join(sds.add_suffix("_sd")).reset_index()


def paired_interval(differences: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """Return the ``level`` confidence interval of the mean of per-seed differences (Student's t; a
    single seed gives an unbounded interval)."""
    n, mean = len(differences), float(np.mean(differences))
    if n < 2:
        return -np.inf, np.inf
    half = stats.t.ppf(0.5 + level / 2, n - 1) * float(np.std(differences, ddof=1)) / np.sqrt(n)
    return mean - half, mean + half


def beyond_noise(entries: list[str]) -> list[str]:
    """Return the entries of ``behind_on_mean`` whose deficit's interval lies wholly below zero."""
    return [entry for entry in entries if "within seed noise" not in entry]


def behind_on_mean(table: pd.DataFrame, tool: str, reference: str, hinge_noise: float | None = None) -> list[str]:
    """Return 'epoch N: metric ours < theirs (behind on k of n seeds)' wherever ``tool``'s mean over the
    seeds is below ``reference``'s at an epoch both reached with the same seeds; a hinge R² deficit with
    both means below ``hinge_noise`` (the top of the no-information band) is marked as such, and each entry
    gives the 95% interval of the mean paired difference, 'within seed noise' where it reaches zero."""
    found = []
    epochs = [set(table.loc[table["tool"] == name, "epochs"]) for name in (tool, reference)]
    for epoch in sorted(epochs[0] & epochs[1]):
        ours = table[(table["tool"] == tool) & (table["epochs"] == epoch)].set_index("seed")
        theirs = table[(table["tool"] == reference) & (table["epochs"] == epoch)].set_index("seed")
        seeds = ours.index.intersection(theirs.index)
        for metric in METRICS:
            mine, other = ours.loc[seeds, metric], theirs.loc[seeds, metric]
            if mine.mean() < other.mean():
                noise = both_no_information(metric, mine.mean(), other.mean(), hinge_noise)
                low, high = paired_interval((mine - other).to_numpy())
                found.append(f"epoch {epoch}: {metric} {mine.mean():.3f} < {other.mean():.3f} "
                             f"(behind on {int((mine < other).sum())} of {len(seeds)} seeds"
                             + (", both no-information" if noise else "")
                             + f"; difference 95% CI [{low:.3f}, {high:.3f}]"
                             + (", within seed noise)" if high >= 0 else ")"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--cryodrgn", help="a cryodrgn executable in its own environment")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--skip-done", action="store_true",
                        help="do not train again a seed whose OUT/seed_S/time_to_quality.csv exists")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="after --: time_to_quality.py's other options")
    args = parser.parse_args()
    rest = [a for a in args.rest if a != "--"]
    for seed in seeds_to_train(args.out, args.seeds, args.skip_done):
        folder = seed_folder(args.out, seed)
        command = [sys.executable, str(HERE / "time_to_quality.py"), "--seed", str(seed), "--out", str(folder),
                   "--no-stop-replay", *rest] + (["--cryodrgn", args.cryodrgn] if args.cryodrgn else [])
        print(f"seed {seed}: {' '.join(command[2:])}", flush=True)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    table = seed_table(args.out, args.seeds)
    table.to_csv(args.out / "seeds.csv", index=False)
    print(f"\nmean ± sd over seeds {args.seeds}:")
    print(summary(table).to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    first = args.out / f"seed_{args.seeds[0]}"
    null_mean, null_sd, hinge_noise = hinge_noise_top(read_first_pickle(first / "run_cryoscape" / "z.0.pkl"),
                                                      pd.read_csv(first / "sim" / "truth" / "labels.csv"))
    print(f"\nhinge R² with no hinge information (20 permutations, seed {args.seeds[0]}'s epoch-1 cryoscape "
          f"latents): {null_mean:.4f} ± {null_sd:.4f}; below {hinge_noise:.4f} compares noise")
    for reference in [t for t in table["tool"].unique() if t.startswith("cryoDRGN")]:
        for tool in [t for t in table["tool"].unique() if t.startswith("cryoscape")]:
            behind = behind_on_mean(table, tool, reference, hinge_noise)
            print(f"\n{tool} vs {reference} at equal epochs, on the mean over the seeds: "
                  + ("never behind" if not behind else f"behind {len(behind)}×: " + "; ".join(behind))
                  + f"\n  behind beyond the seeds' noise (95% interval below zero): {len(beyond_noise(behind))}")


if __name__ == "__main__":
    main()
