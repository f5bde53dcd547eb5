"""Typed configs and the heterogeneous VAE (encoder, coordinate decoder, map generation)."""

from cryoscape.models.config import (SCHEMA_VERSION, DataConfig, ModelConfig, RunConfig, TrainConfig,
                                     load_run_config, run_config_from_dict, save_run_config)
from cryoscape.models.vae import Decoder, Encoder, HetVAE, reparameterize
from cryoscape.models.volume import decode_spectra, decode_spectrum, decode_volume, decode_volumes

__all__ = [
    "DataConfig", "Decoder", "Encoder", "HetVAE", "ModelConfig", "RunConfig", "SCHEMA_VERSION",
    "TrainConfig", "decode_spectra", "decode_spectrum", "decode_volume", "decode_volumes", "load_run_config", "reparameterize", "run_config_from_dict",
    "save_run_config",
]
