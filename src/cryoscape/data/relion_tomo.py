"""RELION-5 (and WarpTools) tomography exports expanded into one row per 2D tilt image.

What is read:

- ``tomograms.star``: a ``data_global`` table, one row per tilt series (``rlnTomoName``, optics, ``rlnTomoHand``),
  each pointing to its tilt-series star file (``rlnTomoTiltSeriesStarFile``; RELION 4 kept those tables
  as further blocks of the same file, named after the tomogram — both are read).
- a tilt-series table, one row per tilt in acquisition-independent file order: the alignment
  (``rlnTomoXTilt``, ``rlnTomoYTilt``, ``rlnTomoZRot`` in degrees, or the rows ``rlnTomoProjX/Y/Z`` of a
  4×4 projection matrix), the defocus (``rlnDefocusU/V/Angle``), the exposure before the tilt
  (``rlnMicrographPreExposure``) and the stage tilt (``rlnTomoNominalStageTiltAngle``).
- ``particles.star`` with 2D stacks (``rlnTomoSubTomosAre2DStacks``): per particle its tomogram, its 3D
  position from the tomogram centre (``rlnCenteredCoordinate{X,Y,Z}Angst``), origin offsets
  (``rlnOrigin{X,Y,Z}Angst``), the two rotations RELION composes (``rlnTomoSubtomogram{Rot,Tilt,Psi}`` and
  ``rlnAngle{Rot,Tilt,Psi}``), which tilts it is visible in (``rlnTomoVisibleFrames``) and its stack
  (``rlnImageName``: frame f of the stack is tilt f of its tilt series).

The geometry (RELION's ``ParticleSet`` and ``Tomogram``): a particle point r sits at A r in the tomogram,
A = A_sub · A_part (each RELION's ZYZ Euler matrix, which is the rotation cryoscape stores); tilt f maps
tomogram coordinates to its image by M_f = Rz(ZRot) · Ry(YTilt) · Rx(XTilt). So tilt image f of the particle
has the pose M_f · A, its centre sits at −(M_f · A_sub · origin)_xy from the stack's centre (the 2D origin,
as in single-particle files), and its defocus is the tilt's plus ``hand`` × the particle's depth
(M_f · position)_z.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import starfile

from cryoscape.data.params import CtfParameters, Poses
from cryoscape.data.tilts import DOSE_COLUMN, TILT_COLUMN
from cryoscape.errors import InputError
from cryoscape.geometry import rotations_from_relion_euler
from cryoscape.io import read_mrc_header, require_file

PREMULTIPLIED = "rlnCtfDataAreCtfPremultiplied"
EULER = ("rlnAngleRot", "rlnAngleTilt", "rlnAnglePsi")
SUBTOMOGRAM_EULER = ("rlnTomoSubtomogramRot", "rlnTomoSubtomogramTilt", "rlnTomoSubtomogramPsi")
ORIGIN = ("rlnOriginXAngst", "rlnOriginYAngst", "rlnOriginZAngst")
CENTRED = ("rlnCenteredCoordinateXAngst", "rlnCenteredCoordinateYAngst", "rlnCenteredCoordinateZAngst")
ALIGNMENT = ("rlnTomoXTilt", "rlnTomoYTilt", "rlnTomoZRot")
PROJECTION_ROWS = ("rlnTomoProjX", "rlnTomoProjY", "rlnTomoProjZ")


@dataclass(frozen=True)
class TiltSeries:
    """One tomogram's tilts: matrices (F, 3, 3) tomogram → image, defocus (F, 3) U, V (Å), angle (°),
    dose (F,) e⁻/Å² before each tilt, tilt (F,) stage angle (°), scale (F,) CTF scale factor."""

    name: str
    matrices: np.ndarray
    defocus: np.ndarray
    dose: np.ndarray
    tilt_deg: np.ndarray
    scale: np.ndarray
    hand: float
    voltage_kv: float
    cs_mm: float
    amplitude_contrast: float

    @property
    def n_tilts(self) -> int:
        return len(self.dose)


@dataclass(frozen=True)
class ExpandedParticles:
    """Every visible tilt image of every particle: the 2D star table, poses, CTF (one row per image)."""

    table: pd.DataFrame
    optics: pd.DataFrame
    poses: Poses
    ctf: CtfParameters
    n_particles: int


def axis_rotation(axis: int, angles_deg: np.ndarray) -> np.ndarray:
    """Return right-handed rotations (N, 3, 3) by ``angles_deg`` about axis 0 (x), 1 (y) or 2 (z)."""
    a = np.deg2rad(np.asarray(angles_deg, np.float64).reshape(-1))
    c, s = np.cos(a), np.sin(a)
    out = np.zeros((len(a), 3, 3))
    i, j = [(1, 2), (2, 0), (0, 1)][axis]
    out[:, axis, axis] = 1
    out[:, i, i], out[:, i, j], out[:, j, i], out[:, j, j] = c, -s, s, c
    return out


def tilt_matrices(x_tilt_deg: np.ndarray, y_tilt_deg: np.ndarray, z_rot_deg: np.ndarray) -> np.ndarray:
    """Return RELION's tomogram → tilt-image rotations Rz(ZRot) · Ry(YTilt) · Rx(XTilt), (F, 3, 3)."""
    return axis_rotation(2, z_rot_deg) @ axis_rotation(1, y_tilt_deg) @ axis_rotation(0, x_tilt_deg)


