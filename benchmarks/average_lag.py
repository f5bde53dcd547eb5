"""Benchmark: what the lag of the averaged encoder costs the latent, early and late in a run.

``train_vae`` checkpoints hold the weights averaged over recent steps (``--average-images``): an
exponential moving average whose decay at step t is at most (1 + t)/(K + t), K = 10, so early in a run
it covers about the last 1/K of the steps. The encoder's latents then lag the live encoder's. This
script trains cryoscape once per ``--seeds`` on ``time_to_quality.py``'s data and networks, keeping
beside the checkpoint's average further averages with the warm-up constants ``--warmups`` (each
written at every checkpoint; the live weights are in the checkpoint already), and scores the latents
of each encoder — the checkpoint's (K = 10), the live one and each extra average — by 10-NN state
purity and hinge R². The live weights follow the same path whatever is averaged, so one training
per seed measures every choice. Prints per seed and epoch, then the mean over the seeds.

    python benchmarks/average_lag.py --out DIR --n 1500 --snr 0.5 --epochs 4 --seeds 0 1 2 --warmups 20 40
    python benchmarks/average_lag.py --out DIR --n 8000 --snr 0.05 --epochs 20 --seeds 0 --score-epochs 1 2 4 8 16 20
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import torch

from quality import purity, read_first_pickle
from time_to_quality import CRYOSCAPE, hinge_r2, simulate

from cryoscape.training.averaging import WARMUP as CHECKPOINT_WARMUP
from cryoscape.training.averaging import WeightAverage, warmed_decay


def extra_average_class(warmups: list[int], dump: Path):
    """Return a ``WeightAverage`` subclass that also keeps averages with the given warm-up constants and
    writes them (``dump/K{k}.step{t}.pt``) whenever the checkpoint's average is put into the model."""
    class ExtraAverages(WeightAverage):
        def __init__(self, model: torch.nn.Module, horizon_images: float, batch_size: int):
            super().__init__(model, horizon_images, batch_size)
            self.names = [name for name, _ in model.named_parameters()]
            self.extra = {k: [param.clone() for param in self.live] for k in warmups}

        def update(self) -> None:
            super().update()
            for k, average in self.extra.items():
                torch._foreach_lerp_(average, self.live, 1.0 - warmed_decay(self.decay, self.steps, k))

        def applied(self):
            for k, average in self.extra.items():
                torch.save({n: a.clone() for n, a in zip(self.names, average)}, dump / f"K{k}.step{self.steps}.pt")
            return super().applied()

    return ExtraAverages


def train_with_extra_averages(command: list[str], warmups: list[int], dump: Path) -> None:
    """Run ``cryoscape COMMAND`` in this process with the extra averages (a finished run is kept)."""
    import cryoscape.training.loop as loop
    from cryoscape.cli import main

    dump.mkdir(parents=True, exist_ok=True)
    loop.WeightAverage = extra_average_class(warmups, dump)
    if main(command) != 0:
        raise RuntimeError(f"training failed: cryoscape {' '.join(command)}")


