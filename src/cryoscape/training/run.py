"""A whole ``train_vae`` run: output folder rules, config.yaml, run.log, resume, and the loop."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import torch

from cryoscape.errors import CryoscapeError, InputError, OutputError
from cryoscape.logs import get_logger, setup_logging
from cryoscape.models import (DataConfig, DatasetInfo, ModelConfig, RunConfig, TrainConfig, run_config_from_dict,
                              save_run_config)
from cryoscape.training.allocator import retain_freed_memory
from cryoscape.models import load_checkpoint
from cryoscape.training.checkpoint import latest_checkpoint
from cryoscape.training.distributed import ProcessGroup, barrier, init_process_group, shutdown
from cryoscape.data import Poses, load_poses
from cryoscape.training.loop import (StopRule, Trainer, TrainingData, check_resumable, check_same_architecture,
                                     load_training_data)
from cryoscape.training.poses import PoseSchedule, PoseTrainer


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
                 load: str | None = None, progress: bool = True, stop_rule: StopRule | None = None,
                 pose_schedule: PoseSchedule | None = None, start_poses: Poses | None = None
                 ) -> list[dict[str, float]]:
    """Train (or resume) a model into ``outdir``; return the per-epoch statistics of this run.

    Under torchrun, every process runs this; rank 0 alone writes files and logs. ``stop_rule``: see
    :meth:`Trainer.run`. With ``pose_schedule`` the poses are estimated as it says (abinit,
    ``--refine-poses``: one process only), starting from ``start_poses`` (one row per image of the
    stack) instead of ``data.poses`` when given.
    """
    if pose_schedule is not None and data.tilt:
        raise InputError("pose search and refinement work on single-particle images; tilt series use the poses "
                         "of their subtomogram refinement (drop --refine-poses)")
    if pose_schedule is not None and stop_rule is not None:
        raise InputError("--stop-when-converged does not combine with pose estimation (--refine-poses, abinit): "
                         "give -n instead")
    retain_freed_memory()  # large activations are reused instead of page-faulted in every step
    group = init_process_group()
    if data.tilt and group.active:
        shutdown(group)
        raise InputError("tilt-series training runs in one process: start it without torchrun/--multigpu")
    if pose_schedule is not None and group.active:
        shutdown(group)
        raise InputError("pose search and refinement run in one process: start it without torchrun/--multigpu")
    try:
        stats = _run(data, model_settings, train, Path(outdir), load, progress, group, stop_rule,
                     pose_schedule, start_poses)
        # every rank finished before any tears the group down: a gloo rank whose peer is already
        # destroying the group can abort at exit ("terminate called without an active exception")
        barrier(group)
        return stats
    finally:
        shutdown(group)


PER_PARTICLE = -1  # latent_table_rows for "one row per particle of the selection", resolved once it is read


def _run(data: DataConfig, model_settings: dict, train: TrainConfig, outdir: Path, load: str | None,
         progress: bool, group: ProcessGroup, stop_rule: StopRule | None, pose_schedule: PoseSchedule | None,
         start_poses: Poses | None) -> list[dict[str, float]]:
    weights = resolve_load(outdir, load)
    if weights is None and outdir.is_dir() and any(outdir.glob("weights*.pkl")):
        raise OutputError(f"{outdir} already holds a training run; continue it with --load latest "
                          "or choose another -o")
    # everything is read and checked before the first write: a refused run leaves the folder as it was
    config, training_data, state = _validated_inputs(data, model_settings, train, weights, progress, group,
                                                     start_poses)
    if pose_schedule is not None and weights is not None:
        pose_file = weights.parent / f"pose.{state['epoch']}.pkl"
        if not pose_file.is_file():
            raise InputError(f"--load {weights}: {pose_file.name}, the poses of that epoch, is not beside it; "
                             "resume from a checkpoint of a pose-estimating run with its pose.N.pkl")
    created = not outdir.exists()
    try:
        device = _start_run_folder(config, training_data, outdir, group)
        if pose_schedule is None:
            trainer = Trainer(config, training_data, outdir, device, group)
        else:
            full = start_poses if start_poses is not None else load_poses(data.poses)
            trainer = PoseTrainer(config, training_data, outdir, device, group, schedule=pose_schedule,
                                  full_poses=full, indices=training_data.spectra.indices)
        if state is not None:
            trainer.resume(weights)
            if pose_schedule is not None:
                trainer.load_poses_of(weights)
    except CryoscapeError:
        if created and group.is_main:  # failed before training: leave no folder behind
            shutil.rmtree(outdir, ignore_errors=True)
        raise
    return trainer.run(progress=progress, stop_rule=stop_rule)


def _remove_torn_writes(outdir: Path) -> None:
    """Delete temporary files left by a killed run's checkpoint writes (never read: they have no final name)."""
    for path in list(outdir.glob(".weights*.pkl.*.tmp")) + list(outdir.glob(".z*.pkl.*.tmp")):
        path.unlink(missing_ok=True)
        get_logger().info(f"removed {path.name}, an unfinished write of an interrupted run")


def _validated_inputs(data: DataConfig, model_settings: dict, train: TrainConfig, weights: Path | None,
                      progress: bool, group: ProcessGroup, start_poses: Poses | None = None
                      ) -> tuple[RunConfig, TrainingData, dict | None]:
    """Return the run's config, its data and the checkpoint to resume (or None), all checked; write nothing."""
    state = saved = None
    if weights is not None:  # same normalisation as the run being resumed
        state = load_checkpoint(weights)
        saved = run_config_from_dict(state["config"], str(weights))
    rms = saved.dataset.spectrum_rms if saved is not None else None
    training_data = load_training_data(data, spectrum_rms=rms, progress=progress and group.is_main, poses=start_poses)
    box = training_data.spectra.stack.box_size
    dataset = DatasetInfo(n_particles=training_data.n_units, apix=training_data.apix,
                          spectrum_rms=training_data.spectra.rms)
    if model_settings.get("latent_table_rows") == PER_PARTICLE:  # train_dec: one latent per selected particle
        model_settings = {**model_settings, "latent_table_rows": len(training_data)}
    config = RunConfig(ModelConfig(box_size=box, **model_settings), data, train, dataset)
    if state is not None:
        check_same_architecture(state, weights, config)
        check_resumable(state, weights, config)
    return config, training_data, state


def _start_run_folder(config: RunConfig, training_data: TrainingData, outdir: Path, group: ProcessGroup
                      ) -> torch.device:
    """Create the output folder and its log, write config.yaml, and return the device to train on."""
    barrier(group)
    if group.is_main:
        outdir.mkdir(parents=True, exist_ok=True)
        _remove_torn_writes(outdir)
        setup_logging(log_file=outdir / "run.log")
        save_run_config(config, outdir / "config.yaml")
    else:
        setup_logging(quiet=True)
    log = get_logger()
    device = pick_device(group)
    dataset = config.dataset
    unit = (f"particles ({len(training_data)} tilt images, {config.data.ntilts} per particle)" if config.data.tilt
            else "particles")
    log.info(f"training on {dataset.n_particles} {unit}, box {config.model.box_size} ({dataset.apix:.3f} Å/px), "
             f"{training_data.spectra.lattice.n_points} lattice points per image, device {device}, "
             f"{'lazy' if config.data.lazy else 'in memory'}"
             + (f", {group.world_size} processes" if group.active else ""))
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # float32 matrix products on tensor cores (10-bit mantissa)
    return device
