"""Poses and CTF parameters between RELION/cryoSPARC tables and cryoDRGN-layout arrays.

Poses are ``(rot (N, 3, 3), trans (N, 2))`` with translations in fractions of the box; CTF
parameters are (N, 9) in the column order of :data:`cryoscape.fourier.CTF_COLUMNS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.errors import InputError
from cryoscape.geometry import (cryosparc_from_rotations, relion_euler_from_rotations,
                                rotations_from_cryosparc, rotations_from_relion_euler)
from cryoscape.io import StarTables, particles_with_optics, require_fields

Poses = tuple[np.ndarray, np.ndarray]
EULER_COLUMNS = ["rlnAngleRot", "rlnAngleTilt", "rlnAnglePsi"]
CS_CTF_FIELDS = ["ctf/df1_A", "ctf/df2_A", "ctf/df_angle_rad", "ctf/accel_kv", "ctf/cs_mm",
                 "ctf/amp_contrast"]


@dataclass(frozen=True)
class CtfOverrides:
    """Values given on the command line that replace (or supply) the file's imaging parameters."""

    box_size: int | None = None
    apix: float | None = None
    voltage_kv: float | None = None
    cs_mm: float | None = None
    amplitude_contrast: float | None = None
    phase_shift_deg: float | None = None


def _box_from_cs(data: np.ndarray, path: Path) -> np.ndarray:
    require_fields(data, ["blob/shape"], path, "the box size (or pass -D)")
    return np.asarray(data["blob/shape"][:, 0], dtype=np.float64)


def poses_from_cs(data: np.ndarray, path: Path, box_size: int | None = None) -> Poses:
    """Return poses from a cryoSPARC particle table; shifts are divided by ``box_size`` (refinement box)."""
    if "alignments3D/pose" not in data.dtype.names:
        found = "it holds only 2D alignments" if "alignments2D/pose" in data.dtype.names else \
            "it holds no alignments"
        raise InputError(
            f"{path} has no 3D poses (no alignments3D/pose field; {found}); export the particles "
            "of a 3D refinement job (homogeneous, non-uniform or local refinement)"
        )
    require_fields(data, ["alignments3D/shift"], path, "particle shifts")
    box = np.full(len(data), float(box_size)) if box_size else _box_from_cs(data, path)
    rot = rotations_from_cryosparc(data["alignments3D/pose"]).astype(np.float32)
    trans = (np.asarray(data["alignments3D/shift"], np.float64) / box[:, None]).astype(np.float32)
    return rot, trans


def ctf_from_cs(data: np.ndarray, path: Path) -> np.ndarray:
    """Return CTF parameters (N, 9) from a cryoSPARC particle table."""
    require_fields(data, CS_CTF_FIELDS + ["blob/psize_A"], path, "CTF parameters")
    box = _box_from_cs(data, path)
    phase_rad = data["ctf/phase_shift_rad"] if "ctf/phase_shift_rad" in data.dtype.names else 0.0
    columns = [box, data["blob/psize_A"], data["ctf/df1_A"], data["ctf/df2_A"],
               np.rad2deg(data["ctf/df_angle_rad"]), data["ctf/accel_kv"], data["ctf/cs_mm"],
               data["ctf/amp_contrast"], np.rad2deg(np.broadcast_to(phase_rad, len(data)))]
    ctf = np.stack([np.asarray(c, np.float64) for c in columns], axis=1).astype(np.float32)
    _check_ctf(ctf, path)
    return ctf


def _check_ctf(ctf: np.ndarray, path: Path) -> None:
    if not np.isfinite(ctf).all():
        raise InputError(f"{path}: CTF parameters contain NaN/Inf; the CTF estimation is incomplete")
    if (ctf[:, 0] <= 0).any() or (ctf[:, 1] <= 0).any():
        raise InputError(f"{path}: box size or pixel size is missing or zero; pass -D and --Apix")


def _per_particle(table: pd.DataFrame, column: str, override: float | None, path: Path,
                  flag: str) -> np.ndarray:
    if override is not None:
        return np.full(len(table), float(override))
    if column in table.columns:
        return table[column].to_numpy(dtype=np.float64)
    raise InputError(f"{path} has no _{column} column; pass {flag}")


def _apix_column(table: pd.DataFrame, override: float | None, path: Path) -> np.ndarray:
    if override is not None:
        return np.full(len(table), float(override))
    if "rlnImagePixelSize" in table.columns:
        return table["rlnImagePixelSize"].to_numpy(dtype=np.float64)
    if {"rlnDetectorPixelSize", "rlnMagnification"} <= set(table.columns):
        return (table["rlnDetectorPixelSize"].to_numpy(np.float64) * 1e4
                / table["rlnMagnification"].to_numpy(np.float64))
    raise InputError(f"{path} does not give the pixel size (_rlnImagePixelSize); pass --Apix")


