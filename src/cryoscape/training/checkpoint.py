"""Checkpoints and latents on disk, written atomically so an interrupted run never leaves a torn file.

``weights.N.pkl`` = torch.save of ``{"model", "optimizer", "epoch", "config", "rng"}`` with tensors and
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
from cryoscape.models import HetVAE, RunConfig, load_run_config, run_config_from_dict

WEIGHTS_PATTERN = re.compile(r"^weights\.(\d+)\.pkl$")


def save_checkpoint(path: str | os.PathLike, model: torch.nn.Module, optimizer: torch.optim.Optimizer,
                    epoch: int, config: dict[str, Any]) -> Path:
    with atomic_path(path) as tmp:
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": int(epoch),
                    "config": config, "rng": torch.get_rng_state(),
                    **({"cuda_rng": torch.cuda.get_rng_state()} if torch.cuda.is_initialized() else {})}, tmp)
    return Path(path)


def load_checkpoint(path: str | os.PathLike) -> dict[str, Any]:
    """Return a checkpoint dict, loaded without executing code; raise InputError if unreadable."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"weights file {path} does not exist")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # torch raises many types for torn or foreign files
        raise InputError(f"{path} is not a readable cryoscape checkpoint ({type(exc).__name__}: "
                         f"{str(exc).splitlines()[0][:200]})") from None
    if not isinstance(state, dict) or not {"model", "epoch", "config"} <= set(state):
        raise InputError(f"{path} is not a cryoscape checkpoint (no model/epoch/config entries)")
    return state


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


def load_trained_model(weights: str | os.PathLike, config_path: str | os.PathLike | None = None
                       ) -> tuple[HetVAE, RunConfig]:
    """Return (model in eval mode, its RunConfig) from a weights file and, optionally, a config.yaml."""
    state = load_checkpoint(weights)
    config = load_run_config(config_path) if config_path else run_config_from_dict(state["config"], str(weights))
    model = HetVAE(config.model)
    try:
        model.load_state_dict(state["model"])
    except RuntimeError:
        raise InputError(f"{weights} does not match the architecture in the config; "
                         "give the config.yaml of the run that wrote it") from None
    return model.eval(), config
