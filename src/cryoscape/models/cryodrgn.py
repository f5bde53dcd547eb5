"""Decoders trained by cryoDRGN 4.x, read from its run folders, so its users' runs open in cryoscape.

cryoDRGN's heterogeneous decoder (``FTPositionalDecoder``) is a residual MLP on a positional encoding of
3D frequencies in [−½, ½] (random Fourier features by default) with z appended; it outputs (a, b) and the
Hartley value at k is a − b. Only one half-space is evaluated: where k_z > 0 the network sees −k and b
changes sign. A map is generated slice by slice on a (D+1)³ lattice (D the image box), the central
slice made point-symmetric from its upper half, then scaled by the data normalisation and inverse
Hartley transformed. This module rebuilds that network from the checkpoint's tensors and reproduces
those steps (checked against cryoDRGN 4.3.1's own eval_vol: tests/models/test_cryodrgn.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from cryoscape.errors import InputError

ENCODINGS = ("gaussian", "geom_ft", "geom_full", "geom_lowf", "geom_nohighf", "linear_lowf")


@dataclass(frozen=True)
class CryodrgnArchitecture:
    """What a cryoDRGN config.yaml says of the decoder: lattice size D+1, zdim, layers, width, encoding."""

    lattice_size: int
    zdim: int
    layers: int
    width: int
    pe_type: str
    pe_dim: int | None
    norm: tuple[float, float]
    activation: str = "relu"

    @property
    def box_size(self) -> int:
        return self.lattice_size - 1

    @classmethod
    def from_config(cls, config: dict, source: str) -> "CryodrgnArchitecture":
        try:
            model, lattice = config["model_args"], config["lattice_args"]
            norm = config["dataset_args"]["norm"]
            arch = cls(int(lattice["D"]), int(model["zdim"]), int(model["players"]), int(model["pdim"]),
                       str(model.get("pe_type", "gaussian")), model.get("pe_dim"), (float(norm[0]), float(norm[1])),
                       str(model.get("activation", "relu")))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{source} is not a cryoDRGN 4.x train_vae config ({type(exc).__name__}: {exc}); "
                             "give the config.yaml of the run that wrote the weights") from None
        if arch.pe_type not in ENCODINGS or model.get("domain", "fourier") != "fourier":
            raise InputError(f"{source}: cryoDRGN decoder with pe_type {arch.pe_type!r}, domain "
                             f"{model.get('domain')!r}; cryoscape reads the fourier-domain decoders with "
                             f"{', '.join(ENCODINGS)}")
        if arch.activation not in ("relu", "leaky_relu"):
            raise InputError(f"{source}: activation {arch.activation!r} is not one cryoDRGN 4.x trains with")
        return arch


class _Residual(nn.Module):
    """x + W x (cryoDRGN's residual layer; the activation comes after it)."""

    def __init__(self, width: int):
        super().__init__()
        self.linear = nn.Linear(width, width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear(x) + x


class CryodrgnDecoder(nn.Module):
    """cryoDRGN's Fourier-domain positional decoder, with the parameter names of its checkpoints."""

    def __init__(self, arch: CryodrgnArchitecture):
        super().__init__()
        self.arch = arch
        self.half = arch.lattice_size // 2
        self.n_frequencies = arch.pe_dim or self.half
        in_dim = 6 * self.n_frequencies + arch.zdim
        act = nn.ReLU if arch.activation == "relu" else nn.LeakyReLU
        first = _Residual(arch.width) if in_dim == arch.width else nn.Linear(in_dim, arch.width)
        layers: list[nn.Module] = [first, act()]
        for _ in range(arch.layers):
            layers += [_Residual(arch.width), act()]
        layers.append(nn.Linear(arch.width, 2))
        self.main = nn.Sequential(*layers)
        if arch.pe_type == "gaussian":
            self.rand_freqs = nn.Parameter(torch.zeros(3 * self.n_frequencies, 3), requires_grad=False)

    def encode_positions(self, coords: torch.Tensor) -> torch.Tensor:
        """Return the positional encoding (…, 6F) of frequencies (…, 3) in [−½, ½]."""
        if self.arch.pe_type == "gaussian":
            phase = coords @ (self.rand_freqs * self.half).T  # (…, 3F)
            return torch.cat([torch.sin(phase), torch.cos(phase)], -1)
        phase = coords[..., :, None] * self._axis_frequencies().to(coords)  # (…, 3, F)
        return torch.cat([torch.sin(phase), torch.cos(phase)], -1).flatten(-2)

    def _axis_frequencies(self) -> torch.Tensor:
        """Angular frequencies (F,) of the per-axis encodings, as cryoDRGN defines each pe_type."""
        n, box = self.n_frequencies, 2 * self.half
        steps = torch.arange(n, dtype=torch.float32)
        kind = self.arch.pe_type
        if kind == "linear_lowf":
            return torch.arange(1, self.half + 1, dtype=torch.float32)
        if kind == "geom_ft":
            return box * np.pi * (2.0 / box) ** (steps / (n - 1))
        if kind == "geom_full":
            return box * np.pi * (1.0 / box / np.pi) ** (steps / (n - 1))
        if kind == "geom_lowf":
            return self.half * (1.0 / self.half) ** (steps / (n - 1))
        return self.half * (2.0 * np.pi / self.half) ** (steps / (n - 1))  # geom_nohighf

    def hartley(self, coords: torch.Tensor, z: torch.Tensor | None) -> torch.Tensor:
        """Return Hartley values (N,) at frequencies (N, 3): k_z > 0 evaluated at −k with b negated."""
        upper = coords[:, 2] > 0
        folded = torch.where(upper[:, None], -coords, coords)
        features = self.encode_positions(folded)
        if z is not None:
            features = torch.cat([features, z.expand(len(coords), -1)], -1)
        out = self.main(features)
        b = torch.where(upper, -out[:, 1], out[:, 1])
        return out[:, 0] - b

    def central_slice(self, coords: torch.Tensor, z: torch.Tensor | None) -> torch.Tensor:
        """Return the k_z = 0 slice's values (N,), its second half the mirror of its first (cryoDRGN's forward)."""
        n = len(coords)
        cut, upper = n // 2, n // 2 + (n % 2)
        features = self.encode_positions(coords[:upper])
        if z is not None:
            features = torch.cat([features, z.expand(upper, -1)], -1)
        out = self.main(features)
        values = torch.empty(n)
        values[:upper] = out[:, 0] - out[:, 1]
        values[upper:] = (out[:, 0] + out[:, 1])[torch.arange(cut - 1, -1, -1)]
        return values

    @torch.no_grad()
    def volume(self, z: np.ndarray | None) -> np.ndarray:
        """Return the map (D, D, D) [z, y, x] at latent ``z`` (zdim,) as cryoDRGN's eval_vol generates it."""
        size = self.arch.lattice_size
        axis = torch.linspace(-0.5, 0.5, size)
        grid_y, grid_x = torch.meshgrid(axis, axis, indexing="ij")
        plane = torch.stack([grid_x.reshape(-1), grid_y.reshape(-1), torch.zeros(size * size)], -1)
        latent = None if z is None or self.arch.zdim == 0 else torch.as_tensor(np.asarray(z, np.float32))[None]
        spectrum = torch.zeros(size, size * size)
        for i, kz in enumerate(np.linspace(-0.5, 0.5, size, dtype=np.float32)):
            coords = plane + torch.tensor([0.0, 0.0, float(kz)])
            keep = coords.pow(2).sum(1) <= 0.25
            kept = coords[keep]
            spectrum[i, keep] = self.central_slice(kept, latent) if kz == 0.0 else self.hartley(kept, latent)
        hartley = spectrum.reshape(size, size, size) * self.arch.norm[1] + self.arch.norm[0]
        hartley = hartley[:-1, :-1, :-1].double()  # drop the last +k plane: a D³ centred transform
        dims = (0, 1, 2)
        transform = torch.fft.fftshift(torch.fft.fftn(torch.fft.ifftshift(hartley, dim=dims), dim=dims), dim=dims)
        transform = transform / hartley.numel()
        return (transform.real - transform.imag).numpy().astype(np.float32)


def is_cryodrgn_checkpoint(state: object) -> bool:
    return isinstance(state, dict) and "model_state_dict" in state and "config" not in state


def load_cryodrgn_decoder(state: dict, config: dict, weights: str | os.PathLike, config_path: str | os.PathLike
                          ) -> CryodrgnDecoder:
    """Return the decoder of a cryoDRGN checkpoint (loaded with weights_only) in eval mode."""
    arch = CryodrgnArchitecture.from_config(config, str(config_path))
    decoder = CryodrgnDecoder(arch)
    prefix = "decoder."
    tensors = {k[len(prefix):].replace("decoder.main.", "main."): v for k, v in state["model_state_dict"].items()
               if k.startswith(prefix)}
    try:
        decoder.load_state_dict(tensors)
    except RuntimeError as exc:
        raise InputError(f"{weights} does not match the decoder described in {config_path} "
                         f"({str(exc).splitlines()[0][:160]}); give the config.yaml of the run that wrote it") from None
    return decoder.eval()


def read_cryodrgn_config(path: Path) -> dict | None:
    """Return a cryoDRGN config.yaml's content, or None when the file is cryoscape's (or not cryoDRGN's)."""
    import yaml

    try:
        content = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError):
        return None
    return content if isinstance(content, dict) and "model_args" in content and "lattice_args" in content else None


class CryodrgnModel(nn.Module):
    """A cryoDRGN decoder behind the interface cryoscape's map generation uses (``config``, :meth:`volumes`)."""

    def __init__(self, decoder: CryodrgnDecoder, config):
        super().__init__()
        self.decoder = decoder
        self.config = config  # a ModelConfig with the run's box and zdim

    def volumes(self, latents: np.ndarray) -> np.ndarray:
        """Return maps (K, D, D, D) at latents (K, zdim)."""
        latents = np.asarray(latents, np.float32).reshape(-1, self.decoder.arch.zdim)
        return np.stack([self.decoder.volume(z) for z in latents])
