"""Tilt-series images: which particle each 2D image belongs to, its tilt angle and the dose before it.

A cryo-ET particle is imaged once per tilt of its tilt series; after expansion (``parse_relion``,
``parse_warptools`` or ``simulate --tilt-series``) every tilt image is one row of a particle star file,
with its own pose and CTF. :class:`TiltImages` is what training needs on top of that: the grouping of
rows into particles, each row's stage tilt and cumulative exposure (for the dose filter and the
cos(tilt) weight).

Sources, best first: ``_rlnTomoParticleName`` (or ``_rlnGroupName``, as Warp/M exports and cryoDRGN-ET
use) groups the rows; ``_rlnMicrographPreExposure`` (e⁻/Å² before the image) and
``_rlnTomoNominalStageTiltAngle`` give dose and tilt. Without those two columns the rows of a particle
are taken to be in acquisition order of a dose-symmetric scheme, as cryoDRGN-ET assumes:
dose = rank × ``dose_per_tilt``, |tilt| = ⌈rank / 2⌉ × ``angle_per_tilt``.
"""

from __future__ import annotations

from dataclasses import dataclass

import os
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.errors import InputError
from cryoscape.io import read_star

PARTICLE_COLUMNS = ("rlnTomoParticleName", "rlnGroupName")
DOSE_COLUMN = "rlnMicrographPreExposure"
TILT_COLUMN = "rlnTomoNominalStageTiltAngle"
# Grant & Grigorieff (2015): critical exposure Ne(k) = a·k^b + c (e⁻/Å², k in 1/Å), fitted at 300 kV
CRITICAL_A, CRITICAL_B, CRITICAL_C = 0.245, -1.665, 2.81
# frequencies exposed beyond this many critical exposures carry no usable signal and are left out
DOSE_CUTOFF_CRITICAL = 2.5