def poses_from_star(tables: StarTables, box_size: int | None = None,
                    apix: float | None = None) -> Poses:
    """Return poses from a RELION particle table; shifts in Å (3.1+) or pixels (3.0) become fractions."""
    table = particles_with_optics(tables)
    missing = [c for c in EULER_COLUMNS if c not in table.columns]
    if missing:
        raise InputError(
            f"{tables.path} has no 3D poses (missing {', '.join('_' + c for c in missing)}); "
            "use the particles star file of a 3D refinement (Refine3D) job"
        )
    rot = rotations_from_relion_euler(table[EULER_COLUMNS].to_numpy(np.float64)).astype(np.float32)
    box = _per_particle(table, "rlnImageSize", box_size, tables.path, "-D (the refinement box size)")
    if {"rlnOriginXAngst", "rlnOriginYAngst"} <= set(table.columns):
        pixel_size = _apix_column(table, apix, tables.path)
        shifts_px = table[["rlnOriginXAngst", "rlnOriginYAngst"]].to_numpy(np.float64) / pixel_size[:, None]
    elif {"rlnOriginX", "rlnOriginY"} <= set(table.columns):
        shifts_px = table[["rlnOriginX", "rlnOriginY"]].to_numpy(np.float64)
    else:
        shifts_px = np.zeros((len(table), 2))
    if not np.isfinite(shifts_px).all():
        raise InputError(f"{tables.path}: particle origins contain NaN/Inf values")
    trans = (shifts_px / box[:, None]).astype(np.float32)
    return rot, trans


def ctf_from_star(tables: StarTables, overrides: CtfOverrides = CtfOverrides()) -> np.ndarray:
    """Return CTF parameters (N, 9) from a RELION particle table, command-line values taking priority."""
    table = particles_with_optics(tables)
    path = tables.path
    for column in ("rlnDefocusU", "rlnDefocusV", "rlnDefocusAngle"):
        if column not in table.columns:
            raise InputError(f"{path} has no _{column} column; it holds no CTF estimate")
    phase = (np.full(len(table), overrides.phase_shift_deg) if overrides.phase_shift_deg is not None
             else table["rlnPhaseShift"].to_numpy(np.float64) if "rlnPhaseShift" in table.columns
             else np.zeros(len(table)))
    columns = [
        _per_particle(table, "rlnImageSize", overrides.box_size, path, "-D"),
        _apix_column(table, overrides.apix, path),
        table["rlnDefocusU"].to_numpy(np.float64),
        table["rlnDefocusV"].to_numpy(np.float64),
        table["rlnDefocusAngle"].to_numpy(np.float64),
        _per_particle(table, "rlnVoltage", overrides.voltage_kv, path, "--kv"),
        _per_particle(table, "rlnSphericalAberration", overrides.cs_mm, path, "--cs"),
        _per_particle(table, "rlnAmplitudeContrast", overrides.amplitude_contrast, path, "-w"),
        phase,
    ]
    ctf = np.stack(columns, axis=1).astype(np.float32)
    _check_ctf(ctf, path)
    return ctf


def check_counts(n_particles: int, **arrays: np.ndarray | None) -> None:
    """Raise InputError unless every given array has ``n_particles`` rows."""
    for name, array in arrays.items():
        if array is not None and len(array) != n_particles:
            raise InputError(
                f"{name} has {len(array)} entries but the particle stack has {n_particles}; "
                "they come from different datasets (or one was filtered): parse them from the "
                "same refinement"
            )


def validate_poses(obj: object, source: str) -> Poses:
    """Return a cryoDRGN poses object as (rot float32 (N,3,3), trans float32 (N,2)), or raise InputError."""
    if isinstance(obj, np.ndarray) and obj.ndim == 3 and obj.shape[1:] == (3, 3):
        obj = (obj, np.zeros((obj.shape[0], 2), np.float32))
    if not (isinstance(obj, (tuple, list)) and len(obj) in (1, 2)):
        raise InputError(f"{source} is not a poses file: expected (rot (N,3,3), trans (N,2))")
    rot = np.asarray(obj[0], dtype=np.float32)
    trans = np.asarray(obj[1], dtype=np.float32) if len(obj) == 2 else np.zeros((len(rot), 2), np.float32)
    if rot.ndim != 3 or rot.shape[1:] != (3, 3) or trans.shape != (rot.shape[0], 2):
        raise InputError(f"{source}: rotations {rot.shape} / translations {trans.shape} are not (N,3,3)/(N,2)")
    if not (np.isfinite(rot).all() and np.isfinite(trans).all()):
        raise InputError(f"{source}: poses contain NaN/Inf")
    return rot, trans


