"""The VAE objective: reconstruction error on the half-lattice plus β-weighted KL divergence."""

from __future__ import annotations

import torch


def reconstruction_error(predicted: torch.Tensor, observed: torch.Tensor) -> torch.Tensor:
    """Return the mean squared error |predicted − observed|² over images and lattice points."""
    diff = predicted - observed
    return (diff.real ** 2 + diff.imag ** 2).mean()


def kl_divergence(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    """Return KL(q(z|x) ‖ N(0, I)) summed over latent dimensions, averaged over the batch."""
    return (-0.5 * (1 + logvar - mu * mu - logvar.exp()).sum(dim=1)).mean()


def vae_objective(mse: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float,
                  n_points: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Return (loss, mse, kl) for a reconstruction error over ``n_points`` lattice points per image.

    The KL is divided by the number of lattice points, as in cryoDRGN, so that β weighs it against
    a per-point reconstruction error."""
    kl = kl_divergence(mu, logvar)
    return mse + beta * kl / n_points, mse, kl


def vae_loss(predicted: torch.Tensor, observed: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor,
             beta: float) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Return (loss, mse, kl) of predicted against observed slices (B, P)."""
    return vae_objective(reconstruction_error(predicted, observed), mu, logvar, beta, observed.shape[-1])
