"""Atomic models (PDB, mmCIF) through gemmi, flattened to arrays of atoms with their chain labels.

Each atom carries its electron count (atomic number) as its scattering weight. When several files
are read together, chains are named ``FILE:CHAIN`` (file stem, chain id) so that chain letters
reused across files stay distinct; a single file keeps plain chain ids.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import gemmi
import numpy as np

from cryoscape.errors import InputError
from cryoscape.io.files import atomic_path, require_file


@dataclass(frozen=True)
class AtomicModel:
    """Atoms as arrays: coords_angstrom (N, 3) as (x, y, z); electrons (N,); chain (N,) names;
    residue_number (N,); residue_name (N,)."""

    coords_angstrom: np.ndarray
    electrons: np.ndarray
    chain: np.ndarray
    residue_number: np.ndarray
    residue_name: np.ndarray

    @property
    def n_atoms(self) -> int:
        return int(self.electrons.size)

    @property
    def chain_names(self) -> list[str]:
        """Chain names in order of first appearance."""
        _, first = np.unique(self.chain, return_index=True)
        return [str(self.chain[i]) for i in sorted(first)]

    def select(self, mask: np.ndarray) -> "AtomicModel":
        """Return the atoms where ``mask`` is true."""
        return AtomicModel(self.coords_angstrom[mask], self.electrons[mask], self.chain[mask],
                           self.residue_number[mask], self.residue_name[mask])

    def with_coords(self, coords_angstrom: np.ndarray) -> "AtomicModel":
        return AtomicModel(np.asarray(coords_angstrom, np.float64), self.electrons, self.chain,
                           self.residue_number, self.residue_name)

    def centroid_angstrom(self) -> np.ndarray:
        """Return the electron-weighted centre (3,)."""
        return (self.coords_angstrom * self.electrons[:, None]).sum(0) / self.electrons.sum()


def read_structure(path: Path, remove_hydrogens: bool = True) -> gemmi.Structure:
    """Return a PDB/mmCIF file as a gemmi Structure (hydrogens removed unless asked to keep them)."""
    try:
        structure = gemmi.read_structure(str(path))
    except (RuntimeError, ValueError) as exc:
        raise InputError(f"{path} is not a readable PDB/mmCIF model ({exc})") from None
    if len(structure) == 0:
        raise InputError(f"{path} holds no model")
    if remove_hydrogens:
        structure.remove_hydrogens()
    return structure


def read_atomic_models(paths: list[str | os.PathLike]) -> AtomicModel:
    """Return the atoms of the first model of each PDB/mmCIF file, chains labelled per file."""
    paths = [require_file(p, "atomic model") for p in paths]
    prefix = len(paths) > 1
    coords, electrons, chains, numbers, names = [], [], [], [], []
    for path in paths:
        model = read_structure(path)[0]
        for chain in model:
            label = f"{path.stem}:{chain.name}" if prefix else chain.name
            for residue in chain:
                for atom in residue:
                    pos = atom.pos
                    coords.append((pos.x, pos.y, pos.z))
                    electrons.append(max(atom.element.atomic_number, 1) * atom.occ)
                    chains.append(label)
                    numbers.append(residue.seqid.num)
                    names.append(residue.name)
    if not coords:
        raise InputError(f"{', '.join(map(str, paths))} contain no atoms")
    return AtomicModel(np.asarray(coords, np.float64), np.asarray(electrons, np.float64),
                       np.asarray(chains, dtype=object), np.asarray(numbers, np.int64),
                       np.asarray(names, dtype=object))


def coarse_grain(model: AtomicModel) -> AtomicModel:
    """Return one pseudo-atom per residue at its electron-weighted centre, weighted by its electrons."""
    keys = np.array([f"{c}\x00{n}" for c, n in zip(model.chain, model.residue_number)], dtype=object)
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    weight = np.bincount(inverse, weights=model.electrons)
    centre = np.stack([np.bincount(inverse, weights=model.coords_angstrom[:, k] * model.electrons)
                       for k in range(3)], axis=1) / weight[:, None]
    order = np.argsort(first)  # keep residues in file order
    return AtomicModel(centre[order], weight[order], model.chain[first][order],
                       model.residue_number[first][order], model.residue_name[first][order])


def write_pseudo_atomic_pdb(model: AtomicModel, path: str | os.PathLike) -> Path:
    """Write pseudo-atoms as one-atom residues (carbon ``CA``, electrons in the B-factor column)."""
    structure = gemmi.Structure()
    gemmi_model = gemmi.Model("1")
    for name in model.chain_names:
        if len(name) > 4 or ":" in name:
            raise InputError(f"chain name {name!r} does not fit a PDB chain id (≤ 4 characters)")
        chain = gemmi.Chain(name)
        for i in np.flatnonzero(model.chain == name):
            residue = gemmi.Residue()
            residue.name = str(model.residue_name[i])[:3]
            residue.seqid = gemmi.SeqId(int(model.residue_number[i]), " ")
            atom = gemmi.Atom()
            atom.name, atom.element = "CA", gemmi.Element("C")
            atom.pos = gemmi.Position(*model.coords_angstrom[i])
            atom.occ, atom.b_iso = 1.0, float(model.electrons[i])
            residue.add_atom(atom)
            chain.add_residue(residue)
        gemmi_model.add_chain(chain)
    structure.add_model(gemmi_model)
    structure.setup_entities()
    with atomic_path(path) as tmp:
        structure.write_pdb(str(tmp))
    return Path(path)
