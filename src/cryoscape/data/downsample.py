"""Streaming Fourier-crop downsampling of particle stacks and maps.

Images are read, cropped and written one batch at a time, so memory stays bounded by the batch
whatever the stack size; ``chunk_size`` splits the output into several .mrcs files listed in a .txt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from cryoscape.data.sources import ParticleStack
from cryoscape.errors import InputError
from cryoscape.fourier import check_new_box, fourier_crop
from cryoscape.io import (HEADER_BYTES, MrcStackWriter, OutputGroup, check_free_space, read_volume,
                          write_mrc, write_stack_list)
from cryoscape.logs import progress_bar

BATCH_SPECTRUM_BYTES = 128 * 2**20  # complex64 spectra of one batch: bounds working memory


def auto_batch_size(box_size: int) -> int:
    """Return how many images fit one batch when their single-precision spectra take ≤ 128 MiB."""
    return max(1, BATCH_SPECTRUM_BYTES // (box_size * box_size * 8))


def chunk_paths(output: str | os.PathLike, n_chunks: int) -> tuple[list[Path], Path]:
    """Return the chunk stack paths ``OUT.0.mrcs …`` and the list path ``OUT.txt`` for ``OUT.mrcs``."""
    output = Path(output)
    stem = output.name[: -len(output.suffix)] if output.suffix else output.name
    stacks = [output.with_name(f"{stem}.{i}.mrcs") for i in range(n_chunks)]
    return stacks, output.with_name(f"{stem}.txt")


def downsample_stack(stack: ParticleStack, new_box: int, output: str | os.PathLike,
                     indices: np.ndarray | None = None, chunk_size: int | None = None,
                     batch_size: int | None = None, progress: bool = True) -> list[Path]:
    """Write Fourier-cropped particles to ``output`` (or chunks plus a .txt list); return written paths.

    batch_size: images per read/transform/write step; None sizes it by :func:`auto_batch_size`.
    """
    check_new_box(stack.box_size, new_box)
    return transform_stack(stack, output, lambda _, images: fourier_crop(images, new_box, ndim=2),
                           indices=indices, new_box=new_box, chunk_size=chunk_size, batch_size=batch_size,
                           desc="downsample", progress=progress)


def transform_stack(stack: ParticleStack, output: str | os.PathLike,
                    transform: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
                    indices: np.ndarray | None = None, new_box: int | None = None,
                    chunk_size: int | None = None, batch_size: int | None = None, desc: str = "write",
                    progress: bool = True) -> list[Path]:
    """Write ``transform(indices, images)`` of the particles at ``indices`` (all by default), batch by batch,
    to ``output`` (or chunks plus a .txt list); return the written paths. No transform copies the images.

    All files appear together or none (a failure leaves every existing file as it was).
    """
    new_box = new_box or stack.box_size
    batch_size = batch_size or auto_batch_size(stack.box_size)
    if chunk_size is not None and chunk_size <= 0:
        raise InputError(f"--chunk {chunk_size}: give a positive number of images per file")
    indices = np.arange(stack.n_images) if indices is None else stack.check_indices(indices)
    out_apix = stack.apix * stack.box_size / new_box
    n_chunks = 1 if chunk_size is None else -(-indices.size // chunk_size)
    per_chunk = indices.size if chunk_size is None else chunk_size
    check_free_space(Path(output).parent if str(Path(output).parent) else Path("."),
                     indices.size * new_box * new_box * 4 + n_chunks * HEADER_BYTES)
    if chunk_size is None:
        stack_paths, list_path = [Path(output)], None
    else:
        stack_paths, list_path = chunk_paths(output, n_chunks)
    written = OutputGroup()
    with written, progress_bar(total=indices.size, desc=desc, unit="img", enabled=progress) as bar:
        for chunk_id, path in enumerate(stack_paths):
            chunk = indices[chunk_id * per_chunk:(chunk_id + 1) * per_chunk]
            with MrcStackWriter(written.add(path), chunk.size, new_box, out_apix) as writer:
                for batch, images in stack.batches(batch_size, chunk):
                    writer.write(images if transform is None else transform(batch, images))
                    bar.update(len(images))
        if list_path is not None:
            write_stack_list(written.add(list_path), stack_paths)
    return written.paths


def downsample_volume(path: str | os.PathLike, new_box: int, output: str | os.PathLike) -> Path:
    """Write the map at ``path`` Fourier-cropped to ``new_box``³, with its voxel size scaled."""
    volume, header = read_volume(path, "--is-vol input")
    check_new_box(volume.shape[-1], new_box)
    cropped = fourier_crop(volume, new_box, ndim=3)
    return write_mrc(output, cropped, header.apix * volume.shape[-1] / new_box, is_stack=False)
