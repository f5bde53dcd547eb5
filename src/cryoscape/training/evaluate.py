"""Encoding a posed particle stack with a trained model: latents and each image's loss (eval_images)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from cryoscape.errors import InputError
from cryoscape.logs import progress_bar
from cryoscape.models import HetVAE
from cryoscape.training.batches import DeviceBatches, phase_flipped
from cryoscape.training.loop import TrainingData
from cryoscape.training.losses import disc_points


@dataclass(frozen=True)
class ImageEvaluation:
    """Per image (n rows, in selection order): latent means and log-variances (n, zdim); the reconstruction
    error at the latent mean, its KL term and the total loss as in training (n,)."""

    mu: np.ndarray
    logvar: np.ndarray
    reconstruction: np.ndarray
    kl: np.ndarray
    loss: np.ndarray
    beta: float

    def summary(self) -> dict[str, float]:
        """Return the means over all images, under cryoDRGN's eval_images keys (loss, recon, kld)."""
        return {"loss": float(self.loss.mean()), "recon": float(self.reconstruction.mean()),
                "kld": float(self.kl.mean())}


@torch.no_grad()
def evaluate_images(model: HetVAE, data: TrainingData, device: torch.device, beta: float | None = None,
                    batch_size: int = 64, progress: bool = True) -> ImageEvaluation:
    """Encode every image and score its reconstruction from the decoder at the latent mean.

    The loss is deterministic (no sampled z): the same image always gets the same score, so scores of
    held-out and training particles compare. β defaults to 1/zdim as in training.
    """
    box = model.config.box_size
    if not isinstance(model, HetVAE):
        raise InputError("these weights are cryoDRGN's, whose encoder cryoscape does not rebuild: evaluate images "
                         "with cryodrgn eval_images, or with a model trained by cryoscape train_vae")
    if model.latent_table is not None or model.config.zdim == 0:
        raise InputError("this model has no encoder (train_dec's latents are learned per training particle and saved "
                         "in z.N.pkl; train_nn has none): eval_images needs a train_vae model")
    if model.config.encode_mode == "tilt":
        raise InputError("this model encodes a particle from several tilt images: eval_images scores single images; "
                         "the run's z.N.pkl already holds one latent per particle")
    if data.spectra.lattice.box_size != box:
        raise InputError(f"the particles are {data.spectra.lattice.box_size} px but the model was trained at {box} px; "
                         f"downsample them to {box} (cryoscape downsample -D {box})")
    beta = 1.0 / model.config.zdim if beta is None else beta
    model = model.to(device).eval()
    batches = DeviceBatches(data, model.lattice, device)
    n, zdim = len(data), model.config.zdim
    mu_all, logvar_all = np.empty((n, zdim), np.float32), np.empty((n, zdim), np.float32)
    error_all = np.empty(n, np.float64)
    with progress_bar(total=n, desc="eval_images", unit="img", enabled=progress) as bar:
        for start in range(0, n, batch_size):
            positions = np.arange(start, min(start + batch_size, n))
            index = batches.index(positions)
            observed = batches.centre(index, batches.host_spectra(positions))
            ctf = batches.ctf_values(index)
            mu, logvar = model.encode(phase_flipped(observed, ctf))
            predicted = model.decode_slices(batches.rotations[index], mu)
            diff = (predicted if ctf is None else predicted * ctf) - observed
            error_all[positions] = (diff.real ** 2 + diff.imag ** 2).mean(dim=1).double().cpu().numpy()
            mu_all[positions], logvar_all[positions] = mu.float().cpu().numpy(), logvar.float().cpu().numpy()
            bar.update(len(positions))
    kl = -0.5 * (1 + logvar_all.astype(np.float64) - mu_all.astype(np.float64) ** 2
                 - np.exp(logvar_all.astype(np.float64))).sum(axis=1)
    loss = error_all + beta * kl / disc_points(model.lattice.n_points)
    return ImageEvaluation(mu_all, logvar_all, error_all, kl, loss, beta)
