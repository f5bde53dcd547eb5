"""A whole ``train_vae`` run: output folder rules, config.yaml, run.log, resume, and the loop."""

from __future__ import annotations

import dataclasses
import shutil
import os
from pathlib import Path

import torch

from cryoscape.errors import CryoscapeError, InputError, OutputError
from cryoscape.logs import get_logger, setup_logging
from cryoscape.models import DataConfig, ModelConfig, RunConfig, TrainConfig, run_config_from_dict, save_run_config
from cryoscape.training.allocator import retain_freed_memory
from cryoscape.training.checkpoint import latest_checkpoint, load_checkpoint
from cryoscape.training.distributed import ProcessGroup, barrier, init_process_group, shutdown
from cryoscape.training.loop import Trainer, load_training_data


def pick_device(group: ProcessGroup = ProcessGroup()) -> torch.device:
    return torch.device(f"cuda:{group.local_rank}" if torch.cuda.is_available() else "cpu")


def resolve_load(outdir: Path, load: str | None) -> Path | None:
    """Return the checkpoint to resume from: a path, or the newest complete one for 'latest'."""
    if load is None:
        return None
    if load == "latest":
        found = latest_checkpoint(outdir)
        if found is None:
            raise InputError(f"--load latest: {outdir} holds no complete weights.N.pkl to resume from")
        return found
    return Path(load)


def run_training(data: DataConfig, model_settings: dict, train: TrainConfig, outdir: str | os.PathLike,
                 load: str | None = None, progress: bool = True) -> list[dict[str, float]]:
    """Train (or resume) a model into ``outdir``; return the per-epoch statistics of this run.

    Under torchrun, every process runs this; rank 0 alone writes files and logs.
    """
    retain_freed_memory()  # large activations are reused instead of page-faulted in every step
    group = init_process_group()
    try:
        return _run(data, model_settings, train, Path(outdir), load, progress, group)
    finally:
        shutdown(group)


def _run(data: DataConfig, model_settings: dict, train: TrainConfig, outdir: Path, load: str | None,
         progress: bool, group: ProcessGroup) -> list[dict[str, float]]:
    weights = resolve_load(outdir, load)
    if weights is None and outdir.is_dir() and any(outdir.glob("weights*.pkl")):
        raise OutputError(f"{outdir} already holds a training run; continue it with --load latest "
                          "or choose another -o")
    created = not outdir.exists()
    if group.is_main and not created:
        _remove_torn_writes(outdir)
    try:
        config, training_data, device = _prepare(data, model_settings, train, outdir, weights, progress, group)
    except CryoscapeError:
        if created and group.is_main:  # bad input found before training: leave no folder behind
            shutil.rmtree(outdir, ignore_errors=True)
        raise
    trainer = Trainer(config, training_data, outdir, device, group)
    if weights is not None:
        trainer.resume(weights)
    return trainer.run(progress=progress)


def _remove_torn_writes(outdir: Path) -> None:
    """Delete temporary files left by a killed run's checkpoint writes (never read: they have no final name)."""
    for path in list(outdir.glob(".weights*.pkl.*.tmp")) + list(outdir.glob(".z*.pkl.*.tmp")):
        path.unlink(missing_ok=True)
        get_logger().info(f"removed {path.name}, an unfinished write of an interrupted run")


def _prepare(data: DataConfig, model_settings: dict, train: TrainConfig, outdir: Path, weights: Path | None,
             progress: bool, group: ProcessGroup):
    """Create the output folder and log, load and validate the data, write config.yaml."""
    barrier(group)
    if group.is_main:
        outdir.mkdir(parents=True, exist_ok=True)
        setup_logging(log_file=outdir / "run.log")
    else:
        setup_logging(quiet=True)
    log = get_logger()
    rms = None
    if weights is not None:  # same normalisation as the run being resumed
        saved = load_checkpoint(weights)["config"]
        rms = run_config_from_dict(saved, str(weights)).data.spectrum_rms
    training_data = load_training_data(data, spectrum_rms=rms, progress=progress and group.is_main)
    stack = training_data.spectra.stack
    apix = (float(training_data.ctf[0, 0] * training_data.ctf[0, 1]) / stack.box_size
            if training_data.ctf is not None else (stack.apix or 1.0))
    data = dataclasses.replace(data, n_particles=len(training_data), apix=apix,
                               spectrum_rms=training_data.spectra.rms)
    config = RunConfig(ModelConfig(box_size=stack.box_size, **model_settings), data, train)
    if group.is_main:
        save_run_config(config, outdir / "config.yaml")
    device = pick_device(group)
    log.info(f"training on {len(training_data)} particles, box {stack.box_size} ({apix:.3f} Å/px), "
             f"{training_data.spectra.lattice.n_points} lattice points per image, device {device}, "
             f"{'lazy' if data.lazy else 'in memory'}"
             + (f", {group.world_size} processes" if group.active else ""))
    if train.amp and device.type != "cuda":
        log.info("--amp has no effect on the CPU: training in float32")
    elif device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # float32 matrix products on tensor cores (10-bit mantissa)
        log.info("mixed precision: bfloat16 autocast" if train.amp else
                 "float32 with TF32 matrix products (--amp for bfloat16)")
    return config, training_data, device
