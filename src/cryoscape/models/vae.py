"""The heterogeneous VAE: an image encoder to a latent z and a coordinate decoder of the map's transform.

The decoder models the 3D Fourier transform of the map as a function of frequency and z. Hermitian
symmetry (the map is real) is built in: a frequency in the lower half-space (k_z < 0, or on the
k_z = 0 plane with k_y < 0, …) is evaluated at −k and conjugated, so the network only ever sees one
half-space, F(0) is real, and every map it generates is real.
"""

from __future__ import annotations

from typing import Callable

import torch
from torch import nn

from cryoscape.fourier import HalfLattice
from cryoscape.models.config import ModelConfig
from cryoscape.models.networks import GaussianFourierFeatures, GeometricEncoding, ResidualMLP


class Encoder(nn.Module):
    """Maps an image's centred, CTF-phase-flipped half-lattice spectrum (B, P) complex to (mu, logvar),
    each (B, zdim)."""

    def __init__(self, config: ModelConfig, n_points: int):
        super().__init__()
        self.zdim = config.zdim
        self.mlp = ResidualMLP(2 * n_points, config.enc_dim, config.enc_layers, 2 * config.zdim)

    def forward(self, spectra: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        out = self.mlp(torch.cat([spectra.real, spectra.imag], dim=-1))
        return out[:, : self.zdim], out[:, self.zdim:]


class TiltEncoder(nn.Module):
    """Maps a particle's tilt images (B, T, P) complex (centred, phase-flipped) and which are present (B, T)
    to (mu, logvar) (B, zdim): each tilt through one shared network to an embedding, the embeddings of the
    present tilts averaged, the average through a second network (cryoDRGN-ET's two stages; the average
    makes the latent independent of the tilts' order and count)."""

    def __init__(self, config: ModelConfig, n_points: int):
        super().__init__()
        self.zdim = config.zdim
        self.per_tilt = ResidualMLP(2 * n_points, config.tilt_dim, config.tilt_layers, config.tilt_emb_dim)
        self.head = ResidualMLP(config.tilt_emb_dim, config.enc_dim, config.enc_layers, 2 * config.zdim)

    def forward(self, spectra: torch.Tensor, present: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        embedded = self.per_tilt(torch.cat([spectra.real, spectra.imag], dim=-1))
        weights = present.to(embedded.dtype)[..., None]
        pooled = (embedded * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1)
        out = self.head(pooled)
        return out[:, : self.zdim], out[:, self.zdim:]


class Decoder(nn.Module):
    """Maps frequencies (B, P, 3) (cycles/box ÷ D) and latents (B, zdim) to the map's transform (B, P).

    Frequencies are encoded by random Fourier features (default) or per-axis geometric sin/cos.
    """

    def __init__(self, config: ModelConfig):
        super().__init__()
        if config.pe_type == "gaussian":
            self.encoding = GaussianFourierFeatures(config.box_size, 3 * config.n_frequencies,
                                                    config.feature_sigma, config.pe_seed)
        else:
            self.encoding = GeometricEncoding(config.box_size, config.n_frequencies)
        self.mlp = ResidualMLP(self.encoding.out_dim, config.dec_dim, config.dec_layers, 2, cond_dim=config.zdim)

    def forward(self, coords: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
        return self.after_input(*self.input_layer(coords), z)

    def input_layer(self, coords: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (the first layer's product with the frequencies' encoding (…, P, width), the sign of the
        imaginary part (…, P)): the part of the decoder that does not depend on z."""
        half, imag_sign = fold_half_space(coords)
        return self.mlp.inp(self.encoding(half)), imag_sign

    def after_input(self, pre: torch.Tensor, imag_sign: torch.Tensor, z: torch.Tensor,
                    blocks: Callable[[torch.Tensor], torch.Tensor] | None = None) -> torch.Tensor:
        """Return the transform (B, P) from :meth:`input_layer`'s output and the latents (B, zdim);
        ``blocks`` as in :meth:`ResidualMLP.after_input`."""
        out = self.mlp.after_input(pre, z.to(pre.dtype), blocks).float()
        return torch.complex(out[..., 0], out[..., 1] * imag_sign)


def fold_half_space(coords: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (coords mirrored into the upper half-space, the sign (…,) that the imaginary part takes).

    The sign is −1 where k was mirrored (F(−k) = conj F(k)), +1 where it was not, and 0 at k = 0,
    whose value is real. A total order on half-spaces: k and −k never both count as "upper".
    """
    x, y, w = coords[..., 0], coords[..., 1], coords[..., 2]
    flip = (w < 0) | ((w == 0) & (y < 0)) | ((w == 0) & (y == 0) & (x < 0))
    origin = (w == 0) & (y == 0) & (x == 0)
    sign = torch.where(flip, -1.0, 1.0).to(coords.dtype).masked_fill(origin, 0.0)
    return torch.where(flip[..., None], -coords, coords), sign


class HetVAE(nn.Module):
    """Encoder + decoder over a box's half-lattice; with zdim 0, a homogeneous coordinate network (no encoder,
    the decoder alone: train_nn)."""

    def __init__(self, config: ModelConfig):
        super().__init__()
        self.config = config
        self.lattice = HalfLattice.build(config.box_size)
        table = config.latent_table_rows > 0
        encoder = TiltEncoder if config.encode_mode == "tilt" else Encoder
        self.encoder = encoder(config, self.lattice.n_points) if config.zdim > 0 and not table else None
        # the autodecoder's latents: one row per particle of the training selection, N(0, 1) at the start
        self.latent_table = nn.Parameter(torch.randn(config.latent_table_rows, config.zdim,
                                                     generator=torch.Generator().manual_seed(config.pe_seed + 1))
                                         ) if table else None
        self.decoder = Decoder(config)
        # the slice's in-plane frequencies (P, 3), a buffer so it follows the model to its device
        basis = torch.stack([self.lattice.kx, self.lattice.ky, torch.zeros_like(self.lattice.kx)], dim=-1)
        self.register_buffer("slice_basis", basis.to(torch.float32), persistent=False)
        # abinit's homogeneous start: every image decoded at z = 0 until its poses are consistent, so the
        # latent cannot absorb what the poses do not yet explain (not saved: a property of the phase)
        self.latent_off = False

    def encode(self, spectra: torch.Tensor, index: torch.Tensor | None = None, present: torch.Tensor | None = None
               ) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (mu, logvar) (B, zdim) of images (B, P); an autodecoder looks its rows up by ``index`` (B,)
        into the training selection instead (its log-variances are 0 and :meth:`sample` ignores them).
        A tilt encoder takes each particle's tilts (B, T, P) and which of them are ``present`` (B, T)."""
        if self.latent_off and self.config.zdim > 0:
            zero = spectra.real.new_zeros(spectra.shape[0], self.config.zdim)
            return zero, zero
        if self.latent_table is not None:
            if index is None:
                raise ValueError("an autodecoder's latents are looked up by particle, not computed from images")
            mu = self.latent_table[index]
            return mu, torch.zeros_like(mu)
        if self.encoder is None:  # homogeneous: every image has the empty latent
            empty = spectra.real.new_zeros(spectra.shape[0], 0)
            return empty, empty
        if isinstance(self.encoder, TiltEncoder):
            return self.encoder(spectra, present)
        return self.encoder(spectra)

    def sample(self, mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
        """Return the latent the decoder sees in training: a VAE's reparameterised sample, an autodecoder's row."""
        return mu if self.latent_table is not None or self.latent_off else reparameterize(mu, logvar)

    def forward(self, spectra: torch.Tensor, rotations: torch.Tensor, points: torch.Tensor | None = None,
                index: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Return (predicted slices (B, P'), mu, logvar) for the encoder's input (B, P) and the rotations;
        the slices at the lattice ``points`` (P',) only when given; ``index``: see :meth:`encode`."""
        mu, logvar = self.encode(spectra, index)
        return self.decode_slices(rotations, self.sample(mu, logvar), points), mu, logvar

    def decode_slices(self, rotations: torch.Tensor, z: torch.Tensor, points: torch.Tensor | None = None
                      ) -> torch.Tensor:
        """Return the predicted central slices (B, P) for rotations (B, 3, 3) and latents (B, zdim)
        (at the lattice ``points`` (P',) only, when given)."""
        return self.decoder(self.slice_coords(rotations, points), z)

    def slice_coords(self, rotations: torch.Tensor, points: torch.Tensor | None = None) -> torch.Tensor:
        """Return the frequencies (B, P, 3) of the central slices at rotations (B, 3, 3), in the decoder's units
        (at the lattice ``points`` (P',) only, when given)."""
        basis = self.slice_basis if points is None else self.slice_basis[points]
        return (basis @ rotations.to(torch.float32)) / self.config.box_size


def reparameterize(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    """Return a sample z = mu + σ·ε."""
    return mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
