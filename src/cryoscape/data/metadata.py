"""Poses and CTF parameters between RELION/cryoSPARC tables and the typed, validated objects of
:mod:`cryoscape.data.params` (cryoDRGN's layouts inside: rotations (N, 3, 3), translations (N, 2) in
fractions of the box; CTF (N, 9) in the column order of :data:`cryoscape.fourier.CTF_COLUMNS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.data.params import CtfParameters, Poses, check_counts
from cryoscape.errors import InputError
from cryoscape.geometry import (cryosparc_from_rotations, relion_euler_from_rotations,
                                rotations_from_cryosparc, rotations_from_relion_euler)
from cryoscape.io import StarTables, particles_with_optics, require_fields

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


def _box_from_cs(data: np.ndarray, path: Path, remedy: str) -> np.ndarray:
    require_fields(data, ["blob/shape"], path, f"the box size ({remedy})")
    return np.asarray(data["blob/shape"][:, 0], dtype=np.float64)


def poses_from_cs(data: np.ndarray, path: Path, box_size: int | None = None, fields: str = "alignments3D",
                  shift_scale: float = 1.0) -> Poses:
    """Return poses from a cryoSPARC particle table; shifts are divided by ``box_size`` (refinement box).

    fields: the alignment group ("alignments3D", or "alignments_class_0" of an ab-initio job); shift_scale
    multiplies the shifts (2 for a heterogeneous refinement run at half the box, as cryoDRGN's --hetrefine).
    """
    if f"{fields}/pose" not in data.dtype.names:
        found = "it holds only 2D alignments" if "alignments2D/pose" in data.dtype.names else \
            "it holds no alignments"
        hint = ("; for an ab-initio job give --abinit" if fields == "alignments3D" and "alignments_class_0/pose"
                in data.dtype.names else "")
        raise InputError(
            f"{path} has no 3D poses (no {fields}/pose field; {found}){hint}; export the particles "
            "of a 3D refinement job (homogeneous, non-uniform or local refinement)"
        )
    require_fields(data, [f"{fields}/shift"], path, "particle shifts")
    box = np.full(len(data), float(box_size)) if box_size else _box_from_cs(data, path, "or pass -D")
    if not (np.isfinite(box).all() and (box > 0).all()):
        raise InputError(f"{path}: blob/shape gives a box size of {box.min():g} px; pass the refinement box with -D")
    rot = rotations_from_cryosparc(data[f"{fields}/pose"]).astype(np.float32)
    trans = (np.asarray(data[f"{fields}/shift"], np.float64) * shift_scale / box[:, None]).astype(np.float32)
    return Poses(rot, trans, str(path))


def ctf_from_cs(data: np.ndarray, path: Path) -> CtfParameters:
    """Return the CTF parameters of a cryoSPARC particle table."""
    require_fields(data, CS_CTF_FIELDS + ["blob/psize_A"], path, "CTF parameters")
    box = _box_from_cs(data, path, "export the particles with their blob fields")
    phase_rad = data["ctf/phase_shift_rad"] if "ctf/phase_shift_rad" in data.dtype.names else 0.0
    return CtfParameters.from_columns(
        str(path), box_size=box, apix=data["blob/psize_A"], defocus_u_angstrom=data["ctf/df1_A"],
        defocus_v_angstrom=data["ctf/df2_A"], defocus_angle_deg=np.rad2deg(data["ctf/df_angle_rad"]),
        voltage_kv=data["ctf/accel_kv"], cs_mm=data["ctf/cs_mm"], amplitude_contrast=data["ctf/amp_contrast"],
        phase_shift_deg=np.rad2deg(np.broadcast_to(phase_rad, len(data))))


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
    if not (np.isfinite(box).all() and (box > 0).all()):
        raise InputError(f"{tables.path}: the box size is {box.min():g} px; pass the refinement box with -D")
    return Poses(rot, (shifts_px / box[:, None]).astype(np.float32), str(tables.path))


def ctf_from_star(tables: StarTables, overrides: CtfOverrides = CtfOverrides()) -> CtfParameters:
    """Return the CTF parameters of a RELION particle table, command-line values taking priority."""
    table = particles_with_optics(tables)
    path = tables.path
    for column in ("rlnDefocusU", "rlnDefocusV", "rlnDefocusAngle"):
        if column not in table.columns:
            raise InputError(f"{path} has no _{column} column; it holds no CTF estimate")
    phase = (np.full(len(table), overrides.phase_shift_deg) if overrides.phase_shift_deg is not None
             else table["rlnPhaseShift"].to_numpy(np.float64) if "rlnPhaseShift" in table.columns
             else np.zeros(len(table)))
    return CtfParameters.from_columns(
        str(path), box_size=_per_particle(table, "rlnImageSize", overrides.box_size, path, "-D"),
        apix=_apix_column(table, overrides.apix, path),
        defocus_u_angstrom=table["rlnDefocusU"].to_numpy(np.float64),
        defocus_v_angstrom=table["rlnDefocusV"].to_numpy(np.float64),
        defocus_angle_deg=table["rlnDefocusAngle"].to_numpy(np.float64),
        voltage_kv=_per_particle(table, "rlnVoltage", overrides.voltage_kv, path, "--kv"),
        cs_mm=_per_particle(table, "rlnSphericalAberration", overrides.cs_mm, path, "--cs"),
        amplitude_contrast=_per_particle(table, "rlnAmplitudeContrast", overrides.amplitude_contrast, path, "-w"),
        phase_shift_deg=phase)


def star_tables_from_arrays(image_names: list[str], ctf: CtfParameters, poses: Poses | None = None,
                            relion31: bool = True) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Return (particles, optics) tables for a RELION 3.1 star file, or (particles, None) for 3.0."""
    n = len(image_names)
    check_counts(n, "the image list", ctf=ctf, poses=poses)
    particles = pd.DataFrame({"rlnImageName": list(image_names),
                              "rlnDefocusU": ctf.defocus_u_angstrom, "rlnDefocusV": ctf.defocus_v_angstrom,
                              "rlnDefocusAngle": ctf.defocus_angle_deg, "rlnPhaseShift": ctf.phase_shift_deg})
    optics_values = ctf.optics.astype(np.float64)
    box_px = ctf.box_size.astype(np.float64)[:, None]
    if poses is not None:
        euler = relion_euler_from_rotations(poses.rotations)
        particles["rlnAngleRot"], particles["rlnAngleTilt"], particles["rlnAnglePsi"] = euler.T
        shifts_px = poses.translations_box.astype(np.float64) * box_px
    if not relion31:
        particles["rlnVoltage"], particles["rlnSphericalAberration"] = ctf.voltage_kv, ctf.cs_mm
        particles["rlnAmplitudeContrast"] = ctf.amplitude_contrast
        particles["rlnDetectorPixelSize"], particles["rlnMagnification"] = ctf.apix, 10000.0
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
        shifts_angstrom = shifts_px * ctf.apix.astype(np.float64)[:, None]
        particles["rlnOriginXAngst"], particles["rlnOriginYAngst"] = shifts_angstrom.T
    return particles, optics


def cs_from_arrays(ctf: CtfParameters, poses: Poses | None = None,
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
        check_counts(len(template), "the .cs file", ctf=ctf)
        table = template.copy()
    table["blob/shape"] = np.stack([ctf.box_size, ctf.box_size], axis=1)
    table["blob/psize_A"] = ctf.apix
    table["ctf/df1_A"], table["ctf/df2_A"] = ctf.defocus_u_angstrom, ctf.defocus_v_angstrom
    table["ctf/df_angle_rad"] = np.deg2rad(ctf.defocus_angle_deg)
    table["ctf/accel_kv"], table["ctf/cs_mm"], table["ctf/amp_contrast"] = ctf.voltage_kv, ctf.cs_mm, ctf.amplitude_contrast
    table["ctf/phase_shift_rad"] = np.deg2rad(ctf.phase_shift_deg)
    if poses is not None:
        check_counts(n, "the CTF parameters", poses=poses)
        if "alignments3D/pose" not in table.dtype.names:
            raise InputError("the template .cs has no alignments3D fields to hold poses")
        table["alignments3D/pose"] = cryosparc_from_rotations(poses.rotations)
        table["alignments3D/shift"] = poses.translations_box.astype(np.float64) * ctf.box_size.astype(np.float64)[:, None]
    return table
