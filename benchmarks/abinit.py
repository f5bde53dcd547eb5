"""Benchmark: ab initio reconstruction (no input poses), cryoscape vs cryoDRGN 4.3.1's ``abinit``, against the truth.

The data: the built-in assembly simulated in ``--states`` compositional states (equal shares), with
CTF and SNR ``--snr``, at box ``--box``. Both tools run ``abinit`` on the same particles and CTF on this
machine, in turns of ``--interleave`` seconds (default 30; ``interleave.py``: each has the whole machine
in its turn while the other is stopped) or, with ``--interleave 0``, one after the other (``--order``
sets which first), with the same hypervolume width and latent size; every checkpoint is then scored
against the truth:

- pose error: median angle between each particle's estimated and true rotation after the global
  alignment (frame and hand) fitted to all particles (``analysis.alignment.align_poses``), and the
  median shift error after fitting the map's offset;
- with ``--zdim 0`` (one map): the FSC area of each tool's ``reconstruct.N.mrc``, aligned as below, against
  the population-weighted mean of the true maps;
- per-state FSC area: the map decoded at the median latent of each state's particles (each tool's own
  ``eval_vol``), moved onto the truth by the alignment found for the most populous state's map
  (``align_maps``: one transform for all states, as a user would apply), mean FSC up to Nyquist
  against the state's true map.

Wall time at a checkpoint is from launching the tool to its ``pose.N.pkl``, counting only the tool's
own turns when interleaved; ``--timeout`` bounds each tool's own time. Prints the table,
saves ``abinit.csv`` and ``abinit.png`` (pose error and mean FSC against time) in ``--out``.

    python benchmarks/abinit.py --cryodrgn /path/to/env/bin/cryodrgn [--box 64 --n 2000 --snr 0.1] --out DIR
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from interleave import run_in_turns_into

from cryoscape.analysis.alignment import align_maps, align_poses, apply_alignment
from cryoscape.fourier import fsc
from cryoscape.io import read_mrc

CRYOSCAPE = [sys.executable, "-m", "cryoscape"]
STATE_CHAINS = (("A", "B", "C", "D", "E", "F"), ("A", "B", "C", "D"), ("A", "B", "C"), ("A", "B", "E", "F"))


def simulate(out: Path, args: argparse.Namespace) -> Path:
    sim = out / "sim"
    if (sim / "particles.mrcs").is_file():
        return sim
    states = STATE_CHAINS[:args.states]
    classes = [{"name": f"state{i}", "fraction": 1.0 / len(states), "present": list(chains)}
               for i, chains in enumerate(states)]
    (out / "states.yaml").write_text(yaml.safe_dump({"classes": classes}, sort_keys=False))
    subprocess.run([*CRYOSCAPE, "simulate", "--preset", "assembly", "--config", str(out / "states.yaml"),
                    "-n", str(args.n), "-D", str(args.box), "--apix", str(3.0 * 64 / args.box), "--snr",
                    str(args.snr), "--seed", str(args.seed), "-o", str(sim)], check=True, capture_output=True)
    return sim


def run(tool: str, command: list[str], outdir: Path, timeout_s: float | None) -> float:
    """Run one abinit (unless ``outdir`` holds a finished one); return the second it was launched at.

    A run stopped at ``timeout_s`` keeps the checkpoints it wrote; they are scored like the others.
    """
    stamp = outdir / "launched_at.txt"
    if stamp.is_file():
        return float(stamp.read_text())
    started = time.time()
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s)
        if result.returncode != 0:
            raise RuntimeError(f"{tool} abinit failed:\n{(result.stdout + result.stderr)[-3000:]}")
        print(f"{tool}: {time.time() - started:.1f} s -> {outdir}", flush=True)
    except subprocess.TimeoutExpired:
        print(f"{tool}: stopped after {timeout_s:.0f} s (--timeout); scoring the checkpoints it wrote", flush=True)
    stamp.write_text(f"{started:.3f}\n")
    return started


def score_checkpoint(tool: str, eval_vol: list[str], outdir: Path, epoch: int, sim: Path, labels: pd.DataFrame,
                     maps: bool) -> dict:
    rotations, translations = pickle.load(open(outdir / f"pose.{epoch}.pkl", "rb"))
    truth_rot, truth_trans = pickle.load(open(sim / "poses.pkl", "rb"))
    box = read_mrc(sim / "truth" / "maps" / f"{labels['class'].iloc[0]}.mrc")[0].shape[0]
    translations = np.asarray(translations)
    if np.abs(translations).max() > 1.0:  # pixels rather than box fractions
        translations = translations / box
    aligned = align_poses(rotations, truth_rot, translations * box, np.asarray(truth_trans) * box)
    row = {"tool": tool, "epoch": epoch, "pose_error_deg": aligned.median_error_deg,
           "shift_error_px": float(np.median(aligned.shift_errors_px))}
    z_path = outdir / f"z.{epoch}.pkl"
    reconstruction = outdir / f"reconstruct.{epoch}.mrc"
    if maps and not z_path.is_file() and reconstruction.is_file():  # --zdim 0: one map for all particles
        names = labels["class"].to_numpy()
        truth = sum(read_mrc(sim / "truth" / "maps" / f"{s}.mrc")[0] * float((names == s).mean())
                    for s in sorted(set(names)))
        decoded = read_mrc(reconstruction)[0]
        area = float(fsc(apply_alignment(decoded, align_maps(decoded, truth)), truth)[1][1:].mean())
        row.update(mean_fsc_area=area, worst_fsc_area=area)
        return row
    if not maps or not z_path.is_file():
        return row
    with open(z_path, "rb") as fh:
        z = pickle.load(fh)
    names = labels["class"].to_numpy()
    states = sorted(set(names), key=lambda s: -int((names == s).sum()))
    medians = np.stack([np.median(z[names == s], axis=0) for s in states])
    zfile = outdir / f"scored.{epoch}.medians.txt"
    np.savetxt(zfile, medians, fmt="%.6f")
    mapdir = outdir / f"scored.{epoch}"
    subprocess.run([*eval_vol, str(outdir / f"weights.{epoch}.pkl"), "-c", str(outdir / "config.yaml"),
                    "--zfile", str(zfile), "-o", str(mapdir)], check=True, capture_output=True)
    written = sorted(mapdir.glob("*.mrc"), key=lambda p: int("".join(filter(str.isdigit, p.stem))))
    decoded = [read_mrc(p)[0] for p in written]
    truths = [read_mrc(sim / "truth" / "maps" / f"{s}.mrc")[0] for s in states]
    transform = align_maps(decoded[0], truths[0])
    areas = [float(fsc(apply_alignment(d, transform), t)[1][1:].mean()) for d, t in zip(decoded, truths)]
    row.update({f"fsc_{s}": a for s, a in zip(states, areas)}, mean_fsc_area=float(np.mean(areas)),
               worst_fsc_area=float(np.min(areas)))
    return row


def available_at(outdir: Path, epoch: int) -> float:
    """Return when a checkpoint's poses became the run's result (mtime): with random starts, the winner's
    early epochs count from the choice (``starts/chosen.txt``), after every start ran."""
    written = (outdir / f"pose.{epoch}.pkl").stat().st_mtime
    chosen = outdir / "starts" / "chosen.txt"
    return max(written, chosen.stat().st_mtime) if chosen.is_file() else written


def checkpoints(outdir: Path) -> list[int]:
    return sorted(int(p.name.split(".")[1]) for p in outdir.glob("pose.*.pkl") if p.name.split(".")[1].isdigit())


def evenly_spaced(items: list[int], count: int) -> list[int]:
    """``count`` of ``items`` at evenly spaced positions, the first and the last included."""
    if count >= len(items):
        return list(items)
    if count <= 1:
        return items[-1:]
    return [items[round(i * (len(items) - 1) / (count - 1))] for i in range(count)]


def plot(table: pd.DataFrame, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for tool, rows in table.groupby("tool"):
        axes[0].plot(rows["seconds"], rows["pose_error_deg"], "o-", label=tool)
        if "mean_fsc_area" in rows:
            scored = rows.dropna(subset=["mean_fsc_area"])
            axes[1].plot(scored["seconds"], scored["mean_fsc_area"], "o-", label=tool)
    axes[0].set(xlabel="wall time (s)", ylabel="median pose error (°)", yscale="log")
    axes[1].set(xlabel="wall time (s)", ylabel="mean per-state FSC area")
    axes[0].legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cryodrgn", help="cryoDRGN 4.3.1's `cryodrgn` executable (a separate environment)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--box", type=int, default=64)
    parser.add_argument("--snr", type=float, default=0.1)
    parser.add_argument("--states", type=int, default=3)
    parser.add_argument("--zdim", type=int, default=4)
    parser.add_argument("--dim", type=int, default=256, help="hypervolume width of both tools")
    parser.add_argument("--epochs", type=int, default=30, help="cryoscape's epochs")
    parser.add_argument("--search-epochs", type=int, default=20, help="cryoscape's global search epochs")
    parser.add_argument("--cryodrgn-epochs", type=int, default=30)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--order", choices=("cryoscape-first", "cryodrgn-first"), default="cryoscape-first")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-maps", action="store_true", help="score poses only")
    parser.add_argument("--timeout", type=float, help="stop a tool's run after this many seconds")
    parser.add_argument("--interleave", type=float, default=30.0, metavar="SECONDS",
                        help="run the tools in turns of this many seconds (0: one after the other, --order)")
    parser.add_argument("--score-every", type=int, default=1, help="score every K-th checkpoint (and the last)")
    parser.add_argument("--only", choices=("cryoscape", "cryodrgn"),
                        help="run and score one tool only (e.g. cryoDRGN's whole run where both do not fit one call)")
    parser.add_argument("--maps-per-tool", type=int, metavar="K",
                        help="score the maps of only K checkpoints per tool, evenly spaced, the last included "
                             "(each map's alignment costs seconds); poses are scored at every checkpoint")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sim = simulate(args.out, args)
    labels = pd.read_csv(sim / "truth" / "labels.csv")
    runs = {"cryoscape": ([*CRYOSCAPE, "abinit", str(sim / "particles.mrcs"), "--ctf", str(sim / "ctf.pkl"),
                           "--zdim", str(args.zdim), "--dim", str(args.dim), "-n", str(args.epochs),
                           "--epochs-pose-search", str(args.search_epochs), "--max-threads", str(args.threads),
                           "--no-analysis", "-o", str(args.out / "cryoscape")], [*CRYOSCAPE, "eval_vol"])}
    if args.cryodrgn:
        runs["cryodrgn"] = ([*args.cryodrgn.split(), "abinit", str(sim / "particles.mrcs"), "--ctf", str(sim / "ctf.pkl"),
                             "--zdim", str(args.zdim), "--dim", str(args.dim), "-n", str(args.cryodrgn_epochs),
                             "--checkpoint", "1", "--max-threads", str(args.threads), "--no-analysis",
                             "-o", str(args.out / "cryodrgn")], [*args.cryodrgn.split(), "eval_vol"])
    if args.only:
        if args.only not in runs:
            raise SystemExit(f"--only {args.only}: that tool is not configured (give --cryodrgn)")
        runs = {args.only: runs[args.only]}
    order = list(runs) if args.order == "cryoscape-first" else list(reversed(runs))
    if args.interleave > 0:
        timelines = run_in_turns_into({tool: (runs[tool][0], args.out / tool) for tool in order}, args.interleave,
                                      args.timeout)
        clocks = {tool: timeline.own_seconds for tool, timeline in timelines.items()}
    else:
        started = {tool: run(tool, runs[tool][0], args.out / tool, args.timeout) for tool in order}
        clocks = {tool: (lambda mtime, t0=started[tool]: mtime - t0) for tool in order}
    rows = []
    for tool in order:
        outdir = args.out / tool
        saved = checkpoints(outdir)
        mapped = set(saved) if args.maps_per_tool is None else set(evenly_spaced(saved, args.maps_per_tool))
        for epoch in saved:
            if epoch % args.score_every and epoch != saved[-1]:
                continue
            row = score_checkpoint(tool, runs[tool][1], outdir, epoch, sim, labels,
                                   not args.no_maps and epoch in mapped)
            row["seconds"] = clocks[tool](available_at(outdir, epoch))
            rows.append(row)
            print({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}, flush=True)
    table = pd.DataFrame(rows)
    table.to_csv(args.out / "abinit.csv", index=False)
    plot(table, args.out / "abinit.png")
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.round(3).to_string(index=False))


if __name__ == "__main__":
    main()
