"""Training the heterogeneous VAE: losses, the loop, checkpoints and latents."""

from cryoscape.training.checkpoint import latest_checkpoint, save_checkpoint, save_latents
from cryoscape.training.evaluate import ImageEvaluation, evaluate_images
from cryoscape.training.distributed import multigpu_command
from cryoscape.training.loop import (Trainer, TrainingData, TrainingError, encode_all,
                                     load_training_data)
from cryoscape.training.run import pick_device, resolve_load, run_training
from cryoscape.training.losses import kl_divergence, reconstruction_error, vae_objective

__all__ = [
    "ImageEvaluation", "Trainer", "evaluate_images", "TrainingData", "TrainingError", "encode_all", "kl_divergence", "latest_checkpoint",
    "load_training_data", "multigpu_command", "reconstruction_error", "save_checkpoint",
    "save_latents", "vae_objective", "pick_device", "resolve_load", "run_training",
]
