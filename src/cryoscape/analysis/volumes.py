"""Maps from a trained model at many latent points, generated in batches and written as MRC files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from cryoscape.errors import InputError
from cryoscape.fourier import crop_volume, low_pass_volume
from cryoscape.io import check_free_space, staged_folder, write_mrc
from cryoscape.models import HetVAE, RunConfig, decode_volumes
from cryoscape.logs import progress_bar


@dataclass(frozen=True)
class VolumeOptions:
    """How maps are written: box (None = the model's), pixel size (None = the run's), hand, sign, low-pass
    filter and crop."""

    box: int | None = None
    apix: float | None = None
    flip: bool = False
    invert: bool = False
    low_pass_angstrom: float | None = None  # filtered after generation (cryoDRGN's --low-pass)
    crop: int | None = None  # central box kept after filtering (cryoDRGN's --crop)


def resolve_box_apix(config: RunConfig, options: VolumeOptions) -> tuple[int, float]:
    """Return (box, Å/px) of the maps: a smaller box samples the same map at a coarser pixel size."""
    model_box = config.model.box_size
    box = options.box or model_box
    if box % 2 or box > model_box or box < 4:
        raise InputError(f"-d {box}: must be even, at least 4 and at most the model's box {model_box}")
    apix = options.apix or config.dataset.apix * model_box / box
    if options.crop is not None and not 2 <= options.crop <= box:
        raise InputError(f"--crop {options.crop}: must be between 2 and the maps' box {box}")
    if options.low_pass_angstrom is not None and options.low_pass_angstrom < 2 * apix:
        raise InputError(f"--low-pass {options.low_pass_angstrom} Å is finer than Nyquist ({2 * apix:.3g} Å at "
                         f"{apix:.4g} Å/px); give a coarser resolution")
    return box, apix


def finish_volume(volume: np.ndarray, apix: float, options: VolumeOptions) -> np.ndarray:
    """Return a decoded map (D, D, D) low-pass filtered, cropped, mirrored along z and negated as ``options`` ask."""
    if options.low_pass_angstrom is not None:
        volume = low_pass_volume(volume, apix, options.low_pass_angstrom)
    if options.crop is not None:
        volume = crop_volume(volume, options.crop)
    if options.flip:
        volume = volume[::-1]
    return np.ascontiguousarray(-volume if options.invert else volume)


def save_volume(path: Path, volume: np.ndarray, apix: float, options: VolumeOptions) -> Path:
    """Write one decoded map (D, D, D), finished as ``options`` ask (see :func:`finish_volume`)."""
    return write_mrc(path, finish_volume(volume, apix, options), apix, is_stack=False)


def iter_volumes(model: HetVAE, config: RunConfig, latents: np.ndarray, options: VolumeOptions = VolumeOptions(),
                 batch: int = 8, progress: bool = True, desc: str = "volumes") -> Iterator[tuple[int, np.ndarray]]:
    """Yield (i, map (D, D, D)) for each latent (K, zdim) in order, generated ``batch`` at a time, with the
    hand and sign of ``options`` applied; the caller decides where the maps go."""
    latents = np.asarray(latents, np.float32).reshape(len(latents), -1)
    if latents.shape[1] != config.model.zdim or not np.isfinite(latents).all():
        raise InputError(f"latent points have {latents.shape[1]} values each; this model's zdim is "
                         f"{config.model.zdim}")
    box, apix = resolve_box_apix(config, options)
    with progress_bar(total=len(latents), desc=desc, unit="map", enabled=progress) as bar:
        for first in range(0, len(latents), batch):
            volumes = decode_volumes(model, latents[first:first + batch], box, config.dataset.spectrum_rms)
            for offset, volume in enumerate(volumes):
                yield first + offset, finish_volume(volume, apix, options)
            bar.update(len(volumes))


def write_volumes(model: HetVAE, config: RunConfig, latents: np.ndarray, paths: list[Path],
                  options: VolumeOptions = VolumeOptions(), batch: int = 8, progress: bool = True) -> list[Path]:
    """Generate one map per latent (K, zdim) and write it to the matching path; return the paths."""
    latents = np.asarray(latents, np.float32).reshape(len(paths), -1)
    box, apix = resolve_box_apix(config, options)
    for folder in sorted({Path(path).parent for path in paths}):
        folder.mkdir(parents=True, exist_ok=True)
    if paths:
        check_free_space(Path(paths[0]).parent, len(paths) * (box ** 3 * 4 + 1024))
    for i, volume in iter_volumes(model, config, latents, options, batch, progress):
        write_mrc(paths[i], volume, apix, is_stack=False)
    return list(paths)


def volume_series(model: HetVAE, config: RunConfig, latents: np.ndarray, outdir: str | os.PathLike,
                  options: VolumeOptions = VolumeOptions(), prefix: str = "vol_", progress: bool = True,
                  start_index: int = 0) -> list[Path]:
    """Write ``outdir/{prefix}000.mrc, …`` (numbered from ``start_index``) for latents (K, zdim); return the paths."""
    outdir = Path(outdir)
    names = [f"{prefix}{i:03d}.mrc" for i in range(start_index, start_index + len(latents))]
    with staged_folder(outdir) as staging:  # all maps appear together, or none
        write_volumes(model, config, latents, [staging / name for name in names], options, progress=progress)
    return [outdir / name for name in names]