def encoder_latents(run: Path, epoch: int, encoder: dict, sim: Path, stack: Path, work: Path) -> np.ndarray:
    """Return the latent means of every particle under checkpoint ``epoch``'s model with ``encoder``'s weights."""
    state = torch.load(run / f"weights.{epoch}.pkl", weights_only=True, map_location="cpu")
    model = {name: encoder[name] if name.startswith("encoder.") else value for name, value in state["model"].items()}
    swapped = {key: value for key, value in state.items() if key not in ("live_model", "average_steps")}
    swapped["model"] = model
    weights, z = work / "swapped.pkl", work / "swapped_z.pkl"
    torch.save(swapped, weights)
    loss = work / "swapped_loss.pkl"
    subprocess.run([*CRYOSCAPE, "eval_images", str(stack), str(weights), "-c", str(run / "config.yaml"), "--poses",
                    str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"), "-o", str(loss), "--out-z", str(z)],
                   check=True, capture_output=True)
    latents = np.asarray(read_first_pickle(z))
    for scratch in (weights, z, loss):
        scratch.unlink()
    return latents


def score_run(run: Path, dump: Path, warmups: list[int], sim: Path, stack: Path, labels: pd.DataFrame,
              epochs: set[int] | None = None) -> list[dict]:
    """Return one row per checkpoint (those after ``epochs``, counted from 1; None: all) and encoder
    average: its purity and hinge R²."""
    names, good = labels["class"].to_numpy(), ~labels["is_junk"].to_numpy()
    rows = []
    for weights in sorted(run.glob("weights.*.pkl"), key=lambda p: int(p.name.split(".")[1])):
        epoch = int(weights.name.split(".")[1])
        if epochs is not None and epoch + 1 not in epochs:
            continue
        state = torch.load(weights, weights_only=True, map_location="cpu")
        steps = int(state["average_steps"])
        encoders = {f"K{CHECKPOINT_WARMUP}": None, "live": state["live_model"]}
        encoders.update({f"K{k}": torch.load(dump / f"K{k}.step{steps}.pt", weights_only=True) for k in warmups})
        for name, encoder in encoders.items():
            z = (np.asarray(read_first_pickle(run / f"z.{epoch}.pkl")) if encoder is None
                 else encoder_latents(run, epoch, encoder, sim, stack, dump))
            rows.append({"epochs": epoch + 1, "encoder": name, "purity": purity(z[good], names[good]),
                         "hinge_r2": hinge_r2(z, labels)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1500, help="particles simulated")
    parser.add_argument("--sim-box", type=int, default=128)
    parser.add_argument("--box", type=int, default=64)
    parser.add_argument("--snr", type=float, default=0.5)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--data-seed", type=int, default=1)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--warmups", type=int, nargs="+", default=[20, 40],
                        help="warm-up constants K of the extra averages (decay at most (1 + t)/(K + t))")
    parser.add_argument("--score-epochs", type=int, nargs="+", help="score only the checkpoints after these epochs")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if any(k <= 1 for k in args.warmups):
        parser.error("--warmups: give constants above 1 (K = 1 never moves the average)")
    args.out.mkdir(parents=True, exist_ok=True)
    sim, stack, _ = simulate(args.out, args)
    labels = pd.read_csv(sim / "truth" / "labels.csv")
    rows = []
    for seed in args.seeds:
        run, dump = args.out / f"run_seed{seed}", args.out / f"averages_seed{seed}"
        if not (run / "weights.pkl").is_file():
            train_with_extra_averages(
                ["train_vae", "--no-analysis", str(stack), "--poses", str(sim / "poses.pkl"), "--ctf",
                 str(sim / "ctf.pkl"), "--zdim", "8", "-n", str(args.epochs), "--enc-dim", str(args.width),
                 "--dec-dim", str(args.width), "--enc-layers", "3", "--dec-layers", "3", "--seed", str(seed),
                 "-o", str(run)], args.warmups, dump)
        seed_rows = pd.DataFrame(score_run(run, dump, args.warmups, sim, stack, labels,
                                            set(args.score_epochs) if args.score_epochs else None)).assign(seed=seed)
        print(f"seed {seed}:\n" + seed_rows.pivot_table(index="epochs", columns="encoder", values="purity")
              .to_string(float_format=lambda v: f"{v:.4f}"), flush=True)
        rows.append(seed_rows)
    table = pd.concat(rows, ignore_index=True)
    table.to_csv(args.out / "average_lag.csv", index=False)
    for metric in ("purity", "hinge_r2"):
        print(f"\n{metric}, mean over seeds {args.seeds}:\n" + table.pivot_table(
            index="epochs", columns="encoder", values=metric).to_string(float_format=lambda v: f"{v:.4f}"))


if __name__ == "__main__":
    main()
