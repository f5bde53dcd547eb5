"""Maps for the browser: decoded at a latent point, kept in a small cache, shown as an isosurface and slices."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter
from typing import Callable

import numpy as np
import torch

from cryoscape.analysis import TrainingRun
from cryoscape.errors import InputError
from cryoscape.io import write_mrc
from cryoscape.models import (CryodrgnModel, LatticeInput, decode_spectra, decode_volumes, load_trained_model,
                              spectra_to_volumes)
from cryoscape.models.precision import decoding_precision


@dataclass(frozen=True)
class DecodedMap:
    """One map (D, D, D) [z, y, x] at ``z``, with the automatic isosurface level and its pixel size."""

    key: str
    z: np.ndarray
    volume: np.ndarray
    apix: float
    level: float

    def quantized(self) -> tuple[bytes, float, float]:
        """Return (uint8 voxels [z, y, x], value of 0, value of 255) for the slice views."""
        lo, hi = float(self.volume.min()), float(self.volume.max())
        scale = 255.0 / (hi - lo) if hi > lo else 0.0
        return np.round((self.volume - lo) * scale).astype(np.uint8).tobytes(), lo, hi


def default_level(volume: np.ndarray) -> float:
    """Return Otsu's threshold of the map's voxel values: the level that best splits density from solvent."""
    from skimage.filters import threshold_otsu

    return float(threshold_otsu(volume))


def isosurface(volume: np.ndarray, level: float, apix: float) -> tuple[np.ndarray, np.ndarray]:
    """Return (vertices (V, 3) float32 in Å, x y z, centred on the box; triangles (T, 3) uint32) at ``level``.

    An empty surface (level outside the map's range) is two empty arrays.
    """
    from skimage.measure import marching_cubes

    if not volume.min() < level < volume.max():
        return np.zeros((0, 3), np.float32), np.zeros((0, 3), np.uint32)
    vertices, faces, _, _ = marching_cubes(volume, level=level, step_size=1, allow_degenerate=False)
    centre = (np.asarray(volume.shape) - 1) / 2
    xyz = ((vertices - centre) * apix)[:, ::-1]  # marching cubes works in [z, y, x]; three.js wants x, y, z
    return np.ascontiguousarray(xyz, np.float32), np.ascontiguousarray(faces, np.uint32)


class MapMaker:
    """Decodes maps of one trained model on request, keeping the most recent ones up to ``cache_bytes``.

    :meth:`warm` computes the decoder's z-independent first layer on the model's whole lattice once
    (when it needs at most ``lattice_bytes``), which every later map reuses: at box 128 and 256×3
    that halves a map's decode. On a CPU with native bfloat16 units the layers after the first run in
    bfloat16 (about 2× faster at box 128; the lattice input is then held in bfloat16, half the memory)
    unless ``float32``. An interactive request may supersede the one before it: the older decode
    stops at its next chunk (:class:`~cryoscape.errors.Superseded`) so the newer starts at once.
    The transforms of the last few previews (maps of at most half the model's box) are kept: the
    full map at the same latent copies their points (|k| < preview box / 2) instead of decoding them.
    :attr:`full_map_seconds` is how long a map at the model's box takes here: the median of the last
    5 such maps (the first timed by :meth:`warm`), each scaled to the whole lattice when a preview's
    centre was reused, so that the page shows a preview first only where the full map would be slow.
    """

    FULL_MAP_TIMES_KEPT = 5  # full_map_seconds is their median
    PREVIEWS_KEPT = 4  # recent previews' transforms (2 MB each at 64³), reused by the full map that follows

    def __init__(self, run: TrainingRun, cache_bytes: int = 1 << 30, lattice_bytes: int = 1 << 30,
                 float32: bool = False):
        self.model, self.config = load_trained_model(run.weights_path, run.config_path)
        self.model.eval()
        self.precision = decoding_precision(torch.device("cpu"), float32)
        self.box_size = self.config.model.box_size
        self.apix = self.config.dataset.apix
        self._cache: OrderedDict[str, DecodedMap] = OrderedDict()
        self._cache_bytes = cache_bytes
        self._lattice_bytes = lattice_bytes
        self._lattice_input: LatticeInput | None = None
        self._previews: OrderedDict[tuple[bytes, int], torch.Tensor] = OrderedDict()  # (z, box) → transform
        self._generation = 0
        self.full_map_seconds: float | None = None
        self._full_map_times: list[float] = []
        # One decode at a time (torch's threads are the machine's); the cache has its own lock, so a
        # cached map (the preview's mesh and slices) is served while the next map is being decoded.
        self._decode_lock = threading.Lock()
        self._lock = threading.Lock()

    def warm(self) -> bool:
        """Compute the model's lattice input if it fits in ``lattice_bytes``, then (if it does) time one map at
        the model's box (:attr:`full_map_seconds`, not cached); return whether the lattice input is held."""
        if isinstance(self.model, CryodrgnModel):  # a cryoDRGN decoder generates its maps its own way
            return False
        dtype = torch.bfloat16 if self.precision.bfloat16 else torch.float32
        if self._lattice_input is None and LatticeInput.nbytes_for(self.model, dtype=dtype) <= self._lattice_bytes:
            with self._decode_lock:
                if self._lattice_input is None:
                    self._lattice_input = LatticeInput(self.model, dtype=dtype)
        # timed only where maps are fast to make: an uncached lattice (a large box) would hold the first click back
        if self.full_map_seconds is None and self._lattice_input is not None:
            with self._decode_lock:
                started = perf_counter()
                volumes, _ = self._volumes(np.zeros((1, self.config.model.zdim), np.float32), self.box_size, None)
                default_level(volumes[0])
                self._record_full_map(perf_counter() - started)
        return self._lattice_input is not None

    def _record_full_map(self, seconds: float) -> None:
        """Keep the median of the last few full maps' times: one slowed by another program does not count alone."""
        self._full_map_times = (self._full_map_times + [seconds])[-self.FULL_MAP_TIMES_KEPT:]
        self.full_map_seconds = float(np.median(self._full_map_times))

    def _checked(self, latents: np.ndarray, box: int | None) -> tuple[np.ndarray, int]:
        latents = np.asarray(latents, np.float32)
        zdim = self.config.model.zdim
        if latents.size % zdim or latents.size == 0 or not np.isfinite(latents).all():
            raise InputError(f"a latent point needs {zdim} finite values, got {latents.ravel()[:16].tolist()}")
        box = box or self.box_size
        if box % 2 or not 8 <= box <= self.box_size:
            raise InputError(f"map box {box}: must be even, between 8 and the model's {self.box_size}")
        return latents.reshape(-1, zdim), box

    def _keep(self, found: DecodedMap) -> None:
        self._cache[found.key] = found
        while len(self._cache) > 1 and sum(m.volume.nbytes for m in self._cache.values()) > self._cache_bytes:
            self._cache.popitem(last=False)

    def decode(self, key: str, z: np.ndarray, box: int | None = None, supersede: bool = False) -> DecodedMap:
        """Return the map at latent ``z`` (zdim,) on a ``box`` grid (default the model's), cached under ``key``.

        With ``supersede``, a decode still running for an earlier superseding request is abandoned.
        """
        return self.decode_many([key], z, box, supersede=supersede)[0]

    def decode_many(self, keys: list[str], latents: np.ndarray, box: int | None = None,
                    batch: int = 8, supersede: bool = False) -> list[DecodedMap]:
        """Return the maps at latents (K, zdim), decoded ``batch`` at a time, cached under ``keys``."""
        latents, box = self._checked(latents, box)
        apix = self.apix * self.box_size / box
        cancelled = None
        if supersede:
            self._generation += 1
            mine = self._generation
            cancelled = lambda: self._generation != mine  # noqa: E731 - read between decode chunks
        found: dict[str, DecodedMap] = {}
        with self._decode_lock:
            with self._lock:
                missing = [i for i, key in enumerate(keys) if key not in self._cache]
                for i, key in enumerate(keys):
                    if key in self._cache:
                        self._cache.move_to_end(key)
                        found[key] = self._cache[key]
            for first in range(0, len(missing), batch):
                chunk = missing[first:first + batch]
                started = perf_counter()
                volumes, decoded_share = self._volumes(latents[chunk], box, cancelled)
                for i, volume in zip(chunk, volumes):
                    found[keys[i]] = DecodedMap(keys[i], latents[i], volume, apix, default_level(volume))
                    with self._lock:
                        self._keep(found[keys[i]])
                if len(chunk) == 1 and box == self.box_size:
                    self._record_full_map((perf_counter() - started) / decoded_share)
        return [found[key] for key in keys]

    def _volumes(self, latents: np.ndarray, box: int,
                 cancelled: Callable[[], bool] | None) -> tuple[np.ndarray, float]:
        """Return (maps (K, box, box, box), the share of their lattice decoded); a preview's transform decoded
        before at these latents is reused, and its points are not counted in the share."""
        if isinstance(self.model, CryodrgnModel):
            return decode_volumes(self.model, latents, box, self.config.dataset.spectrum_rms), 1.0
        known = None
        with self._lock:
            if len(latents) == 1:
                known = max((spectra for (z, b), spectra in self._previews.items()
                             if z == latents.tobytes() and b < box), key=lambda t: t.shape[-1], default=None)
        spectra = decode_spectra(self.model, latents, box, lattice_input=self._lattice_input, cancelled=cancelled,
                                 precision=self.precision, known=known)
        if len(latents) == 1 and box <= self.box_size // 2:  # a preview: its transform is the full map's centre
            with self._lock:
                self._previews[(latents.tobytes(), box)] = spectra
                while len(self._previews) > self.PREVIEWS_KEPT:
                    self._previews.popitem(last=False)
        decoded_share = 1.0 if known is None else 1.0 - (known.shape[-1] / box) ** 3  # the rest: the preview's
        return spectra_to_volumes(spectra, self.box_size, self.config.dataset.spectrum_rms), decoded_share

    def keep_volume(self, key: str, z: np.ndarray, volume: np.ndarray, apix: float) -> DecodedMap:
        """Return a map read from a file (e.g. a landscape state's mean map), cached under ``key`` like the decoded."""
        with self._lock:
            if key not in self._cache:
                self._keep(DecodedMap(key, np.asarray(z, np.float32), np.asarray(volume, np.float32), float(apix),
                                      default_level(volume)))
            self._cache.move_to_end(key)
            return self._cache[key]

    def cached(self, key: str) -> DecodedMap:
        with self._lock:
            if key not in self._cache:
                raise KeyError(key)
            return self._cache[key]

    def write_mrc(self, decoded: DecodedMap, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        return write_mrc(path, decoded.volume, decoded.apix, is_stack=False)
