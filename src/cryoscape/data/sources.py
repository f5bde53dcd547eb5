"""Particle image sources: one indexable stack over .mrcs files, .txt lists, star and cs references.

Every input kind reduces to the same table: for each particle, which MRC file holds it and at which
position. Images are read on demand with plain file reads, grouped by file, so a selection of any
size costs memory for the selection only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from cryoscape.errors import InputError
from cryoscape.io import (MrcHeader, decode_path, parse_image_name, read_cs, read_mrc_header,
                          read_mrc_indices, read_stack_list, read_star, require_fields)

PARTICLE_SUFFIXES = (".mrc", ".mrcs", ".txt", ".star", ".cs")


@dataclass(frozen=True)
class ParticleStack:
    """Particles as (file, position) pairs over a set of MRC stacks of one square box size.

    headers: the stacks; file_ids (N,): which stack holds particle i; positions (N,): where.
    """

    headers: tuple[MrcHeader, ...]
    file_ids: np.ndarray
    positions: np.ndarray
    source: Path

    @property
    def n_images(self) -> int:
        return int(self.file_ids.size)

    @property
    def box_size(self) -> int:
        return self.headers[0].box_size

    @property
    def apix(self) -> float:
        """Pixel size in Å from the first stack's header (0 when the header does not say)."""
        return self.headers[0].apix

    def check_indices(self, indices: np.ndarray) -> np.ndarray:
        indices = np.asarray(indices, dtype=np.int64).ravel()
        if indices.size and (indices.min() < 0 or indices.max() >= self.n_images):
            raise InputError(
                f"particle index {int(indices.max())} is out of range for {self.source} "
                f"({self.n_images} particles); the index file belongs to another stack"
            )
        return indices

    def images(self, indices: np.ndarray) -> np.ndarray:
        """Return float32 images (k, D, D) for particle ``indices``, in the order given."""
        indices = self.check_indices(indices)
        out = np.empty((indices.size, self.box_size, self.box_size), dtype=np.float32)
        file_ids = self.file_ids[indices]
        for file_id in np.unique(file_ids):
            rows = np.flatnonzero(file_ids == file_id)
            out[rows] = read_mrc_indices(self.headers[file_id], self.positions[indices[rows]])
        return out

    def batches(self, batch_size: int, indices: np.ndarray | None = None
                ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield (indices, images) in batches of at most ``batch_size`` particles."""
        if indices is None:
            indices = np.arange(self.n_images)
        indices = self.check_indices(indices)
        for start in range(0, indices.size, batch_size):
            batch = indices[start:start + batch_size]
            yield batch, self.images(batch)


def _check_boxes(headers: list[MrcHeader], source: Path) -> None:
    for header in headers:
        if header.shape[1] != header.shape[2]:
            raise InputError(
                f"{header.path} holds {header.shape[2]}×{header.shape[1]} images; cryoscape needs "
                "square particle images (re-extract with a square box)"
            )
    boxes = sorted({h.box_size for h in headers})
    if len(boxes) > 1:
        raise InputError(f"{source} mixes stacks of box sizes {boxes}; downsample them to one size")


def _stack_from_files(paths: list[Path], source: Path) -> ParticleStack:
    headers = [read_mrc_header(p) for p in paths]
    for header in headers:
        if header.is_volume:
            raise InputError(f"{header.path} is a 3D map ({header.describe()}, MRC space group 1), not a stack of "
                             "particle images; give the particles (.mrcs, .star, .cs or .txt) — or, if it really "
                             "is a stack, name it .mrcs")
    _check_boxes(headers, source)
    file_ids = np.concatenate([np.full(h.n_images, i, dtype=np.int64) for i, h in enumerate(headers)])
    positions = np.concatenate([np.arange(h.n_images, dtype=np.int64) for h in headers])
    return ParticleStack(tuple(headers), file_ids, positions, source)


def resolve_stack_path(recorded: str, reference_file: Path, datadir: str | os.PathLike | None) -> Path:
    """Return the existing file a star/cs image path refers to, trying ``datadir`` first if given.

    Tried in order: datadir/recorded, datadir/basename, recorded as given (absolute or from the
    working directory), recorded relative to the star/cs file's folder, and the basename there.
    """
    recorded_path = Path(recorded)
    candidates = []
    if datadir is not None:
        candidates += [Path(datadir) / recorded_path, Path(datadir) / recorded_path.name]
    candidates += [recorded_path, reference_file.parent / recorded_path,
                   reference_file.parent / recorded_path.name]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    hint = "pass --datadir with the folder that holds the stacks" if datadir is None else \
        f"it is not in --datadir {datadir} either"
    raise InputError(f"{reference_file} refers to image stack {recorded}, which was not found; {hint}")


def _stack_from_references(stack_paths: list[str], positions: np.ndarray, source: Path,
                           datadir: str | os.PathLike | None) -> ParticleStack:
    unique_paths, file_ids = np.unique(np.asarray(stack_paths, dtype=object).astype(str),
                                       return_inverse=True)
    resolved = [resolve_stack_path(p, source, datadir) for p in unique_paths]
    headers = [read_mrc_header(p) for p in resolved]
    _check_boxes(headers, source)
    positions = np.asarray(positions, dtype=np.int64)
    for file_id, header in enumerate(headers):
        used = positions[file_ids == file_id]
        if used.max() >= header.n_images:
            raise InputError(
                f"{source} refers to image {int(used.max()) + 1} of {header.path}, which holds only "
                f"{header.n_images}; the stack and the metadata do not belong together"
            )
    return ParticleStack(tuple(headers), file_ids.astype(np.int64), positions, source)


def open_particles(path: str | os.PathLike, datadir: str | os.PathLike | None = None) -> ParticleStack:
    """Return the particle stack described by a .mrc/.mrcs file, .txt list, .star or .cs file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".mrc", ".mrcs"):
        return _stack_from_files([path], path)
    if suffix == ".txt":
        return _stack_from_files(read_stack_list(path), path)
    if suffix == ".star":
        tables = read_star(path)
        if "rlnImageName" not in tables.particles.columns:
            raise InputError(f"{path} has no _rlnImageName column, so it names no particle images")
        refs = [parse_image_name(name) for name in tables.particles["rlnImageName"]]
        return _stack_from_references([r[1] for r in refs], np.array([r[0] for r in refs]),
                                      path, datadir)
    if suffix == ".cs":
        data = read_cs(path)
        require_fields(data, ["blob/path", "blob/idx"], path, "locating particle images")
        stack_paths = [decode_path(p) for p in data["blob/path"]]
        return _stack_from_references(stack_paths, data["blob/idx"], path, datadir)
    raise InputError(
        f"{path}: unknown particle file type {suffix or '(none)'}; "
        f"give one of {', '.join(PARTICLE_SUFFIXES)}"
    )
