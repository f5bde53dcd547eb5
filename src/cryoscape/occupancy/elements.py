"""Structural elements of an atomic model: chains by default, or groups defined in a YAML file.

Group file (``--groups groups.yaml``)::

    H68: {chains: [A], residues: [1880, 1920]}   # residue range (inclusive) of chain A
    uL2: {chains: [C]}                            # whole chains
    5S:  {files: [RNA_5S]}                        # every atom of a model file (by file stem)

Atoms are weighted by atomic number (ChimeraX molmap).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cryoscape.errors import InputError
from cryoscape.io import read_yaml, require_file
from cryoscape.io.atomic import read_structure


@dataclass(frozen=True)
class Element:
    """One structural element: its name and atoms (coords (N, 3) Å as x, y, z; weights (N,) atomic numbers)."""

    name: str
    coords_angstrom: np.ndarray
    weights: np.ndarray
    chimerax_spec: str = ""  # atom specification selecting it in ChimeraX, models opened in the given order


@dataclass(frozen=True)
class _Atoms:
    coords: np.ndarray
    weights: np.ndarray
    chain: np.ndarray
    residue: np.ndarray
    file: np.ndarray


def _read_atoms(paths: list[str | os.PathLike]) -> _Atoms:
    coords, weights, chains, residues, files = [], [], [], [], []
    for path in paths:
        path = require_file(path, "atomic model")
        structure = read_structure(path, remove_hydrogens=False)  # molmap counts every atom of the file
        for chain in structure[0]:
            for residue in chain:
                for atom in residue:
                    coords.append(atom.pos.tolist())
                    weights.append(max(atom.element.atomic_number, 1))
                    chains.append(chain.name)
                    residues.append(residue.seqid.num)
                    files.append(path.stem)
    if not coords:
        raise InputError(f"{', '.join(map(str, paths))} contain no atoms")
    return _Atoms(np.asarray(coords, np.float64), np.asarray(weights, np.float64), np.asarray(chains, object),
                  np.asarray(residues, np.int64), np.asarray(files, object))


def _model_number(atoms: _Atoms, file: str) -> int:
    return list(dict.fromkeys(atoms.file)).index(file) + 1


def _chain_elements(atoms: _Atoms, several_files: bool) -> list[Element]:
    elements = []
    keys = list(dict.fromkeys(zip(atoms.file, atoms.chain)))
    for file, chain in keys:
        mask = (atoms.file == file) & (atoms.chain == chain)
        name = f"{file}_{chain}" if several_files else str(chain)
        elements.append(Element(name, atoms.coords[mask], atoms.weights[mask],
                                f"#{_model_number(atoms, file)}/{chain}"))
    return elements


def _group_spec(atoms: _Atoms, spec: dict) -> str:
    models = [f"#{_model_number(atoms, str(f))}" for f in spec.get("files", [])] or [""]
    chains = "/" + ",".join(str(c) for c in spec["chains"]) if "chains" in spec else ""
    residues = f":{int(spec['residues'][0])}-{int(spec['residues'][1])}" if "residues" in spec else ""
    return " ".join(f"{model}{chains}{residues}" for model in models)


def _group_mask(atoms: _Atoms, name: str, spec: object, source: str) -> np.ndarray:
    if not isinstance(spec, dict) or not set(spec) <= {"chains", "residues", "files"} or not spec:
        raise InputError(f"{source}: group {name!r} must be a mapping with chains, residues and/or files")
    mask = np.ones(len(atoms.weights), bool)
    if "files" in spec:
        mask &= np.isin(atoms.file, [str(f) for f in spec["files"]])
    if "chains" in spec:
        mask &= np.isin(atoms.chain, [str(c) for c in spec["chains"]])
    if "residues" in spec:
        try:
            first, last = (int(v) for v in spec["residues"])
        except (TypeError, ValueError):
            raise InputError(f"{source}: group {name!r}: residues must be [first, last]") from None
        mask &= (atoms.residue >= first) & (atoms.residue <= last)
    if not mask.any():
        raise InputError(f"{source}: group {name!r} selects no atoms; check its chains, residues and files")
    return mask


def read_elements(models: list[str | os.PathLike], groups: str | os.PathLike | None = None) -> list[Element]:
    """Return the structural elements of the model files: chains (FILE_CHAIN for several files) or YAML groups."""
    atoms = _read_atoms(models)
    if groups is None:
        return _chain_elements(atoms, len(models) > 1)
    spec = read_yaml(groups, "group file")
    if not isinstance(spec, dict) or not spec:
        raise InputError(f"{groups} must map group names to {{chains, residues, files}}")
    return [Element(str(name), atoms.coords[m], atoms.weights[m], _group_spec(atoms, value))
            for name, value in spec.items() for m in [_group_mask(atoms, str(name), value, str(Path(groups)))]]
