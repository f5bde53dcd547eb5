"""Maps from a trained decoder: its transform on the full 3D lattice, inverted to real space."""

from __future__ import annotations

import numpy as np
import torch

from cryoscape.models.vae import HetVAE


def volume_lattice(out_box: int, model_box: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (coords (M, 3), flat indices into an (out_box³) grid) of the half-space inside |k| < out_box/2.

    Coordinates are in the model's units (cycles per model box ÷ model box), so a smaller ``out_box``
    samples the same map at lower resolution.
    """
    k = torch.arange(out_box) - out_box // 2
    kz, ky, kx = torch.meshgrid(k, k, k, indexing="ij")
    inside = (kx ** 2 + ky ** 2 + kz ** 2).double().sqrt() < out_box / 2
    upper = (kz > 0) | ((kz == 0) & (ky > 0)) | ((kz == 0) & (ky == 0) & (kx >= 0))
    keep = (inside & upper).reshape(-1)
    flat = torch.nonzero(keep).squeeze(1)
    coords = torch.stack([kx.reshape(-1)[flat], ky.reshape(-1)[flat], kz.reshape(-1)[flat]], -1).float()
    return coords / model_box, flat


def mirror_index(flat: torch.Tensor, box: int) -> torch.Tensor:
    """Return flat indices of −k for flat indices of k on a centred (box³) grid (in-range points only)."""
    c = box // 2
    z, rem = flat // (box * box), flat % (box * box)
    y, x = rem // box, rem % box
    return ((2 * c - z) * box + (2 * c - y)) * box + (2 * c - x)


@torch.no_grad()
def decode_spectrum(model: HetVAE, z: np.ndarray, box: int, chunk_points: int = 65536) -> torch.Tensor:
    """Return the decoder's centred 3D transform (box, box, box) at latent ``z``, zero outside |k| < box/2."""
    coords, flat = volume_lattice(box, model.config.box_size)
    latent = torch.as_tensor(np.asarray(z, np.float32)).reshape(1, -1)
    values = torch.cat([model.decoder(coords[None, i:i + chunk_points], latent)[0]
                        for i in range(0, coords.shape[0], chunk_points)])
    grid = torch.zeros(box ** 3, dtype=torch.complex64)
    grid[mirror_index(flat, box)] = torch.conj(values)
    grid[flat] = values  # the origin is its own mirror and keeps its (real) value
    return grid.reshape(box, box, box)


@torch.no_grad()
def decode_volume(model: HetVAE, z: np.ndarray, out_box: int | None = None, chunk_points: int = 65536,
                  spectrum_rms: float = 1.0) -> np.ndarray:
    """Return the real-space map (D, D, D) [z, y, x] that the decoder generates at latent ``z`` (zdim,).

    ``spectrum_rms`` undoes the training normalisation; maps sampled on a smaller ``out_box`` keep
    the same density scale.
    """
    model_box = model.config.box_size
    box = out_box or model_box
    spectrum = decode_spectrum(model, z, box, chunk_points)
    volume = torch.fft.fftshift(torch.fft.ifftn(torch.fft.ifftshift(spectrum))).real
    scale = spectrum_rms * (box / model_box) ** 3
    return (volume * scale).numpy().astype(np.float32)
