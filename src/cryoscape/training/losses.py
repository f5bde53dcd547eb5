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


def disc_points(half_points: int) -> int:
    """Return the number of lattice points of the whole disc whose half-lattice holds ``half_points``.

    The half-lattice keeps one of each ±k pair and the origin once, so the disc has 2P − 1 points.
    """
    return 2 * half_points - 1


def vae_objective(mse: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float,
                  half_points: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Return (loss, mse, kl) for a reconstruction error over a half-lattice of ``half_points`` per image.

    As in cryoDRGN, the KL is divided by the number of points of the whole disc the error is a mean
    over (its ±k pairs weigh the same as the half-lattice's points), so a given β weighs the KL
    against the reconstruction error as cryoDRGN's ``--beta`` does."""
    kl = kl_divergence(mu, logvar)
    return mse + beta * kl / disc_points(half_points), mse, kl