def _read_blocks(path: Path, what: str) -> dict:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            blocks = starfile.read(path, always_dict=True)
    except Exception as exc:  # starfile raises parser errors of many types
        raise InputError(f"{path} is not a readable STAR file ({type(exc).__name__}: {exc})") from None
    if not blocks:
        raise InputError(f"{path} holds no data block; is it a {what}?")
    return blocks


def _table(block, path: Path, name: str) -> pd.DataFrame:
    if isinstance(block, pd.DataFrame):
        return block
    if isinstance(block, dict):
        return pd.DataFrame([block])
    raise InputError(f"{path}: block data_{name} is not a table")


def _require(table: pd.DataFrame, columns: tuple[str, ...] | list[str], where: str, remedy: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise InputError(f"{where} has no {', '.join('_' + c for c in missing)} column(s); {remedy}")


def _vector_column(values: pd.Series, where: str, column: str) -> np.ndarray:
    """Parse a column of bracketed vectors like ``[1,0,0,0]`` into an (n, k) array."""
    try:
        rows = [[float(x) for x in str(v).strip().strip("[]").split(",")] for v in values]
        return np.array(rows, np.float64)
    except ValueError:
        raise InputError(f"{where}: _{column} holds {values.iloc[0]!r}, not a bracketed list of numbers") from None


def _find(recorded: str, star_file: Path, what: str, remedy: str, first_root: Path | None = None) -> Path:
    """Return ``recorded`` resolved from the working directory, ``first_root``, or the star file's folder and
    its parents (RELION records paths from its project folder)."""
    roots = [root for root in [first_root, star_file.parent, *list(star_file.parents)[:4]] if root is not None]
    for candidate in [Path(recorded)] + [root / recorded for root in roots]:
        if candidate.is_file():
            return candidate
    raise InputError(f"{what} {recorded} (named in {star_file}) was not found; {remedy}")


def _tilt_series(name: str, table: pd.DataFrame, where: str, optics: pd.Series) -> TiltSeries:
    remedy = "export the tilt series with RELION 5 (or WarpTools) after CTF estimation"
    _require(table, ["rlnDefocusU", "rlnDefocusV", "rlnDefocusAngle"], where, remedy)
    if set(ALIGNMENT) <= set(table.columns):
        matrices = tilt_matrices(*(table[c].to_numpy(np.float64) for c in ALIGNMENT))
    elif set(PROJECTION_ROWS) <= set(table.columns):
        rows = [_vector_column(table[c], where, c)[:, :3] for c in PROJECTION_ROWS]
        matrices = np.stack(rows, axis=1)
        matrices /= np.cbrt(np.linalg.det(matrices))[:, None, None]  # drop any pixel-size scaling
    else:
        raise InputError(f"{where} holds no tilt alignment (_rlnTomoXTilt/_rlnTomoYTilt/_rlnTomoZRot or "
                         f"_rlnTomoProjX/Y/Z); {remedy}")
    if DOSE_COLUMN not in table.columns:
        raise InputError(f"{where} has no _{DOSE_COLUMN} column (the exposure before each tilt); "
                         "give the dose in the tomogram import job and export again")
    tilt = (table[TILT_COLUMN] if TILT_COLUMN in table.columns else table.get("rlnTomoYTilt", 0.0 * table[DOSE_COLUMN]))
    return TiltSeries(
        name, matrices, table[["rlnDefocusU", "rlnDefocusV", "rlnDefocusAngle"]].to_numpy(np.float64),
        table[DOSE_COLUMN].to_numpy(np.float64), np.asarray(tilt, np.float64),
        table["rlnCtfScalefactor"].to_numpy(np.float64) if "rlnCtfScalefactor" in table.columns
        else np.ones(len(table)),
        float(optics.get("rlnTomoHand", 1.0)), float(optics["rlnVoltage"]), float(optics["rlnSphericalAberration"]),
        float(optics["rlnAmplitudeContrast"]))


def read_tomograms(path: str | os.PathLike) -> dict[str, TiltSeries]:
    """Return every tilt series of a ``tomograms.star`` by tomogram name."""
    path = require_file(path, "tomograms.star")
    blocks = _read_blocks(path, "tomograms.star")
    if "global" not in blocks:
        raise InputError(f"{path} has no data_global block; is it a RELION tomograms.star (not particles.star)?")
    table = _table(blocks["global"], path, "global")
    _require(table, ["rlnTomoName", "rlnVoltage", "rlnSphericalAberration", "rlnAmplitudeContrast"], str(path),
             "use the tomograms.star written by RELION 5 or WarpTools")
    series = {}
    for _, row in table.iterrows():
        name = str(row["rlnTomoName"])
        if "rlnTomoTiltSeriesStarFile" in table.columns:
            ts_path = _find(str(row["rlnTomoTiltSeriesStarFile"]), path, f"tilt-series star file for {name}",
                            "run from the RELION project folder, or copy the tilt_series folder of the export "
                            "beside tomograms.star")
            ts_blocks = _read_blocks(ts_path, "tilt-series star file")
            block = ts_blocks.get(name, next(iter(ts_blocks.values())))
            where = str(ts_path)
        elif name in blocks:
            block, where = blocks[name], f"{path} (data_{name})"
        else:
            raise InputError(f"{path} names tomogram {name} but neither a _rlnTomoTiltSeriesStarFile nor a "
                             f"data_{name} block for its tilts; export the tilt series star files with it")
        series[name] = _tilt_series(name, _table(block, Path(where.split(" ")[0]), name), where, row)
    return series


def _particle_tables(path: Path, overrides: dict[str, float]) -> tuple[pd.DataFrame, pd.DataFrame]:
    blocks = _read_blocks(path, "particles.star")
    if "particles" not in blocks or "optics" not in blocks:
        raise InputError(f"{path} has no data_particles and data_optics blocks; use the particles.star of a "
                         "RELION 5 tomography job (or a WarpTools export)")
    particles, optics = _table(blocks["particles"], path, "particles"), _table(blocks["optics"], path, "optics")
    general = blocks.get("general")
    if isinstance(general, dict) and int(general.get("rlnTomoSubTomosAre2DStacks", 1)) != 1:
        raise InputError(f"{path} describes 3D subtomograms; cryoscape reads 2D tilt stacks: re-extract with "
                         "'Write output as 2D stacks? Yes' (RELION 5 Extract subtomos)")
    if PREMULTIPLIED in optics.columns and (optics[PREMULTIPLIED].astype(float) == 1).any():
        raise InputError(f"{path}: the stacks are CTF-premultiplied (_{PREMULTIPLIED} 1); cryoscape fits the CTF "
                         "itself: re-extract with 'Write output as CTF-premultiplied? No' (WarpTools: without "
                         "--output_premultiplied…)")
    if "rlnImageDimensionality" in optics.columns and (optics["rlnImageDimensionality"].astype(int) == 3).any():
        raise InputError(f"{path} lists 3D subtomograms; re-extract them as 2D stacks")
    _require(particles, ["rlnTomoName", "rlnImageName"], str(path), "use a RELION 5 particles.star with 2D stacks")
    optics = optics.assign(**{k: v for k, v in overrides.items() if v is not None})
    _require(optics, ["rlnImagePixelSize", "rlnImageSize"], f"{path} (optics)",
             "it does not say how the stacks were cut: pass --image-pixel-size and --image-size")
    group = particles["rlnOpticsGroup"] if "rlnOpticsGroup" in particles.columns else pd.Series(
        np.full(len(particles), optics["rlnOpticsGroup"].iloc[0] if "rlnOpticsGroup" in optics.columns else 1))
    optics_rows = optics.set_index("rlnOpticsGroup") if "rlnOpticsGroup" in optics.columns else optics
    try:
        per_particle = optics_rows.loc[group.to_numpy()].reset_index(drop=True)
    except KeyError:
        raise InputError(f"{path}: particles use optics groups the optics table does not define") from None
    return particles.reset_index(drop=True), per_particle


def _visible(particles: pd.DataFrame, series: TiltSeries, i: int, where: str) -> np.ndarray:
    if "rlnTomoVisibleFrames" not in particles.columns:
        return np.ones(series.n_tilts, bool)
    flags = _vector_column(particles["rlnTomoVisibleFrames"].iloc[i:i + 1], where, "rlnTomoVisibleFrames")[0]
    if len(flags) != series.n_tilts:
        raise InputError(f"{where}: particle {i} lists {len(flags)} visible-frame flags but tilt series "
                         f"{series.name} has {series.n_tilts} tilts; the particles and tomograms files do not match")
    return flags > 0


def expand_particles(particles_star: str | os.PathLike, tomograms: dict[str, TiltSeries],
                     stack_root: Path | None = None, image_apix: float | None = None,
                     image_size: int | None = None) -> ExpandedParticles:
    """Return one row per visible tilt image of each particle of a RELION-5 2D-stack ``particles.star``,
    a particle's images in order of exposure (``rlnGroupName`` repeats the particle's name, as cryoDRGN-ET reads).

    Stack paths are checked (frame count = tilts of the tilt series) relative to the working directory,
    ``stack_root`` or the star file's folder and its parents, and written as found. ``image_apix`` and
    ``image_size`` replace the optics table's ``rlnImagePixelSize``/``rlnImageSize``.
    """
    path = require_file(particles_star, "particles.star")
    particles, optics = _particle_tables(path, {"rlnImagePixelSize": image_apix, "rlnImageSize": image_size})
    unknown = sorted(set(particles["rlnTomoName"].astype(str)) - set(tomograms))
    if unknown:
        raise InputError(f"{path} refers to tomogram(s) {unknown[:5]} that tomograms.star does not list "
                         f"(it has {sorted(tomograms)[:5]}); give the matching tomograms.star")
    n = len(particles)
    a_part = (rotations_from_relion_euler(particles[list(EULER)].to_numpy(np.float64))
              if set(EULER) <= set(particles.columns) else np.tile(np.eye(3), (n, 1, 1)))
    a_sub = (rotations_from_relion_euler(particles[list(SUBTOMOGRAM_EULER)].to_numpy(np.float64))
             if set(SUBTOMOGRAM_EULER) <= set(particles.columns) else np.tile(np.eye(3), (n, 1, 1)))
    origin = np.stack([particles[c].to_numpy(np.float64) if c in particles.columns else np.zeros(n) for c in ORIGIN], 1)
    centred = np.stack([particles[c].to_numpy(np.float64) if c in particles.columns else np.zeros(n)
                        for c in CENTRED], 1)
    position = centred - np.einsum("nij,nj->ni", a_sub, origin)
    names = (particles["rlnTomoParticleName"].astype(str) if "rlnTomoParticleName" in particles.columns
             else particles["rlnTomoName"].astype(str) + "/" + pd.Series(np.arange(1, n + 1)).astype(str))
    rows, rotations, translations, ctf_rows = [], [], [], []
    for i in range(n):
        series = tomograms[str(particles["rlnTomoName"].iloc[i])]
        recorded = str(particles["rlnImageName"].iloc[i]).split("@")[-1]
        stack = _find(recorded, path, f"particle {i}'s stack", "run from the RELION project folder or pass --datadir "
                      "with the folder above Extract/", stack_root)
        frames = read_mrc_header(stack).n_images
        if frames != series.n_tilts:
            raise InputError(f"{stack} holds {frames} images but tilt series {series.name} has {series.n_tilts} "
                             "tilts; the stacks and tomograms.star come from different jobs")
        visible = np.flatnonzero(_visible(particles, series, i, str(path)))
        visible = visible[np.argsort(series.dose[visible], kind="stable")]  # acquisition order, as Warp/M writes
        apix = float(optics["rlnImagePixelSize"].iloc[i])
        box = int(optics["rlnImageSize"].iloc[i])
        pose = series.matrices[visible] @ (a_sub[i] @ a_part[i])
        offset = series.matrices[visible] @ (a_sub[i] @ origin[i])
        depth = (series.matrices[visible] @ position[i])[:, 2]
        rotations.append(pose)
        translations.append(offset[:, :2] / apix / box)
        defocus = series.defocus[visible].copy()
        defocus[:, :2] += series.hand * depth[:, None]
        ctf_rows.append(np.column_stack([
            np.full(len(visible), box), np.full(len(visible), apix), defocus,
            np.full(len(visible), series.voltage_kv), np.full(len(visible), series.cs_mm),
            np.full(len(visible), series.amplitude_contrast), np.zeros(len(visible))]))
        rows.append(pd.DataFrame({
            "rlnImageName": [f"{f + 1:06d}@{stack}" for f in visible], "rlnTomoName": series.name,
            "rlnTomoParticleName": names.iloc[i], "rlnGroupName": names.iloc[i],
            "rlnCtfScalefactor": series.scale[visible],
            DOSE_COLUMN: series.dose[visible], TILT_COLUMN: series.tilt_deg[visible]}))
    poses = Poses(np.concatenate(rotations).astype(np.float32), np.concatenate(translations).astype(np.float32),
                  str(path))
    ctf = CtfParameters(np.concatenate(ctf_rows).astype(np.float32), str(path))
    table = pd.concat(rows, ignore_index=True)
    return ExpandedParticles(table, optics, poses, ctf, n)

