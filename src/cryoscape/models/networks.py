"""Building blocks: a residual MLP and the decoder's positional encoding."""

from __future__ import annotations

import math
from typing import Callable

import torch
from torch import nn


class ResidualMLP(nn.Module):
    """``in → width``, then ``layers`` residual blocks ``x + relu(W x)``, then ``width → out``.

    ``layers`` counts hidden residual blocks as cryoDRGN's ``--enc-layers``/``--dec-layers`` do, so
    the same flags give networks of the same depth and cost (3 → five weight matrices).

    With ``cond_dim``, a per-sample vector (B, cond_dim) joins the first layer as if concatenated to
    every row of x (B, M, in_dim); it is projected once per sample instead of once per row, and the
    input gradient of x is never formed when x needs none. Its weights start as those of the
    concatenated layer would (a separate default-initialised Linear(cond_dim) would start 5× larger
    at zdim 8, making the decoder's output depend strongly on the still-random latents).
    """

    def __init__(self, in_dim: int, width: int, layers: int, out_dim: int, cond_dim: int = 0):
        super().__init__()
        self.inp = nn.Linear(in_dim, width)
        self.cond = nn.Linear(cond_dim, width, bias=False) if cond_dim else None
        if cond_dim:  # initialised as the one layer over [x, cond] it stands for: U(±1/√(in + cond))
            bound = 1.0 / math.sqrt(in_dim + cond_dim)
            for tensor in (self.inp.weight, self.inp.bias, self.cond.weight):
                nn.init.uniform_(tensor, -bound, bound)
        self.blocks = nn.ModuleList(nn.Linear(width, width) for _ in range(layers))
        self.out = nn.Linear(width, out_dim)

    def forward(self, x: torch.Tensor, cond: torch.Tensor | None = None) -> torch.Tensor:
        return self.after_input(self.inp(x), cond)

    def after_input(self, pre: torch.Tensor, cond: torch.Tensor | None = None,
                    blocks: Callable[[torch.Tensor], torch.Tensor] | None = None) -> torch.Tensor:
        """Return the output from the first layer's product with x, ``inp(x)`` (B or 1, M, width).

        ``inp(x)`` does not depend on ``cond``, so a caller evaluating one x under many conditions
        (a decoder's lattice under many latents) can compute it once. ``blocks``: a replacement for
        the residual blocks computing the same function (e.g. :class:`~cryoscape.models.packed.PackedBlocks`).
        """
        # Out-of-place activations on purpose: in-place relu_/add_ measured 15-20% slower on CPU.
        if self.cond is not None:
            pre = pre + self.cond(cond)[:, None, :]
        h = torch.relu(pre)
        if blocks is not None:
            return self.out(blocks(h))
        for block in self.blocks:
            h = h + torch.relu(block(h))
        return self.out(h)


class GaussianFourierFeatures(nn.Module):
    """sin/cos of ``coords · B`` for random frequency vectors B ~ N(0, (σ·D/2)²) rad per unit coordinate.

    Random Fourier features (Tancik et al. 2020) point in all directions, unlike an axis-aligned
    encoding, which helps a coordinate network represent the oblique high-frequency structure of a
    3D transform. B is drawn once from a seeded generator and saved with the weights.
    """

    def __init__(self, box_size: int, n_features: int, sigma: float, seed: int):
        super().__init__()
        generator = torch.Generator().manual_seed(seed)
        frequencies = torch.randn(3, n_features, generator=generator) * sigma * (box_size // 2)
        self.register_buffer("frequencies", frequencies)

    @property
    def out_dim(self) -> int:
        return 2 * self.frequencies.shape[1]

    def forward(self, coords: torch.Tensor) -> torch.Tensor:
        phase = coords @ self.frequencies.to(coords.dtype)
        return torch.cat([torch.sin(phase), torch.cos(phase)], dim=-1)


class GeometricEncoding(nn.Module):
    """sin/cos of 3D coordinates (range ±½) at geometrically spaced frequencies from 1 to D/2 cycles.

    The lowest frequency resolves the whole box, the highest the Nyquist limit.
    """

    def __init__(self, box_size: int, n_frequencies: int):
        super().__init__()
        top = max(box_size / 2, 1.0)
        freqs = torch.exp(torch.linspace(0.0, math.log(top), n_frequencies)) * 2 * math.pi
        self.register_buffer("freqs", freqs, persistent=False)

    @property
    def out_dim(self) -> int:
        return 6 * self.freqs.numel()

    def forward(self, coords: torch.Tensor) -> torch.Tensor:
        phase = coords[..., :, None] * self.freqs  # (…, 3, F)
        return torch.cat([torch.sin(phase), torch.cos(phase)], dim=-1).flatten(-2)