@dataclass(frozen=True, eq=False)
class TiltImages:
    """Per-image tilt metadata, rows aligned with a stack's images (or a selection of them).

    particle: (n,) int64, the particle (0 … P−1, in order of first appearance) of each image;
    names: (P,) the particles' names; tilt_deg, dose_e_per_a2: (n,) float64.
    """

    particle: np.ndarray
    names: tuple[str, ...]
    tilt_deg: np.ndarray
    dose_e_per_a2: np.ndarray

    def __post_init__(self) -> None:
        n = len(self.particle)
        if len(self.tilt_deg) != n or len(self.dose_e_per_a2) != n:
            raise InputError("tilt metadata: particle, tilt and dose columns differ in length")
        if n and (self.particle.min() < 0 or self.particle.max() >= len(self.names)):
            raise InputError("tilt metadata: a particle index is outside the particle list")
        if not np.isfinite(self.tilt_deg).all() or np.abs(self.tilt_deg).max(initial=0) >= 90:
            raise InputError("tilt metadata: tilt angles must be finite and within ±90°")
        if not np.isfinite(self.dose_e_per_a2).all() or self.dose_e_per_a2.min(initial=0) < 0:
            raise InputError("tilt metadata: doses must be finite and ≥ 0 e⁻/Å²")

    def __len__(self) -> int:
        return len(self.particle)

    @property
    def n_particles(self) -> int:
        return len(self.names)

    def select(self, images: np.ndarray) -> "TiltImages":
        """Return the metadata of the images at ``images``, particles renumbered in order of first appearance."""
        images = np.asarray(images, np.int64)
        kept, first = np.unique(self.particle[images], return_index=True)
        order = kept[np.argsort(first)]
        renumber = np.full(self.n_particles, -1, np.int64)
        renumber[order] = np.arange(len(order))
        return TiltImages(renumber[self.particle[images]], tuple(self.names[i] for i in order),
                          self.tilt_deg[images], self.dose_e_per_a2[images])

    def images_of(self, particles: np.ndarray, ntilts: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Return (the positions of the images of ``particles``, particle by particle, lowest dose first — at
        most ``ntilts`` each when given —, and for each image the rank in ``particles`` of its particle)."""
        groups = self.groups()
        chosen = [groups[p][:ntilts] for p in np.asarray(particles, np.int64)]
        if not chosen:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(chosen), np.repeat(np.arange(len(chosen)), [len(c) for c in chosen])

    def groups(self) -> list[np.ndarray]:
        """Return, for each particle, the positions of its images ordered by dose (then by position)."""
        order = np.lexsort((np.arange(len(self)), self.dose_e_per_a2, self.particle))
        bounds = np.searchsorted(self.particle[order], np.arange(self.n_particles + 1))
        return [order[bounds[p]:bounds[p + 1]] for p in range(self.n_particles)]

    def table(self, ntilts: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (positions (P, ntilts) int64, present (P, ntilts) bool): each particle's ``ntilts``
        lowest-dose images; a particle with fewer has its missing slots absent (position 0, False)."""
        positions = np.zeros((self.n_particles, ntilts), np.int64)
        present = np.zeros((self.n_particles, ntilts), bool)
        for p, images in enumerate(self.groups()):
            take = images[:ntilts]
            positions[p, :len(take)] = take
            present[p, :len(take)] = True
        return positions, present

    def counts(self) -> np.ndarray:
        return np.bincount(self.particle, minlength=self.n_particles)


def _particle_column(table: pd.DataFrame, source: str) -> pd.Series:
    for column in PARTICLE_COLUMNS:
        if column in table.columns:
            return table[column].astype(str)
    raise InputError(f"{source} has no _rlnTomoParticleName or _rlnGroupName column: its images cannot be "
                     "grouped into particles; expand a tomography export with 'cryoscape parse_relion' "
                     "(or parse_warptools) first")


def _rank_in_particle(particle: np.ndarray) -> np.ndarray:
    """Return each row's rank among its particle's rows, in file order."""
    order = np.argsort(particle, kind="stable")
    rank = np.empty(len(particle), np.int64)
    starts = np.searchsorted(particle[order], particle[order])
    rank[order] = np.arange(len(particle)) - starts
    return rank


def tilt_images_from_table(table: pd.DataFrame, source: str, dose_per_tilt: float | None = None,
                           angle_per_tilt: float = 3.0) -> TiltImages:
    """Return the tilt metadata of a particle table with one row per tilt image.

    ``dose_per_tilt`` (e⁻/Å²) and ``angle_per_tilt`` (°) stand in for missing dose and tilt columns
    (see the module's notes); a given ``dose_per_tilt`` overrides nothing that the file holds.
    """
    names = _particle_column(table, source).to_numpy()
    unique, first = np.unique(names, return_index=True)
    ordered = unique[np.argsort(first)]
    particle = pd.Index(ordered).get_indexer(names).astype(np.int64)
    rank = _rank_in_particle(particle)
    if DOSE_COLUMN in table.columns:
        dose = pd.to_numeric(table[DOSE_COLUMN], errors="coerce").to_numpy(np.float64)
    elif dose_per_tilt is not None:
        dose = rank * float(dose_per_tilt)
    else:
        raise InputError(f"{source} has no _rlnMicrographPreExposure column; give the exposure per tilt "
                         "with --dose-per-tilt (e⁻/Å²), the images of each particle in acquisition order")
    if TILT_COLUMN in table.columns:
        tilt = pd.to_numeric(table[TILT_COLUMN], errors="coerce").to_numpy(np.float64)
    else:
        tilt = np.ceil(rank / 2.0) * float(angle_per_tilt)
    if not (np.isfinite(dose).all() and np.isfinite(tilt).all()):
        raise InputError(f"{source}: the dose or tilt column holds non-numeric values")
    return TiltImages(particle, tuple(str(n) for n in ordered), tilt, dose)


def read_tilt_images(particles: str | os.PathLike, dose_per_tilt: float | None = None,
                     angle_per_tilt: float = 3.0) -> TiltImages:
    """Return the tilt metadata of a particle star file with one row per tilt image (see the module's notes)."""
    if Path(particles).suffix.lower() != ".star":
        raise InputError(f"{particles}: tilt-series images are grouped into particles by a .star file (one row per "
                         "tilt image); expand the export with 'cryoscape parse_relion' (or parse_warptools) first")
    return tilt_images_from_table(read_star(particles).particles, str(particles), dose_per_tilt, angle_per_tilt)


def critical_exposure(frequency_per_angstrom: np.ndarray) -> np.ndarray:
    """Return the critical exposure (e⁻/Å²) at spatial frequencies (1/Å) (Grant & Grigorieff 2015)."""
    k = np.maximum(np.asarray(frequency_per_angstrom, np.float64), 1e-6)
    return CRITICAL_A * k ** CRITICAL_B + CRITICAL_C


def dose_weights(frequency_per_angstrom: np.ndarray, dose_e_per_a2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (amplitude attenuation exp(−dose / 2Ne(k)), usable mask dose < 2.5·Ne(k)), each (n, P),
    for images with cumulative doses (n,) at frequencies (P,)."""
    critical = critical_exposure(frequency_per_angstrom)[None, :]
    dose = np.asarray(dose_e_per_a2, np.float64)[:, None]
    return np.exp(-dose / (2 * critical)), dose < DOSE_CUTOFF_CRITICAL * critical
