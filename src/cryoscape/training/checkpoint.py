"""Checkpoints and latents on disk, written atomically so an interrupted run never leaves a torn file.

``weights.N.pkl`` = torch.save of ``{"model", "optimizer", "epoch", "config", "rng"}`` (and, when training
averages its weights, ``"live_model"`` and ``"average_steps"``: "model" is then the average) with tensors and
plain containers only (``torch.load(weights_only=True)`` reads it); ``z.N.pkl`` = two consecutive
pickles, the latent means (N, zdim) then log-variances, as cryoDRGN writes them.
"""

from __future__ import annotations

import os
import pickle
import re
from pathlib import Path
from typing import Any

import numpy as np
import torch

from cryoscape.errors import InputError
from cryoscape.io import atomic_path
from cryoscape.models import load_checkpoint

WEIGHTS_PATTERN = re.compile(r"^weights\.(\d+)\.pkl$")


def save_checkpoint(path: str | os.PathLike, model: torch.nn.Module, optimizer: torch.optim.Optimizer,
                    epoch: int, config: dict[str, Any], extra: dict[str, Any] | None = None) -> Path:
    with atomic_path(path) as tmp:
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": int(epoch),
                    "config": config, "rng": torch.get_rng_state(), **(extra or {}),
                    **({"cuda_rng": torch.cuda.get_rng_state()} if torch.cuda.is_initialized() else {})}, tmp)
    return Path(path)


def check_optimizer_layout(saved: Any, saved_groups: list[list[torch.nn.Parameter]], source: str = "the checkpoint"
                           ) -> None:
    """Raise InputError unless the optimiser state ``saved`` has the groups ``saved_groups`` (the parameters
    each group of the run that wrote it held, in order), parameter for parameter."""
    groups = saved.get("param_groups") if isinstance(saved, dict) else None
    if not isinstance(groups, list) or len(groups) != len(saved_groups) or any(
            not isinstance(group, dict) or len(group.get("params", ())) != len(params)
            for group, params in zip(groups, saved_groups)) or not isinstance(saved.get("state"), dict):
        raise InputError(f"{source}: its optimiser state does not match its own config (a damaged or foreign "
                         "file); resume from another checkpoint or start a new run without --load")


def regrouped_optimizer_state(saved: dict[str, Any], saved_groups: list[list[torch.nn.Parameter]],
                              optimizer: torch.optim.Optimizer) -> dict[str, Any]:
    """Return the optimiser state ``saved`` laid out for ``optimizer``'s parameter groups.

    ``saved_groups`` are the parameters each saved group held, in order (the layout the run that wrote it
    had: one group, or the decoder at its own rate, …). Each parameter keeps its Adam moments and step
    count whatever group it is in now; every group keeps ``optimizer``'s current rates, so a resumed run
    trains at the rates it was given. Raise InputError when the layouts do not describe the same state.
    """
    check_optimizer_layout(saved, saved_groups)
    by_parameter = {id(param): saved["state"][index]
                    for group, params in zip(saved["param_groups"], saved_groups)
                    for index, param in zip(group["params"], params) if index in saved["state"]}
    current = optimizer.state_dict()
    order = [param for group in optimizer.param_groups for param in group["params"]]
    state = {index: by_parameter[id(param)] for index, param in enumerate(order) if id(param) in by_parameter}
    return {"state": state, "param_groups": current["param_groups"]}


def latest_checkpoint(outdir: str | os.PathLike) -> Path | None:
    """Return the newest weights.N.pkl in ``outdir`` that loads completely, or None."""
    candidates = []
    for path in Path(outdir).glob("weights.*.pkl"):
        match = WEIGHTS_PATTERN.match(path.name)
        if match:
            candidates.append((int(match.group(1)), path))
    for _, path in sorted(candidates, reverse=True):
        try:
            load_checkpoint(path)
            return path
        except InputError:
            continue
    return None


def save_latents(path: str | os.PathLike, mu: np.ndarray, logvar: np.ndarray) -> Path:
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            pickle.dump(np.asarray(mu, np.float32), fh, protocol=4)
            pickle.dump(np.asarray(logvar, np.float32), fh, protocol=4)
    return Path(path)
