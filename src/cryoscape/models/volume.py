"""Maps from a trained decoder: its transform on the full 3D lattice, inverted to real space."""

from __future__ import annotations

from typing import Callable

import numpy as np
import torch

from cryoscape.errors import Superseded
from cryoscape.fourier import fourier_crop
from cryoscape.models.cores import run_on_cores
from cryoscape.models.cryodrgn import CryodrgnModel
from cryoscape.models.packed import PackedBlocks
from cryoscape.models.precision import Precision
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


class LatticeInput:
    """The decoder's z-independent part, its first layer over the encoded frequencies, on a whole lattice.

    Computed once (about 40% of a map's decode at 256×3) and reused for every latent: an explorer
    decoding map after map of one model pays it once. Holds (points × width) values of ``dtype``
    (computed in float32), 562 MB in float32 for the half-lattice of box 128 at width 256, half that
    in bfloat16 (for bfloat16 decoding); any smaller output box reads a subset of its rows.
    """

    def __init__(self, model: HetVAE, box: int | None = None, rows_per_pass: int = 16384,
                 dtype: torch.dtype = torch.float32):
        self.box = box or model.config.box_size
        coords, self.flat = volume_lattice(self.box, model.config.box_size)
        device = model.slice_basis.device
        with torch.no_grad():
            parts = [model.decoder.input_layer(coords[i:i + rows_per_pass].to(device))
                     for i in range(0, len(coords), rows_per_pass)]
        self.pre = torch.cat([pre.to(dtype) for pre, _ in parts])
        self.imag_sign = torch.cat([sign for _, sign in parts])

    @staticmethod
    def nbytes_for(model: HetVAE, box: int | None = None, dtype: torch.dtype = torch.float32) -> int:
        """Return the memory a lattice input of ``box`` (default the model's) in ``dtype`` would hold."""
        coords, _ = volume_lattice(box or model.config.box_size, model.config.box_size)
        return len(coords) * model.config.dec_dim * dtype.itemsize

    def rows_for(self, box: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (rows of this input, flat indices into a (box³) grid) of the lattice of a ``box`` ≤ self.box map."""
        if box == self.box:
            return torch.arange(len(self.flat)), self.flat
        _, flat = volume_lattice(box, box)
        k = _centred_k(flat, box)
        c = self.box // 2
        wanted = ((k[0] + c) * self.box + (k[1] + c)) * self.box + (k[2] + c)
        return torch.searchsorted(self.flat, wanted), flat


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Superseded("the decode was abandoned for a newer request")


def _centred_k(flat: torch.Tensor, box: int) -> torch.Tensor:
    """Return (kz, ky, kx) (3, M) of flat indices into a centred (box³) grid."""
    return torch.stack([flat // (box * box), flat // box % box, flat % box]) - box // 2


def _embed_centred(small: torch.Tensor, box: int) -> torch.Tensor:
    """Return (K, box, box, box) zeros holding the centred transforms ``small`` (K, b, b, b), b ≤ box, at their k."""
    b = small.shape[-1]
    grids = torch.zeros(small.shape[0], box, box, box, dtype=small.dtype)
    low = box // 2 - b // 2
    grids[:, low:low + b, low:low + b, low:low + b] = small
    return grids


@torch.no_grad()
def decode_spectra(model: HetVAE, latents: np.ndarray, box: int, rows_per_pass: int | None = None,
                   lattice_input: LatticeInput | None = None,
                   cancelled: Callable[[], bool] | None = None, precision: Precision | None = None,
                   known: torch.Tensor | None = None) -> torch.Tensor:
    """Return the decoder's centred 3D transforms (K, box, box, box) at latents (K, zdim), zero outside |k| < box/2.

    All K latents share each chunk of lattice points: the chunk's frequency encoding and first-layer
    product are computed once and broadcast over z, or read from ``lattice_input`` when given (for
    any ``box`` up to its own). Chunks hold about ``rows_per_pass`` decoder rows so activations stay
    in cache (measured 0.18 s per 64³ map at 256×3 against 0.34 s with chunks of 262,144 rows, whose
    allocations alone cost seconds in page faults). The default is 4,096 rows on a CPU, where each
    core takes its own chunks (the outer seven eighths of a box-128 map in bfloat16 on 2 cores, 5
    runs: 624 ms against 658 ms at 16,384 and 696 ms at 1,024), and 16,384 on a GPU. On a CPU the
    residual blocks run as :class:`~cryoscape.models.packed.PackedBlocks` (oneDNN, relu fused)
    where torch has them, and the chunks are shared out to single-threaded workers, one per core
    (:func:`~cryoscape.models.cores.run_on_cores`). ``cancelled`` is asked between chunks; when it
    answers True the decode stops with
    :class:`~cryoscape.errors.Superseded`. With a bfloat16 ``precision`` the layers after the first
    run under its autocast (the first, over the encoded frequencies, stays float32); the values come
    back in float32.

    ``known``: the transforms (K, b, b, b) this function returned for the same latents at a smaller
    box b (a preview): the points with |k| < b/2 are the same points of the same map, so they are
    copied, not decoded again (an eighth of the work for b = box/2).
    """
    device = model.slice_basis.device  # the model's device; the maps come back to the CPU
    if lattice_input is not None and box <= lattice_input.box:
        rows, flat = lattice_input.rows_for(box)
        whole = box == lattice_input.box
    else:
        coords, flat = volume_lattice(box, model.config.box_size)
        coords, rows, whole = coords.to(device), None, True
    if known is not None:
        if known.shape[-1] >= box or known.shape[0] != len(np.atleast_2d(latents)):
            raise ValueError(f"known transforms {tuple(known.shape)} are not a smaller box of these latents")
        outer = (_centred_k(flat, box).double() ** 2).sum(0).sqrt() >= known.shape[-1] / 2
        flat = flat[outer]
        if rows is None:
            coords = coords[outer.to(device)]
        else:
            rows, whole = rows[outer], False
    n_points = len(flat)
    if rows is not None:
        def chunk_of(first: int, last: int) -> tuple[torch.Tensor, torch.Tensor]:
            picked = slice(first, last) if whole else rows[first:last]  # a view of the whole lattice, no copy
            return lattice_input.pre[picked][None], lattice_input.imag_sign[picked][None]
    else:
        def chunk_of(first: int, last: int) -> tuple[torch.Tensor, torch.Tensor]:
            return model.decoder.input_layer(coords[None, first:last])
    latents = np.asarray(latents, np.float32)
    latents = torch.tensor(latents.reshape(len(latents) if latents.ndim > 1 else 1, model.config.zdim)).to(device)
    count = latents.shape[0]
    bfloat16 = precision is not None and precision.bfloat16
    if rows_per_pass is None:
        rows_per_pass = 4096 if device.type == "cpu" else 16384
    chunk = max(256, rows_per_pass // max(count, 1))
    blocks = PackedBlocks.for_mlp(model.decoder.mlp, torch.bfloat16 if bfloat16 else torch.float32, chunk * count)

    @torch.no_grad()  # grad and autocast modes are per thread: each chunk sets its own
    def decoded(index: int) -> torch.Tensor:
        pre, imag_sign = chunk_of(index * chunk, (index + 1) * chunk)
        if bfloat16:
            with precision.autocast():
                return model.decoder.after_input(pre.to(torch.bfloat16), imag_sign, latents, blocks)
        return model.decoder.after_input(pre.float(), imag_sign, latents, blocks)

    # On a CPU each core decodes whole chunks (a core taken by another program then delays only its own chunk)
    parts = run_on_cores(decoded, -(-n_points // chunk), lambda: _check_cancelled(cancelled),
                         threads=None if device.type == "cpu" else 1)
    values = torch.cat(parts, dim=1).cpu()
    grids = (torch.zeros(count, box, box, box, dtype=torch.complex64) if known is None
             else _embed_centred(known.to(torch.complex64), box)).reshape(count, box ** 3)
    grids[:, mirror_index(flat, box)] = torch.conj(values)
    grids[:, flat] = values  # the origin is its own mirror and keeps its (real) value
    return grids.reshape(count, box, box, box)


def decode_spectrum(model: HetVAE, z: np.ndarray, box: int) -> torch.Tensor:
    """Return the decoder's centred 3D transform (box, box, box) at one latent ``z`` (zdim,)."""
    return decode_spectra(model, np.asarray(z)[None], box)[0]


@torch.no_grad()
def decode_volumes(model: HetVAE, latents: np.ndarray, out_box: int | None = None,
                   spectrum_rms: float = 1.0, lattice_input: LatticeInput | None = None,
                   cancelled: Callable[[], bool] | None = None, precision: Precision | None = None) -> np.ndarray:
    """Return the real-space maps (K, D, D, D) [z, y, x] that the decoder generates at latents (K, zdim).

    ``spectrum_rms`` undoes the training normalisation; maps sampled on a smaller ``out_box`` keep
    the same density scale. ``precision``: as in :func:`decode_spectra` (float32 when None).
    """
    model_box = model.config.box_size
    box = out_box or model_box
    if isinstance(model, CryodrgnModel):  # a decoder trained by cryoDRGN: its own generation, then Fourier cropping
        volumes = model.volumes(latents)
        return volumes if box == model_box else np.stack([fourier_crop(v, box, ndim=3) for v in volumes])
    spectra = decode_spectra(model, latents, box, lattice_input=lattice_input, cancelled=cancelled,
                             precision=precision)
    return spectra_to_volumes(spectra, model_box, spectrum_rms)


def spectra_to_volumes(spectra: torch.Tensor, model_box: int, spectrum_rms: float = 1.0) -> np.ndarray:
    """Return the real-space maps (K, D, D, D) of :func:`decode_spectra`'s transforms (K, D, D, D) of a
    ``model_box`` decoder, on the decoder's density scale whatever D.

    The transforms are Hermitian (F(−k) = conj F(k), as :func:`decode_spectra` writes them), so the
    real inverse transform of their half (kx ≥ 0) gives the maps: half the work of a complex one.
    """
    dims = (-3, -2, -1)
    box = spectra.shape[-1]
    half = torch.fft.ifftshift(spectra, dim=dims)[..., :box // 2 + 1]
    volumes = torch.fft.fftshift(torch.fft.irfftn(half, s=(box, box, box), dim=dims), dim=dims)
    scale = spectrum_rms * (spectra.shape[-1] / model_box) ** 3
    return (volumes * scale).numpy().astype(np.float32)


def decode_volume(model: HetVAE, z: np.ndarray, out_box: int | None = None, spectrum_rms: float = 1.0) -> np.ndarray:
    """Return the real-space map (D, D, D) that the decoder generates at one latent ``z`` (zdim,)."""
    return decode_volumes(model, np.asarray(z)[None], out_box, spectrum_rms)[0]
