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
from cryoscape.training.tilt_batches import TiltBatches


@dataclass(frozen=True)
class ImageEvaluation:
    """Per image, or per particle of a tilt series (n rows, in selection order): latent means and log-variances (n, zdim); the reconstruction
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
    if (model.config.encode_mode == "tilt") != (data.tilts is not None):
        raise InputError("this model encodes a particle from several tilt images: give the tilt-series star file "
                         "(one row per tilt image, from parse_relion)" if data.tilts is None else
                         "these particles are tilt series but the model encodes single images")
    if data.spectra.lattice.box_size != box:
        raise InputError(f"the particles are {data.spectra.lattice.box_size} px but the model was trained at {box} px; "
                         f"downsample them to {box} (cryoscape downsample -D {box})")
    beta = 1.0 / model.config.zdim if beta is None else beta
    model = model.to(device).eval()
    batches = DeviceBatches(data, model.lattice, device)
    tilt = TiltBatches(data.tilts, data.ntilts, model.lattice, data.apix, device) if data.tilts is not None else None
    n, zdim = data.n_units, model.config.zdim
    mu_all, logvar_all = np.empty((n, zdim), np.float32), np.empty((n, zdim), np.float32)
    error_all = np.empty(n, np.float64)
    step = batch_size if tilt is None else max(1, batch_size // tilt.ntilts)
    unit = "img" if tilt is None else "particle"
    with progress_bar(total=n, desc="eval_images", unit=unit, enabled=progress) as bar:
        for start in range(0, n, step):
            positions = np.arange(start, min(start + step, n))
            score = _score_images if tilt is None else _score_tilt_series
            mu, logvar, error = score(model, batches, positions, tilt)
            error_all[positions] = error.double().cpu().numpy()
            mu_all[positions], logvar_all[positions] = mu.float().cpu().numpy(), logvar.float().cpu().numpy()
            bar.update(len(positions))
    kl = -0.5 * (1 + logvar_all.astype(np.float64) - mu_all.astype(np.float64) ** 2
                 - np.exp(logvar_all.astype(np.float64))).sum(axis=1)
    loss = error_all + beta * kl / disc_points(model.lattice.n_points)
    return ImageEvaluation(mu_all, logvar_all, error_all, kl, loss, beta)


def _score_images(model: HetVAE, batches: DeviceBatches, positions: np.ndarray, tilt: None
                  ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Return (mu, logvar, mean squared error at mu) of the single images at ``positions``."""
    index = batches.index(positions)
    observed = batches.centre(index, batches.host_spectra(positions))
    ctf = batches.ctf_values(index)
    mu, logvar = model.encode(phase_flipped(observed, ctf))
    predicted = model.decode_slices(batches.rotations[index], mu)
    diff = (predicted if ctf is None else predicted * ctf) - observed
    return mu, logvar, (diff.real ** 2 + diff.imag ** 2).mean(dim=1)


def _score_tilt_series(model: HetVAE, batches: DeviceBatches, particles: np.ndarray, tilt: TiltBatches
                       ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Return (mu, logvar, error) of the particles at ``particles``: the error is training's dose- and
    tilt-weighted squared error at mu, averaged over the particle's tilt images that were used."""
    batch = tilt.prepare(batches, particles)
    mu, logvar = model.encode(batch.encoder_input, present=batch.present)
    predicted = model.decode_slices(batches.rotations[batch.index], mu.repeat_interleave(tilt.ntilts, dim=0))
    diff = predicted * batch.model_ctf - batch.observed
    per_image = (diff.real ** 2 + diff.imag ** 2).mean(dim=1).reshape(len(particles), tilt.ntilts)
    return mu, logvar, per_image.sum(dim=1) / batch.present.sum(dim=1).clamp(min=1)
