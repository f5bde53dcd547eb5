"""Files a simulation leaves: metadata in every format users feed cryoscape, and the ground truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gemmi
import numpy as np
import pandas as pd
import yaml

from cryoscape.data import cs_from_arrays, save_ctf, save_poses, star_tables_from_arrays
from cryoscape.fourier import fourier_crop
from cryoscape.io import (AtomicModel, atomic_path, write_cs, write_mrc,
                          write_pseudo_atomic_pdb, write_star)
from cryoscape.simulate.particles import JUNK_KINDS, ParticleDraws, ResolvedModel, hinge
from cryoscape.simulate.projection import atoms_to_map


def image_names(stack_paths: list[Path], per_stack: int, n: int) -> list[str]:
    """Return RELION ``NNNNNN@stack`` names for ``n`` particles written ``per_stack`` to a file."""
    return [f"{i % per_stack + 1:06d}@{stack_paths[i // per_stack].name}" for i in range(n)]


def write_metadata(outdir: Path, draws: ParticleDraws, names: list[str]) -> None:
    """Write poses.pkl, ctf.pkl, a RELION 3.1 particles.star and a cryoSPARC particles.cs."""
    poses = draws.poses
    save_poses(poses, outdir / "poses.pkl")
    save_ctf(draws.ctf, outdir / "ctf.pkl")
    write_star(outdir / "particles.star", *star_tables_from_arrays(names, draws.ctf, poses))
    table = cs_from_arrays(draws.ctf, poses)
    table["blob/path"] = [name.split("@", 1)[1].encode() for name in names]
    table["blob/idx"] = [int(name.split("@", 1)[0]) - 1 for name in names]
    write_cs(outdir / "particles.cs", table)


def write_labels(path: Path, draws: ParticleDraws, class_names: tuple[str, ...]) -> pd.DataFrame:
    """Write the per-particle truth table (CSV) and return it."""
    cls = draws.class_index
    table = pd.DataFrame({
        "class": np.where(cls >= 0, np.array(class_names, dtype=object)[np.maximum(cls, 0)], "junk"),
        "class_index": cls,
        "is_junk": draws.junk_kind > 0,
        "junk_kind": np.array(JUNK_KINDS, dtype=object)[draws.junk_kind],
        "motion_angle_deg": draws.motion_angle_deg,
        "shift_x_px": draws.shifts_px[:, 0], "shift_y_px": draws.shifts_px[:, 1],
    })
    table.index.name = "particle"
    with atomic_path(path) as tmp:
        table.to_csv(tmp, float_format="%.6g")
    return table


def _truth_angles(resolved: ResolvedModel, class_index: int) -> list[float | None]:
    if not resolved.class_moves[class_index]:
        return [None]
    lo, hi = resolved.angle_range_deg
    return [0.5 * (lo + hi), lo, hi]


def write_truth_maps(truthdir: Path, resolved: ResolvedModel, apix: float, box_size: int,
                     sigma_angstrom: float, smaller_boxes: tuple[int, ...]) -> list[Path]:
    """Write each class's map (and at the hinge's ends and middle) at the particle box and smaller boxes."""
    model = resolved.model
    written = []
    for k, name in enumerate(resolved.class_names):
        for angle in _truth_angles(resolved, k):
            coords = model.coords_angstrom.copy()
            if angle is not None:
                coords[resolved.moving] = hinge(coords[resolved.moving], resolved.pivot_angstrom,
                                                resolved.axis, np.array([angle]))[0]
            volume = atoms_to_map(coords, model.electrons * resolved.class_masks[k], apix, box_size,
                                  sigma_angstrom)
            stem = name if angle is None or angle == _truth_angles(resolved, k)[0] else f"{name}.angle{angle:+.0f}"
            written.append(write_mrc(truthdir / "maps" / f"{stem}.mrc", volume, apix, is_stack=False))
            for small in smaller_boxes:
                written.append(write_mrc(truthdir / f"maps_{small}" / f"{stem}.mrc",
                                         fourier_crop(volume, small, ndim=3), apix * box_size / small,
                                         is_stack=False))
    return written


def write_map_truth(truthdir: Path, volume: np.ndarray, apix: float, smaller_boxes: tuple[int, ...]) -> None:
    """Write a map source's single state as truth/maps/map.mrc (and maps_N/map.mrc)."""
    write_mrc(truthdir / "maps" / "map.mrc", volume, apix, is_stack=False)
    box = volume.shape[-1]
    for small in smaller_boxes:
        write_mrc(truthdir / f"maps_{small}" / "map.mrc", fourier_crop(volume, small, ndim=3),
                  apix * box / small, is_stack=False)


def write_aligned_models(truthdir: Path, model: AtomicModel, model_paths: tuple[str, ...],
                         offset_angstrom: np.ndarray, is_pseudo: bool) -> None:
    """Write the atomic model(s) moved onto the truth maps' grid (map centre at box//2·apix Å)."""
    if is_pseudo:
        write_pseudo_atomic_pdb(model.with_coords(model.coords_angstrom + offset_angstrom),
                                truthdir / "model.pdb")
        return
    for path in model_paths:
        structure = gemmi.read_structure(str(path))
        shift = gemmi.Position(*offset_angstrom)
        for gemmi_model in structure:
            for chain in gemmi_model:
                for residue in chain:
                    for atom in residue:
                        atom.pos = atom.pos + shift
        with atomic_path(truthdir / "models" / f"{Path(path).stem}.pdb") as tmp:
            structure.write_pdb(str(tmp))


def write_yaml(path: Path, data: dict[str, Any]) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(yaml.safe_dump(data, sort_keys=False))


def group_definitions(resolved: ResolvedModel) -> dict[str, Any]:
    """Return the chain groups, each class's chains and the moving chains, for truth/groups.yaml."""
    chains = resolved.model.chain
    return {
        "groups": {k: list(v) for k, v in resolved.groups.items()},
        "classes": {name: {"fraction": float(f), "chains": sorted(set(chains[mask]))}
                    for name, f, mask in zip(resolved.class_names, resolved.class_fractions,
                                             resolved.class_masks)},
        "moving_chains": sorted(set(chains[resolved.moving])),
    }
