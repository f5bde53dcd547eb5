"""Particle selections back to RELION and cryoSPARC: new star/cs tables, or subsets of existing ones."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.data.metadata import cs_from_arrays, star_tables_from_arrays
from cryoscape.data.params import CtfParameters, Poses, check_counts
from cryoscape.data.sources import ParticleStack
from cryoscape.errors import InputError
from cryoscape.io import StarTables

OPTICS_GROUP = "rlnOpticsGroup"


def image_names(stack: ParticleStack, indices: np.ndarray, full_path: bool = False,
                relative_to: str | os.PathLike = ".") -> list[str]:
    """Return RELION image references ``NNNNNN@path`` (1-based) of particles ``indices`` of ``stack``.

    Paths are relative to ``relative_to`` (the folder RELION will run in), or absolute with ``full_path``.
    """
    base = Path(relative_to).resolve()
    paths = []
    for header in stack.headers:
        resolved = Path(header.path).resolve()
        paths.append(str(resolved) if full_path else os.path.relpath(resolved, base))
    return [f"{int(stack.positions[i]) + 1:06d}@{paths[stack.file_ids[i]]}" for i in indices]


def star_from_selection(stack: ParticleStack, ctf: CtfParameters, poses: Poses | None, indices: np.ndarray,
                        relion31: bool, full_path: bool = False, relative_to: str | os.PathLike = "."
                        ) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Return (particles, optics) star tables of the selected particles of ``stack`` with their CTF and poses."""
    check_counts(stack.n_images, "the particle stack", str(stack.source), ctf=ctf, poses=poses)
    selected_poses = None if poses is None else poses.select(indices)
    return star_tables_from_arrays(image_names(stack, indices, full_path, relative_to),
                                   ctf.select(indices).for_box(stack.box_size), selected_poses, relion31)


def subset_star(tables: StarTables, indices: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Return the selected rows of a star file, in selection order, with its optics table unchanged."""
    check_selection(indices, len(tables), str(tables.path))
    return tables.particles.iloc[indices].reset_index(drop=True), tables.optics


def subset_cs(table: np.ndarray, indices: np.ndarray, source: str, ctf: CtfParameters | None = None,
              poses: Poses | None = None) -> np.ndarray:
    """Return the selected rows of a cryoSPARC table, with CTF/poses (one row per table row) written in if given."""
    check_selection(indices, len(table), source)
    check_counts(len(table), "the .cs file", source, ctf=ctf, poses=poses)
    subset = table[indices].copy()
    pose_rows = None if poses is None else poses.select(indices)
    if ctf is not None:
        return cs_from_arrays(ctf.select(indices), pose_rows, template=subset)
    return subset if pose_rows is None else _poses_only(subset, pose_rows)


def _poses_only(table: np.ndarray, poses: Poses) -> np.ndarray:
    from cryoscape.geometry import cryosparc_from_rotations

    if "alignments3D/pose" not in table.dtype.names or "blob/shape" not in table.dtype.names:
        raise InputError("the .cs file has no alignments3D/pose and blob/shape fields to hold poses")
    table["alignments3D/pose"] = cryosparc_from_rotations(poses.rotations)
    table["alignments3D/shift"] = poses.translations_box.astype(np.float64) * table["blob/shape"][:, [0]]
    return table


def check_selection(indices: np.ndarray, n_total: int, source: str) -> None:
    """Raise InputError if a selection is empty or indexes beyond ``n_total`` rows of ``source``."""
    if indices.size == 0:
        raise InputError("the selection is empty; nothing to write")
    if indices.min() < 0 or indices.max() >= n_total:
        raise InputError(f"the selection holds index {int(indices.max())}, but {source} has {n_total} particles; "
                         "the index file was made for another particle set")
