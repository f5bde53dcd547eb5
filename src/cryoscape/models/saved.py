"""Reading a trained model back: checkpoints loaded without executing code, and the model they hold."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch

from cryoscape.errors import InputError
from cryoscape.models.config import RunConfig, load_run_config, run_config_from_dict
from cryoscape.models.vae import HetVAE


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
