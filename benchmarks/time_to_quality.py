"""Benchmark: quality against wall-clock time, cryoscape vs cryoDRGN 4.3.1, scored at every checkpoint.

The data: the built-in assembly simulated with eight compositional states (one at 1%), the stalk
hinge (±25°) in the mature state and 10% junk, at box ``--sim-box`` (128) with CTF and SNR
``--snr`` (0.05), then Fourier-cropped to ``--box`` (64) for training. Both tools train the same
networks on the same particles on this machine, in turns of ``--interleave`` seconds (default 30: each
run has the whole machine in its turn while the others are stopped, so all meet the same spells of a
shared machine's speed; 0: one after the other); every epoch's checkpoint is then scored against the
truth:

- per state, the mean FSC up to Nyquist ("FSC area") of the map decoded at the median latent of the
  state's particles, against the state's true map;
- states identified: a state's decoded map is closer (FSC area) to its own true map than to any other;
- 10-nearest-neighbour state purity of the latents of the good particles;
- hinge R²: the stalk angle of the mature particles predicted from z by a linear model (5-fold
  cross-validated R²).

Wall time at a checkpoint is the time from launching the tool to the checkpoint's weights file
(start-up, data loading, training and the latents' pass included, for both tools alike), counting only
the tool's own turns when interleaved. The script
prints the table and saves ``time_to_quality.png`` and ``time_to_quality.csv`` in ``--out``; then, per
cryoDRGN run, the time each run takes to reach its final scores, and every per-state FSC area or
metric on which a cryoscape run is behind it at equal epochs and at equal wall time (a hinge R² deficit
where both values lie in the band of a latent with no hinge information — mean + 2 sd of the R² with
the angles shuffled, 20 times — is marked "both no-information", and still counted); and the epoch at
which ``train_vae --stop-when-converged`` would have stopped the cryoscape run (its rule replayed on
the saved checkpoints) with the share of the final scores reached there.

    python benchmarks/time_to_quality.py --cryodrgn /path/to/env/bin/cryodrgn [--n 8000] [--epochs 20] \
        [--cryoscape-flags=--amp] --out DIR
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
from quality import STATES, purity, read_first_pickle, settings_yaml
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import cross_val_score

from interleave import run_in_turns_into

from cryoscape.fourier import fsc
from cryoscape.io import read_mrc

CRYOSCAPE = [sys.executable, "-m", "cryoscape"]
CRYOSCAPE_EVAL = [*CRYOSCAPE, "eval_vol"]
METRICS = ("mean_fsc_area", "worst_fsc_area", "rare_fsc_area", "identified", "purity", "hinge_r2")


def simulate(work: Path, args: argparse.Namespace) -> tuple[Path, Path, float]:
    """Return (simulation folder, training stack at --box, its pixel size)."""
    sim_apix = 3.0 * 64 / args.sim_box
    settings_yaml(work / "states.yaml")
    sim = work / "sim"
    stack = sim / f"particles.{args.box}.mrcs"
    if stack.is_file():  # reuse the data of an earlier run into the same --out
        return sim, stack, sim_apix * args.sim_box / args.box
    subprocess.run([*CRYOSCAPE, "simulate", "--preset", "assembly", "--config", str(work / "states.yaml"),
                    "-n", str(args.n), "-D", str(args.sim_box), "--apix", str(sim_apix), "--snr", str(args.snr),
                    "--truth-box", str(args.box), "--seed", str(args.data_seed), "-o", str(sim)], check=True,
                   capture_output=True)
    subprocess.run([*CRYOSCAPE, "downsample", str(sim / "particles.mrcs"), "-D", str(args.box), "-o", str(stack)],
                   check=True, capture_output=True)
    return sim, stack, sim_apix * args.sim_box / args.box


def train(tool: str, command: list[str], outdir: Path) -> float:
    """Run one training (unless ``outdir`` holds a finished one); return the wall-clock second it was launched at."""
    stamp = outdir / "launched_at.txt"
    if stamp.is_file() and (outdir / "weights.pkl").is_file():
        print(f"{tool}: scoring the finished run in {outdir}", flush=True)
        return float(stamp.read_text())
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{tool} training failed:\n{(result.stdout + result.stderr)[-3000:]}")
    stamp.write_text(f"{started:.3f}\n")
    print(f"{tool}: trained in {time.time() - started:.1f} s -> {outdir}", flush=True)
    return started


def checkpoints(from_zero: bool, outdir: Path, seconds_at: Callable[[float], float]
                ) -> list[tuple[int, Path, Path, float]]:
    """Return (epochs completed, weights, z, seconds since launch) for every numbered checkpoint;
    ``seconds_at`` maps a file's modification time to the tool's seconds since launch.

    cryoscape numbers epochs from 0 (``from_zero``: weights.0.pkl after one epoch), cryoDRGN 4.3.1 from 1.
    """
    offset = 1 if from_zero else 0
    found = []
    for weights in outdir.glob("weights.*.pkl"):
        number = int(weights.name.split(".")[1])
        if from_zero or number >= 1:
            found.append((number + offset, weights, outdir / f"z.{number}.pkl", seconds_at(weights.stat().st_mtime)))
    return sorted(found)


def hinge_r2(z: np.ndarray, labels: pd.DataFrame) -> float:
    moving = labels["motion_angle_deg"].notna().to_numpy()
    scores = cross_val_score(LinearRegression(), z[moving], labels["motion_angle_deg"].to_numpy()[moving],
                             cv=5, scoring="r2")
    return float(np.mean(scores))


def hinge_null(z: np.ndarray, labels: pd.DataFrame, permutations: int = 20, seed: int = 0) -> tuple[float, float]:
    """Return the mean and standard deviation of :func:`hinge_r2` with the mature particles' angles shuffled
    (``permutations`` times): what a latent with no hinge information scores. Cross-validated R² is
    below 0 then, so hinge R² values inside this band compare noise, not learning."""
    rng = np.random.default_rng(seed)
    moving = labels["motion_angle_deg"].notna().to_numpy()
    values = []
    for _ in range(permutations):
        shuffled = labels.copy()
        angles = shuffled.loc[moving, "motion_angle_deg"].to_numpy()
        shuffled.loc[moving, "motion_angle_deg"] = rng.permutation(angles)
        values.append(hinge_r2(z, shuffled))
    return float(np.mean(values)), float(np.std(values))


def hinge_noise_top(z: np.ndarray, labels: pd.DataFrame) -> tuple[float, float, float]:
    """Return (mean, sd, mean + 2 sd) of :func:`hinge_null`: hinge R² values below the last compare noise."""
    mean, sd = hinge_null(z, labels)
    return mean, sd, mean + 2 * sd


def both_no_information(metric: str, mine: float, other: float, hinge_noise: float | None) -> bool:
    """True for a hinge R² comparison where both values lie below ``hinge_noise`` (the band's top)."""
    return metric == "hinge_r2" and hinge_noise is not None and max(mine, other) < hinge_noise


def score(eval_vol: list[str], weights: Path, z: np.ndarray, sim: Path, box: int, labels: pd.DataFrame,
          outdir: Path) -> dict:
    """Return the metrics of one checkpoint (see the module docstring)."""
    names = labels["class"].to_numpy()
    good = ~labels["is_junk"].to_numpy()
    states = [s for s in STATES if (names == s).any()]
    medians = np.stack([np.median(z[names == s], axis=0) for s in states])
    outdir.parent.mkdir(parents=True, exist_ok=True)
    zfile = outdir.parent / f"{outdir.name}.medians.txt"
    np.savetxt(zfile, medians, fmt="%.6f")
    subprocess.run([*eval_vol, str(weights), "-c", str(weights.parent / "config.yaml"), "--zfile", str(zfile),
                    "-o", str(outdir)], check=True, capture_output=True)
    truths = [read_mrc(sim / "truth" / f"maps_{box}" / f"{s}.mrc")[0] for s in states]
    area = np.zeros((len(states), len(states)))
    written = sorted(outdir.glob("*.mrc"), key=lambda p: int("".join(filter(str.isdigit, p.stem))))
    for i, path in enumerate(written):  # cryoscape numbers the maps from 0, cryoDRGN from 1
        decoded = read_mrc(path)[0]
        for j, truth in enumerate(truths):
            area[i, j] = float(fsc(decoded, truth)[1][1:].mean())
    own = np.diag(area)
    row = {f"fsc_{s}": own[i] for i, s in enumerate(states)}
    row.update(mean_fsc_area=float(own.mean()), worst_fsc_area=float(own.min()),
               rare_fsc_area=float(own[states.index("rare")]) if "rare" in states else np.nan,
               identified=int((area.argmax(axis=1) == np.arange(len(states))).sum()),
               purity=purity(z[good], names[good]), hinge_r2=hinge_r2(z, labels))
    return row


def scored(eval_vol: list[str], weights: Path, z_path: Path, sim: Path, box: int, labels: pd.DataFrame,
           outdir: Path) -> dict:
    """Return :func:`score`'s metrics of one checkpoint, kept in ``outdir``.json: a later run into the same
    --out (one more --variant, say) scores only the checkpoints that are new or were written since."""
    kept = outdir.parent / f"{outdir.name}.json"
    if kept.is_file() and kept.stat().st_mtime >= weights.stat().st_mtime:
        return json.loads(kept.read_text())
    row = score(eval_vol, weights, read_first_pickle(z_path), sim, box, labels, outdir)
    kept.write_text(json.dumps({key: float(value) for key, value in row.items()}))
    return row


def time_to_reach(table: pd.DataFrame, tool: str, targets: dict[str, float]) -> float:
    """Return the first wall time from which on ``tool`` stays at or above every target metric (NaN if never)."""
    rows = table[table["tool"] == tool].sort_values("seconds")
    reached = np.ones(len(rows), bool)
    for metric, target in targets.items():
        reached &= rows[metric].to_numpy() >= target
    holds = np.flip(np.logical_and.accumulate(np.flip(reached)))  # reached and never lost again
    return float(rows["seconds"].to_numpy()[holds][0]) if holds.any() else float("nan")


def compared_columns(table: pd.DataFrame) -> list[str]:
    return [c for c in table.columns if c.startswith("fsc_")] + list(METRICS)


def behind_at_equal_epochs(table: pd.DataFrame, tool: str, reference: str, hinge_noise: float | None = None
                           ) -> list[str]:
    """Return 'epoch: metric ours < theirs' for every epoch both reached where ``tool`` is behind. With
    ``hinge_noise`` (the top of the no-information band of the hinge R²), a hinge R² deficit where both
    values lie below it is marked as such; it still counts."""
    ours, theirs = (table[table["tool"] == t].set_index("epochs") for t in (tool, reference))
    found = []
    for epoch in sorted(set(ours.index) & set(theirs.index)):
        for column in compared_columns(table):
            mine, other = ours.at[epoch, column], theirs.at[epoch, column]
            if mine < other:
                noise = both_no_information(column, mine, other, hinge_noise)
                found.append(f"epoch {epoch}: {column} {mine:.3f} < {other:.3f}" + (" (both no-information)"
                                                                                   if noise else ""))
    return found


def behind_at_equal_time(table: pd.DataFrame, tool: str, reference: str) -> list[str]:
    """Return, at each of ``reference``'s checkpoints, the per-state FSC areas where ``tool``'s latest
    checkpoint by then is behind (or that it had none yet)."""
    ours = table[table["tool"] == tool].sort_values("seconds")
    found = []
    for _, theirs in table[table["tool"] == reference].sort_values("seconds").iterrows():
        done = ours[ours["seconds"] <= theirs["seconds"]]
        if done.empty:
            found.append(f"{theirs['seconds']:.0f} s: no checkpoint yet")
            continue
        latest = done.iloc[-1]
        found += [f"{theirs['seconds']:.0f} s: {c} {latest[c]:.3f} < {theirs[c]:.3f}"
                  for c in table.columns if c.startswith("fsc_") and latest[c] < theirs[c]]
    return found


def replayed_stop(run: Path, n_checkpoints: int) -> tuple[int | None, str | None, list[dict]]:
    """Return (epochs completed, reason, the probe's history) at which ``train_vae --stop-when-converged``
    would have stopped the cryoscape run in ``run`` (None, None: not within its epochs).

    The probe's measures depend only on each epoch's weights and latent means, which the run saved,
    so its per-epoch statistics are replayed from the checkpoints and run.log and the same rule is asked.
    """
    from cryoscape.analysis import learning_curve
    from cryoscape.analysis.stopping import converged_reason
    from cryoscape.models import load_run_config, load_trained_model
    from cryoscape.training.probe import ConvergenceProbe

    config = load_run_config(run / "config.yaml")
    losses = learning_curve(run).set_index("epoch")["loss"]
    probe, history = ConvergenceProbe(config.dataset.n_particles, config.train.seed), []
    for epoch in range(n_checkpoints):
        model = load_trained_model(run / f"weights.{epoch}.pkl")[0]
        z = read_first_pickle(run / f"z.{epoch}.pkl")
        row = {"epoch": epoch, "loss": float(losses[epoch]), "band_full": epoch + 1 >= config.train.band_epochs}
        row.update(probe.measure(model, lambda positions: z[positions]))
        history.append(row)
        reason = converged_reason(history)
        if reason is not None:
            return epoch + 1, reason, history
    return None, None, history


def stop_report(table: pd.DataFrame, out: Path) -> list[str]:
    """Return where --stop-when-converged would have stopped the 'cryoscape' run, with the share of the
    run's final scores it had there."""
    rows = table[table["tool"] == "cryoscape"].sort_values("epochs")
    if rows.empty:
        return []
    from cryoscape.analysis.stopping import pending_tests

    stopped, reason, history = replayed_stop(out / "run_cryoscape", int(rows["epochs"].max()))
    final = rows.iloc[-1]
    if stopped is None:
        return [f"  not within its {final['epochs']} epochs (it goes on training)",
                f"  where the rule's tests stood (epochs counted from 0, as in run.log): {pending_tests(history)}"]
    at = rows[rows["epochs"] == stopped].iloc[0]
    shares = "  ".join(f"{m} {at[m]:.3f} ({at[m] / final[m]:.0%})" for m in METRICS if final[m] > 0)
    return [f"  after epoch {stopped} of {final['epochs']} ({at['seconds']:.0f} s of {final['seconds']:.0f} s): {reason}",
            f"  scores there and their share of the final ones: {shares}"]


def plot(table: pd.DataFrame, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 3, figsize=(13, 7), constrained_layout=True)
    for ax, metric in zip(axes.ravel(), METRICS):
        for tool, rows in table.groupby("tool"):
            ax.plot(rows["seconds"] / 60, rows[metric], marker="o", ms=3, label=tool)
        ax.set_xlabel("wall time (min)")
        ax.set_title(metric.replace("_", " "))
    axes[0, 0].legend()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8000, help="particles simulated")
    parser.add_argument("--sim-box", type=int, default=128, help="box of the simulation")
    parser.add_argument("--box", type=int, default=64, help="box the particles are downsampled to for training")
    parser.add_argument("--snr", type=float, default=0.05)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--seed", type=int, default=0, help="training seed of both tools")
    parser.add_argument("--data-seed", type=int, default=1)
    parser.add_argument("--cryodrgn", help="a cryodrgn executable in its own environment")
    parser.add_argument("--cryodrgn-variant", action="append", default=[], metavar="NAME=FLAGS",
                        help="also train cryoDRGN with these extra flags, e.g. 'cryoDRGN_b8=-b 8' (repeatable)")
    parser.add_argument("--cryoscape-flags", default="", metavar="FLAGS",
                        help="extra train_vae flags of the main cryoscape run, e.g. --cryoscape-flags=--amp "
                             "(bfloat16 where the CPU has native units)")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=FLAGS",
                        help="also train cryoscape with these extra train_vae flags (repeatable)")
    parser.add_argument("--interleave", type=float, default=30.0, metavar="SECONDS",
                        help="run the trainings in turns of this many seconds (0: one after the other)")
    parser.add_argument("--no-stop-replay", action="store_true",
                        help="skip replaying --stop-when-converged on the cryoscape checkpoints")
    parser.add_argument("--jobs", type=int, default=1,
                        help="checkpoints scored at once, after the trainings (each eval_vol is its own process)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the data, runs, table and plot")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sim, stack, apix = simulate(args.out, args)
    labels = pd.read_csv(sim / "truth" / "labels.csv")
    common = [str(stack), "--poses", str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"), "--zdim", "8",
              "-n", str(args.epochs), "--enc-dim", str(args.width), "--dec-dim", str(args.width),
              "--enc-layers", "3", "--dec-layers", "3", "--seed", str(args.seed)]
    runs = [("cryoscape", [*CRYOSCAPE, "train_vae", "--no-analysis", *common, *args.cryoscape_flags.split()],
             CRYOSCAPE_EVAL)]
    runs += [(v.split("=", 1)[0], [*CRYOSCAPE, "train_vae", "--no-analysis", *common, *v.split("=", 1)[1].split()],
              CRYOSCAPE_EVAL) for v in args.variant]
    if args.cryodrgn:
        runs.append(("cryoDRGN", [*args.cryodrgn.split(), "train_vae", *common, "--no-analysis"],
                     [*args.cryodrgn.split(), "eval_vol"]))
        runs += [(v.split("=", 1)[0], [*args.cryodrgn.split(), "train_vae", *common, "--no-analysis",
                                       *v.split("=", 1)[1].split()], [*args.cryodrgn.split(), "eval_vol"])
                 for v in args.cryodrgn_variant]
    clocks = {}
    if args.interleave > 0:  # in turns on the same machine
        timelines = run_in_turns_into({tool: ([*command, "-o", str(args.out / f"run_{tool}")], args.out / f"run_{tool}")
                                       for tool, command, _ in runs}, args.interleave)
        clocks = {tool: timeline.own_seconds for tool, timeline in timelines.items()}
    found = []  # (tool, eval_vol, epochs, weights, z, seconds) of every checkpoint
    for tool, command, eval_vol in runs:
        outdir = args.out / f"run_{tool}"
        if tool not in clocks:  # one after the other
            started = train(tool, [*command, "-o", str(outdir)], outdir)
            clocks[tool] = lambda mtime, started=started: mtime - started
        found += [(tool, eval_vol, *checkpoint)
                  for checkpoint in checkpoints(eval_vol == CRYOSCAPE_EVAL, outdir, clocks[tool])]

    def scored_row(tool: str, eval_vol: list[str], epochs: int, weights: Path, z_path: Path, seconds: float) -> dict:
        row = {"tool": tool, "epochs": epochs, "seconds": seconds}
        row.update(scored(eval_vol, weights, z_path, sim, args.box, labels, args.out / "scored" / f"{tool}.{epochs}"))
        print(f"{tool:10s} epoch {epochs:3d} {seconds:8.1f} s  " + "  ".join(f"{m} {row[m]:.3f}" for m in METRICS),
              flush=True)
        return row

    with ThreadPoolExecutor(max(1, args.jobs)) as pool:  # the scoring's eval_vol runs are separate processes
        rows = list(pool.map(lambda checkpoint: scored_row(*checkpoint), found))
    table = pd.DataFrame(rows)
    table.to_csv(args.out / "time_to_quality.csv", index=False)
    plot(table, args.out / "time_to_quality.png")
    print(f"\n{args.n} particles simulated at box {args.sim_box}, trained at box {args.box} ({apix:g} Å/px), "
          f"SNR {args.snr}, {args.epochs} epochs, {args.width}×3 networks, seed {args.seed}")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    first = min((c for c in found if c[0] == "cryoscape"), key=lambda c: c[2], default=None)
    hinge_noise = None
    if first is not None:  # the band from the first checkpoint's latents (it hardly depends on them)
        null_mean, null_sd, hinge_noise = hinge_noise_top(read_first_pickle(first[4]), labels)
        print(f"\nhinge R² of a latent with no hinge information (20 permutations of the angles, cryoscape epoch "
              f"{first[2]} latents): {null_mean:.4f} ± {null_sd:.4f}; values below {hinge_noise:.4f} (mean + 2 sd) "
              "compare noise")
    for reference in [t for t in table["tool"].unique() if t.startswith("cryoDRGN")]:
        final = table[table["tool"] == reference].sort_values("epochs").iloc[-1]
        print(f"\ntime to reach {reference}'s final scores ({final['seconds']:.0f} s), per metric and on all at once:")
        for tool in table["tool"].unique():
            cells = [f"{m} {time_to_reach(table, tool, {m: final[m]}):.0f}" for m in METRICS]
            everything = time_to_reach(table, tool, {m: final[m] for m in METRICS})
            print(f"  {tool:12s} " + "  ".join(cells) + f"  | all {everything:.0f} s "
                  f"({everything / final['seconds']:.2f} of {reference}'s time)")
        for tool in [t for t in table["tool"].unique() if t.startswith("cryoscape")]:
            for name, behind in (("equal epochs", behind_at_equal_epochs(table, tool, reference, hinge_noise)),
                                 ("equal wall time", behind_at_equal_time(table, tool, reference))):
                print(f"  {tool} vs {reference} at {name}: " + ("never behind" if not behind else
                                                                 f"behind {len(behind)}×: " + "; ".join(behind)))
    if not args.no_stop_replay:
        print("\n--stop-when-converged would have stopped cryoscape:\n" + "\n".join(stop_report(table, args.out)))


if __name__ == "__main__":
    main()