def validate_ctf(obj: object, source: str) -> np.ndarray:
    """Return cryoDRGN CTF parameters as float32 (N, 9), or raise InputError."""
    ctf = np.asarray(obj, dtype=np.float32) if isinstance(obj, np.ndarray) else None
    if ctf is None or ctf.ndim != 2 or ctf.shape[1] != 9:
        shape = getattr(ctf, "shape", type(obj).__name__)
        raise InputError(f"{source} is not a CTF file: expected an (N, 9) array, got {shape}")
    ctf = ctf.copy()
    ctf[:, 8] = np.nan_to_num(ctf[:, 8], nan=0.0)
    if not np.isfinite(ctf).all():
        raise InputError(f"{source}: CTF parameters contain NaN/Inf")
    return ctf


def star_tables_from_arrays(image_names: list[str], ctf: np.ndarray, poses: Poses | None = None,
                            relion31: bool = True) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Return (particles, optics) tables for a RELION 3.1 star file, or (particles, None) for 3.0."""
    n = len(image_names)
    check_counts(n, ctf=ctf, rotations=None if poses is None else poses[0])
    particles = pd.DataFrame({"rlnImageName": list(image_names),
                              "rlnDefocusU": ctf[:, 2], "rlnDefocusV": ctf[:, 3],
                              "rlnDefocusAngle": ctf[:, 4], "rlnPhaseShift": ctf[:, 8]})
    optics_values = ctf[:, [0, 1, 5, 6, 7]].astype(np.float64)
    if poses is not None:
        euler = relion_euler_from_rotations(poses[0])
        particles["rlnAngleRot"], particles["rlnAngleTilt"], particles["rlnAnglePsi"] = euler.T
        shifts_px = np.asarray(poses[1], np.float64) * ctf[:, [0]]
    if not relion31:
        particles["rlnVoltage"], particles["rlnSphericalAberration"] = ctf[:, 5], ctf[:, 6]
        particles["rlnAmplitudeContrast"] = ctf[:, 7]
        particles["rlnDetectorPixelSize"], particles["rlnMagnification"] = ctf[:, 1], 10000.0
        if poses is not None:
            particles["rlnOriginX"], particles["rlnOriginY"] = shifts_px.T
        return particles, None
    groups, group_of = np.unique(optics_values, axis=0, return_inverse=True)
    optics = pd.DataFrame({
        "rlnOpticsGroup": np.arange(1, len(groups) + 1),
        "rlnOpticsGroupName": [f"opticsGroup{i}" for i in range(1, len(groups) + 1)],
        "rlnAmplitudeContrast": groups[:, 4], "rlnSphericalAberration": groups[:, 3],
        "rlnVoltage": groups[:, 2], "rlnImagePixelSize": groups[:, 1],
        "rlnImageSize": groups[:, 0].astype(int), "rlnImageDimensionality": 2,
    })
    particles["rlnOpticsGroup"] = group_of.ravel() + 1
    if poses is not None:
        shifts_angstrom = shifts_px * ctf[:, [1]]
        particles["rlnOriginXAngst"], particles["rlnOriginYAngst"] = shifts_angstrom.T
    return particles, optics


def cs_from_arrays(ctf: np.ndarray, poses: Poses | None = None,
                   template: np.ndarray | None = None) -> np.ndarray:
    """Return a cryoSPARC particle table with ``ctf``/``poses`` written into ``template`` (or a new one)."""
    n = len(ctf)
    if template is None:
        fields = [("uid", "<u8"), ("blob/path", "S256"), ("blob/idx", "<u4"), ("blob/shape", "<u4", (2,)),
                  ("blob/psize_A", "<f4"), ("ctf/accel_kv", "<f4"), ("ctf/cs_mm", "<f4"),
                  ("ctf/amp_contrast", "<f4"), ("ctf/df1_A", "<f4"), ("ctf/df2_A", "<f4"),
                  ("ctf/df_angle_rad", "<f4"), ("ctf/phase_shift_rad", "<f4"),
                  ("alignments3D/shift", "<f4", (2,)), ("alignments3D/pose", "<f4", (3,))]
        table = np.zeros(n, dtype=fields)
        table["uid"] = np.arange(n)
        table["blob/idx"] = np.arange(n)
    else:
        check_counts(len(template), ctf=ctf)
        table = template.copy()
    table["blob/shape"] = ctf[:, [0, 0]]
    table["blob/psize_A"] = ctf[:, 1]
    table["ctf/df1_A"], table["ctf/df2_A"] = ctf[:, 2], ctf[:, 3]
    table["ctf/df_angle_rad"] = np.deg2rad(ctf[:, 4])
    table["ctf/accel_kv"], table["ctf/cs_mm"], table["ctf/amp_contrast"] = ctf[:, 5], ctf[:, 6], ctf[:, 7]
    table["ctf/phase_shift_rad"] = np.deg2rad(ctf[:, 8])
    if poses is not None:
        check_counts(n, rotations=poses[0])
        if "alignments3D/pose" not in table.dtype.names:
            raise InputError("the template .cs has no alignments3D fields to hold poses")
        table["alignments3D/pose"] = cryosparc_from_rotations(poses[0])
        table["alignments3D/shift"] = np.asarray(poses[1], np.float64) * ctf[:, [0]]
    return table
