"""Typed configs, the heterogeneous VAE (encoder, coordinate decoder, map generation) and trained models on disk."""

from cryoscape.models.config import (DECODER_LR_DECAY_IMAGES, SCHEMA_VERSION, TILT_LR, VAE_AVERAGE_IMAGES,
                                     VAE_DECODER_LR, VAE_ENCODER_LR, VAE_POINT_FRACTION, DataConfig, DatasetInfo,
                                     ModelConfig, RunConfig, TrainConfig, load_run_config, run_config_from_dict,
                                     save_run_config)
from cryoscape.models.cryodrgn import CryodrgnModel
from cryoscape.models.saved import load_checkpoint, load_trained_model
from cryoscape.models.vae import Decoder, Encoder, HetVAE, reparameterize
from cryoscape.models.volume import (LatticeInput, decode_spectra, decode_spectrum, decode_volume, decode_volumes,
                                     spectra_to_volumes)

__all__ = [
    "CryodrgnModel", "DataConfig", "DatasetInfo", "Decoder", "Encoder", "HetVAE", "LatticeInput", "ModelConfig", "RunConfig",
    "SCHEMA_VERSION", "TILT_LR", "TrainConfig", "VAE_AVERAGE_IMAGES", "VAE_DECODER_LR",
    "VAE_ENCODER_LR", "VAE_POINT_FRACTION", "DECODER_LR_DECAY_IMAGES",
    "decode_spectra", "decode_spectrum", "decode_volume", "decode_volumes",
    "load_checkpoint", "load_run_config", "load_trained_model", "reparameterize", "run_config_from_dict",
    "save_run_config", "spectra_to_volumes",
]
