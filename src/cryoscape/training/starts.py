"""Several random starts of an ab initio run, the best continued.

A global pose search from random poses can settle in a wrong frame, one in which part of the images
sit at a pseudo-symmetric or scattered orientation; on small data this happens often (measured: 500
particles, box 64, SNR 0.1, abinit's defaults: seeds 0–5 end at 5.9°, 9.9°, 6.1°, 56°, 56°, 5.8°).
Starts that differ only in their seed (starting poses, initial weights, batch order) run for a few
epochs in ``OUT/starts/startK``; after them the start whose last epoch fitted the images best (lowest
mean loss; in those runs the wrong frames fit worse from epoch 6 on) moves up into ``OUT`` and
continues (3 starts: 4 seed triples of 4 converged, 5.5–6.1°). The result is the run ``--seed``
(seed + K) alone would have given, bit for bit: the continuation resumes the winner's checkpoint with
the winner's seed.

Files: ``OUT/starts/startK/`` (each start's run; the ones not chosen keep their last epoch and log),
``OUT/starts/startK/loss.txt`` (written when the start has finished), ``OUT/starts/chosen.txt`` (the
winner, written before its files move up). Interrupted anywhere, ``--load latest`` continues: unfinished
starts resume, and a half-finished move is completed.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from cryoscape.data import Poses
from cryoscape.errors import CryoscapeError, OutputError
from cryoscape.io import atomic_path
from cryoscape.logs import get_logger, setup_logging
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.training.checkpoint import latest_checkpoint
from cryoscape.training.loop import TrainingError
from cryoscape.training.poses import PoseSchedule
from cryoscape.training.run import run_training

STARTS_FOLDER = "starts"
SMALL_DATA_IMAGES = 1000  # below this many images abinit starts 3 times by default (measured above); from it on, once
DEFAULT_SMALL_DATA_STARTS = 3


def default_starts(n_images: int) -> int:
    return DEFAULT_SMALL_DATA_STARTS if n_images < SMALL_DATA_IMAGES else 1


@dataclass(frozen=True)
class StartSettings:
    """How many random starts, and how many epochs each runs before the best one is chosen."""

    count: int = 1
    epochs: int = 8


def _write_text(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        Path(tmp).write_text(text)


def _logged_loss(folder: Path, epoch: int) -> float | None:
    """Return the loss that ``folder``'s run.log gives for ``epoch`` (its last such line), or None."""
    log = folder / "run.log"
    found = re.findall(rf"epoch {epoch}: loss (\S+)", log.read_text()) if log.is_file() else []
    return float(found[-1]) if found else None


def _chosen(root: Path) -> int | None:
    path = root / "chosen.txt"
    return int(path.read_text().split()[1]) if path.is_file() else None


def run_with_starts(data: DataConfig, model: dict, train: TrainConfig, outdir: str | Path, schedule: PoseSchedule,
                    settings: StartSettings, start_poses: Callable[[int], Poses], load: str | None = None
                    ) -> list[dict]:
    """Train an ab initio run into ``outdir`` from ``settings.count`` random starts (``start_poses(seed)``
    gives a start's poses); return the per-epoch statistics of the continued run."""
    outdir = Path(outdir)
    root = outdir / STARTS_FOLDER
    if load is None and root.is_dir():
        raise OutputError(f"{outdir} holds the random starts of an abinit run; continue it with --load latest "
                          "or choose another -o")
    best = _chosen(root)
    if best is not None:
        _promote(root / f"start{best}", outdir)  # completes a move that an interruption cut short (else nothing)
    in_starts = load == "latest" and latest_checkpoint(outdir) is None and root.is_dir()
    if settings.count <= 1 or (load is not None and not in_starts):  # one start, or a resume of the continued run
        seed = train.seed + (best or 0)
        return run_training(data, model, replace(train, seed=seed), outdir, load=load, pose_schedule=schedule,
                            start_poses=start_poses(seed))
    epochs = min(settings.epochs, train.epochs)
    losses = _run_starts(data, model, train, outdir, schedule, settings.count, epochs, start_poses)
    best = min(losses, key=losses.get)
    summary = ", ".join(f"start {k} (seed {train.seed + k}) {loss:.6f}" for k, loss in sorted(losses.items()))
    _write_text(root / "chosen.txt", f"start {best} seed {train.seed + best}\nlosses at epoch {epochs - 1}: {summary}\n")
    _promote(root / f"start{best}", outdir)
    setup_logging(log_file=outdir / "run.log")
    get_logger().info(f"random starts, losses at epoch {epochs - 1}: {summary}; continuing start {best} "
                      f"(the lowest), as --seed {train.seed + best} alone would")
    _prune_others(root, best, epochs - 1)
    seed = train.seed + best
    return run_training(data, model, replace(train, seed=seed), outdir, load=str(outdir / f"weights.{epochs - 1}.pkl"),
                        pose_schedule=schedule, start_poses=start_poses(seed))


def _run_starts(data: DataConfig, model: dict, train: TrainConfig, outdir: Path, schedule: PoseSchedule, count: int,
                epochs: int, start_poses: Callable[[int], Poses]) -> dict[int, float]:
    """Run (or finish) each start for ``epochs`` epochs; return each start's loss in its last epoch."""
    created = not outdir.exists()
    losses = {}
    for k in range(count):
        folder = outdir / STARTS_FOLDER / f"start{k}"
        done = folder / "loss.txt"
        if done.is_file():
            losses[k] = float(done.read_text())
            continue
        get_logger().info(f"random start {k + 1} of {count} (seed {train.seed + k}): {epochs} epochs in {folder}")
        load = "latest" if latest_checkpoint(folder) is not None else None
        try:
            history = run_training(data, model, replace(train, epochs=epochs, seed=train.seed + k), folder, load=load,
                                   pose_schedule=schedule, start_poses=start_poses(train.seed + k))
        except CryoscapeError:
            if created and not any(outdir.rglob("weights.*.pkl")):  # refused before training: leave nothing behind
                shutil.rmtree(outdir, ignore_errors=True)
            raise
        loss = history[-1]["loss"] if history else _logged_loss(folder, epochs - 1)
        if loss is None:
            raise TrainingError(f"{folder}: finished, but its loss at epoch {epochs - 1} is not in its run.log; "
                                "delete that folder and continue with --load latest")
        _write_text(done, f"{float(loss)!r}\n")
        losses[k] = loss
    return losses


def _promote(winner: Path, outdir: Path) -> None:
    """Move the winning start's files up into ``outdir`` (its log first, so the run's log reads as one run)."""
    if not winner.is_dir():
        return
    log = winner / "run.log"
    if log.is_file():
        with open(outdir / "run.log", "a") as out:
            out.write(log.read_text())
        log.unlink()
    for path in sorted(winner.iterdir()):
        if path.is_file() and path.name != "loss.txt":
            path.replace(outdir / path.name)


def _prune_others(root: Path, best: int, last_epoch: int) -> None:
    """Keep only the last epoch's numbered files, the config and the log of the starts not chosen."""
    duplicates = {"weights.pkl", "poses.pkl", "z.pkl", "reconstruct.mrc"}  # copies of the last epoch's
    for folder in root.glob("start*"):
        if folder.name == f"start{best}" or not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = re.match(r"^[a-z]+\.(\d+)\.", path.name)
            if path.name in duplicates or (match and int(match.group(1)) != last_epoch):
                path.unlink()
