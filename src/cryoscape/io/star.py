"""RELION STAR files through starfile: 3.0 (one table), 3.1 and 5 (optics table + particles).

RELION 3.1 moved the imaging parameters shared by a group of particles (voltage, Cs, pixel size,
box size…) into a ``data_optics`` table; particles point to their row with ``_rlnOpticsGroup``.
:func:`particles_with_optics` joins the two so callers see one row per particle either way.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import starfile

from cryoscape.errors import InputError
from cryoscape.io.files import atomic_path, require_file

OPTICS_GROUP = "rlnOpticsGroup"


@dataclass(frozen=True)
class StarTables:
    """The particle table of a STAR file and, for RELION ≥ 3.1, its optics table."""

    path: Path
    particles: pd.DataFrame
    optics: pd.DataFrame | None

    @property
    def relion_version(self) -> str:
        return "3.0" if self.optics is None else "3.1"

    def __len__(self) -> int:
        return len(self.particles)


def _pick_particle_block(blocks: dict[str, pd.DataFrame], path: Path) -> pd.DataFrame:
    for name in ("particles", "images", ""):
        if name in blocks and isinstance(blocks[name], pd.DataFrame):
            return blocks[name]
    loops = [(name, df) for name, df in blocks.items()
             if name != "optics" and isinstance(df, pd.DataFrame)]
    if len(loops) == 1:
        return loops[0][1]
    raise InputError(
        f"{path} has data blocks {sorted(blocks)} but no particle table "
        "(expected data_particles, data_images or a single loop); is it a particle star file?"
    )


def read_star(path: str | os.PathLike) -> StarTables:
    """Return the particle (and optics) tables of a RELION star file, version detected from content."""
    path = require_file(path, "star file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            blocks = starfile.read(path, always_dict=True)
    except Exception as exc:  # starfile raises pandas/parser errors of many types
        raise InputError(f"{path} is not a readable STAR file ({type(exc).__name__}: {exc})") from None
    if not blocks:
        raise InputError(f"{path} holds no data block; is it a STAR file?")
    particles = _pick_particle_block(blocks, path)
    if len(particles) == 0:
        raise InputError(f"{path} has an empty particle table; it selects no particles")
    if particles.columns.duplicated().any():
        dup = sorted(set(particles.columns[particles.columns.duplicated()]))
        raise InputError(f"{path} repeats the column(s) {dup}; remove the duplicates")
    optics = blocks.get("optics")
    if optics is not None and not isinstance(optics, pd.DataFrame):
        optics = pd.DataFrame([optics]) if isinstance(optics, dict) else None
    if optics is not None:
        if OPTICS_GROUP not in optics.columns:
            raise InputError(f"{path}: the optics table has no _rlnOpticsGroup column")
        if OPTICS_GROUP not in particles.columns:
            if len(optics) != 1:
                raise InputError(
                    f"{path}: particles have no _rlnOpticsGroup but there are {len(optics)} optics groups"
                )
            particles = particles.assign(**{OPTICS_GROUP: optics[OPTICS_GROUP].iloc[0]})
        unknown = set(particles[OPTICS_GROUP]) - set(optics[OPTICS_GROUP])
        if unknown:
            raise InputError(
                f"{path}: particles use optics group(s) {sorted(unknown)} that the optics table "
                "does not define; the file was edited inconsistently"
            )
    return StarTables(path, particles.reset_index(drop=True), optics)


def particles_with_optics(tables: StarTables) -> pd.DataFrame:
    """Return one row per particle with its optics group's columns joined on (particle values win)."""
    if tables.optics is None:
        return tables.particles
    optics_only = [c for c in tables.optics.columns
                   if c == OPTICS_GROUP or c not in tables.particles.columns]
    merged = tables.particles.merge(tables.optics[optics_only], on=OPTICS_GROUP, how="left",
                                    sort=False)
    return merged


def write_star(path: str | os.PathLike, particles: pd.DataFrame,
               optics: pd.DataFrame | None = None) -> Path:
    """Write a RELION 3.0 star file (``optics`` None) or a 3.1 file with an optics table, atomically."""
    if optics is None:
        return write_star_blocks(path, {"": particles}, version=None)
    return write_star_blocks(path, {"optics": optics, "particles": particles})


def write_star_blocks(path: str | os.PathLike, blocks: dict[str, pd.DataFrame | dict],
                      version: str | None = "30001") -> Path:
    """Write named data blocks (tables, or dicts for single-value blocks) to a star file, atomically.

    ``version`` is the ``# version`` comment RELION writes (30001 for 3.1/4, 50001 for 5; None: none).
    """
    with atomic_path(path) as tmp:
        starfile.write(blocks, tmp, overwrite=True)
        # starfile's first line carries the time of writing; a fixed header keeps outputs reproducible
        lines = tmp.read_text().splitlines(keepends=True)
        if lines and lines[0].startswith("# Created by the starfile"):
            lines = lines[1:]
        header = "# Written by cryoscape\n" + ("" if version is None else f"# version {version}\n")
        tmp.write_text(header + "".join(lines))
    return Path(path)


def parse_image_name(image_name: str) -> tuple[int, str]:
    """Return (0-based index, path) from a RELION ``NNN@path.mrcs`` image reference."""
    text = str(image_name).strip()
    if "@" not in text:
        return 0, text
    number, _, stack_path = text.partition("@")
    try:
        index_1based = int(number)
    except ValueError:
        raise InputError(f"image reference {text!r} does not start with an image number") from None
    if index_1based < 1:
        raise InputError(f"image reference {text!r} has number {index_1based}; RELION counts from 1")
    return index_1based - 1, stack_path
