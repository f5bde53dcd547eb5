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
    """Return (model in eval mode, its RunConfig) from a weights file and, optionally, a config.yaml.

    A cryoDRGN 4.x checkpoint (its config.yaml beside it, or given) gives its decoder (see models.cryodrgn).
    """
    foreign = _cryodrgn_model(weights, config_path)
    if foreign is not None:
        return foreign
    state = load_checkpoint(weights)
    config = load_run_config(config_path) if config_path else run_config_from_dict(state["config"], str(weights))
    model = HetVAE(config.model)
    try:
        model.load_state_dict(state["model"])
    except RuntimeError:
        raise InputError(f"{weights} does not match the architecture in the config; "
                         "give the config.yaml of the run that wrote it") from None
    return model.eval(), config


def _cryodrgn_model(weights: str | os.PathLike, config_path: str | os.PathLike | None):
    """Return (model, RunConfig) when ``weights`` is a cryoDRGN checkpoint, else None."""
    from cryoscape.models.cryodrgn import (CryodrgnArchitecture, CryodrgnModel, is_cryodrgn_checkpoint,
                                           load_cryodrgn_decoder, read_cryodrgn_config)

    weights = Path(weights)
    config_file = Path(config_path) if config_path else weights.parent / "config.yaml"
    config = read_cryodrgn_config(config_file) if config_file.is_file() else None
    if config is None:
        return None
    try:
        state = torch.load(weights, map_location="cpu", weights_only=True)
    except Exception as exc:  # torch raises many types for torn or foreign files
        raise InputError(f"{weights} is not a readable checkpoint ({type(exc).__name__})") from None
    if not is_cryodrgn_checkpoint(state):
        return None
    decoder = load_cryodrgn_decoder(state, config, weights, config_file)
    run_config = cryodrgn_run_config(config, CryodrgnArchitecture.from_config(config, str(config_file)))
    return CryodrgnModel(decoder, run_config.model), run_config


def cryodrgn_run_config(config: dict, arch) -> RunConfig:
    """Return a RunConfig standing for a cryoDRGN run (its data, box, zdim; maps carry their own scale)."""
    import numpy as np

    from cryoscape.io import load_pkl
    from cryoscape.models.config import DataConfig, DatasetInfo, ModelConfig, TrainConfig

    data = config.get("dataset_args", {})
    apix = 1.0
    if data.get("ctf") and Path(data["ctf"]).is_file():
        ctf = np.asarray(load_pkl(data["ctf"]))
        if ctf.ndim == 2 and ctf.shape[1] >= 2:
            apix = float(ctf[0, 1]) * float(ctf[0, 0]) / arch.box_size  # the CTF's extent over the run's box
    model = ModelConfig(box_size=arch.box_size, zdim=arch.zdim, dec_dim=arch.width, dec_layers=arch.layers)
    data_config = DataConfig(str(data.get("particles", "")), str(data.get("poses", "")), data.get("ctf"),
                             data.get("ind"), data.get("datadir"), bool(data.get("invert_data", True)))
    return RunConfig(model, data_config, TrainConfig(), DatasetInfo(0, apix, 1.0))
