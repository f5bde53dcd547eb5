"""Per-particle ground truth: which state, which hinge angle, junk or not, pose, shift and CTF.

Every random quantity is drawn here, up front, in a fixed order from one seeded generator, so the
same seed gives the same dataset whatever the batch or chunk sizes used to render it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial.transform import Rotation

from cryoscape.data import CtfParameters, Poses
from cryoscape.errors import InputError
from cryoscape.geometry import random_rotations
from cryoscape.io import AtomicModel
from cryoscape.simulate.config import HeterogeneitySpec

JUNK_KINDS = ("none", "noise", "fragment", "offcentre")
FRAGMENT_RADIUS_FRACTION = 0.35  # of the model radius
OFFCENTRE_SHIFT_RANGE = (0.25, 0.4)  # of the box


@dataclass(frozen=True)
class ResolvedModel:
    """A centred model with its states as atom masks: class_masks (K, N), moving (N,)."""

    model: AtomicModel
    class_names: tuple[str, ...]
    class_masks: np.ndarray
    class_fractions: np.ndarray
    class_moves: np.ndarray
    moving: np.ndarray
    pivot_angstrom: np.ndarray
    axis: np.ndarray
    angle_range_deg: tuple[float, float]
    groups: dict[str, tuple[str, ...]]

    def radius_angstrom(self) -> float:
        """Return the largest distance of any atom from the centre, over the hinge's whole range."""
        coords = self.model.coords_angstrom
        radius = float(np.linalg.norm(coords, axis=1).max())
        if self.moving.any():
            for angle in self.angle_range_deg:
                moved = hinge(coords[self.moving], self.pivot_angstrom, self.axis, np.array([angle]))[0]
                radius = max(radius, float(np.linalg.norm(moved, axis=1).max()))
        return radius


def hinge(coords: np.ndarray, pivot: np.ndarray, axis: np.ndarray, angles_deg: np.ndarray) -> np.ndarray:
    """Return coords (N, 3) rotated about ``axis`` through ``pivot`` by each angle: (len(angles), N, 3)."""
    unit = axis / np.linalg.norm(axis)
    rotations = Rotation.from_rotvec(np.deg2rad(angles_deg)[:, None] * unit).as_matrix()
    return (coords - pivot) @ rotations.transpose(0, 2, 1) + pivot


def _chains_of(name: str, spec: HeterogeneitySpec, chain_names: list[str]) -> list[str]:
    if name in spec.groups:
        return [c for member in spec.groups[name] for c in _chains_of(member, spec, chain_names)]
    if name in chain_names:
        return [name]
    matches = [c for c in chain_names if c.split(":")[-1] == name]
    if len(matches) == 1:
        return matches
    if len(matches) > 1:
        raise InputError(f"chain {name!r} is ambiguous ({', '.join(matches)}); name it FILE:CHAIN")
    shown = ", ".join(chain_names[:12]) + (" …" if len(chain_names) > 12 else "")
    raise InputError(f"unknown chain or group {name!r}; the model's chains are {shown} and the groups "
                     f"{sorted(spec.groups) or 'none'}")


def resolve(spec: HeterogeneitySpec, model: AtomicModel) -> ResolvedModel:
    """Return the spec's states as atom masks of ``model`` (already centred); raise on unknown names."""
    chain_names = model.chain_names
    for group, members in spec.groups.items():
        for member in members:
            _chains_of(member, spec, chain_names)
    classes = spec.classes or ()
    if not classes:
        names, masks, fractions = ("all",), np.ones((1, model.n_atoms), bool), np.ones(1)
    else:
        names = tuple(c.name for c in classes)
        masks = np.stack([np.isin(model.chain, [ch for p in c.present for ch in _chains_of(p, spec, chain_names)])
                          for c in classes])
        fractions = np.array([c.fraction for c in classes])
        empty = [n for n, m in zip(names, masks) if not m.any()]
        if empty:
            raise InputError(f"class(es) {empty} contain no atoms")
    moving = np.zeros(model.n_atoms, bool)
    moves = np.zeros(len(names), bool)
    pivot, axis, angle_range = np.zeros(3), np.array([0.0, 0.0, 1.0]), (0.0, 0.0)
    if spec.motion is not None:
        moving = np.isin(model.chain, _chains_of(spec.motion.group, spec, chain_names))
        moves_names = spec.motion.classes or names
        unknown = sorted(set(moves_names) - set(names))
        if unknown:
            raise InputError(f"motion.classes names unknown class(es) {unknown}; classes are {list(names)}")
        moves = np.isin(np.array(names, dtype=object), list(moves_names))
        pivot = (np.asarray(spec.motion.pivot_angstrom, float) if spec.motion.pivot_angstrom is not None
                 else model.select(moving).centroid_angstrom())
        axis, angle_range = np.asarray(spec.motion.axis, float), tuple(spec.motion.angle_range_deg)
    return ResolvedModel(model, names, masks, fractions, moves, moving, pivot, axis, angle_range,
                         dict(spec.groups))


def map_state() -> ResolvedModel:
    """Return the single state of a map source (no atoms, no motion) for :func:`draw_particles`."""
    placeholder = AtomicModel(np.zeros((1, 3)), np.ones(1), np.array(["map"], dtype=object),
                              np.ones(1, np.int64), np.array(["MAP"], dtype=object))
    return ResolvedModel(placeholder, ("map",), np.ones((1, 1), bool), np.ones(1), np.zeros(1, bool),
                         np.zeros(1, bool), np.zeros(3), np.array([0.0, 0.0, 1.0]), (0.0, 0.0), {})


@dataclass(frozen=True)
class ParticleDraws:
    """Per-particle truth (arrays of length N): class_index (−1 junk), junk_kind (index into
    JUNK_KINDS), motion_angle_deg (NaN when not moving), rotations (N, 3, 3), shifts_px (N, 2)
    particle displacement (x, y), ctf (N rows), fragment_atom (N,) centre atom of a fragment (−1)."""

    class_index: np.ndarray
    junk_kind: np.ndarray
    motion_angle_deg: np.ndarray
    rotations: np.ndarray
    shifts_px: np.ndarray
    ctf: CtfParameters
    fragment_atom: np.ndarray

    @property
    def translations(self) -> np.ndarray:
        """Return cryoDRGN translations (N, 2): +trans·D pixels re-centres the particle."""
        return (-self.shifts_px / self.ctf.box_size[:, None]).astype(np.float32)

    @property
    def poses(self) -> Poses:
        return Poses(self.rotations, self.translations, "simulated poses")


def draw_particles(resolved: ResolvedModel, spec: HeterogeneitySpec, n: int, box_size: int, apix: float,
                   rng: np.random.Generator, rotations: np.ndarray | None = None) -> ParticleDraws:
    """Return the random truth of ``n`` particles (drawn in a fixed order from ``rng``)."""
    junk = spec.junk
    is_junk = rng.random(n) < junk.fraction
    kind_weights = np.array([junk.noise, junk.fragment, junk.offcentre], float)
    junk_kind = np.where(is_junk, 1 + rng.choice(3, size=n, p=kind_weights / kind_weights.sum()), 0)
    class_index = np.where(is_junk, -1, rng.choice(len(resolved.class_names), size=n,
                                                   p=resolved.class_fractions / resolved.class_fractions.sum()))
    lo, hi = resolved.angle_range_deg
    angles = rng.uniform(lo, hi, size=n)
    moves = (class_index >= 0) & resolved.class_moves[np.maximum(class_index, 0)]
    angles = np.where(moves, angles, np.nan)
    if rotations is None:
        rotations = random_rotations(n, rng)
    elif len(rotations) != n:
        raise InputError(f"--poses holds {len(rotations)} rotations for -n {n} particles")
    im = spec.imaging
    shifts = rng.uniform(-im.shift_max_px, im.shift_max_px, size=(n, 2))
    offcentre = junk_kind == JUNK_KINDS.index("offcentre")
    direction = rng.uniform(0, 2 * np.pi, size=n)
    distance = rng.uniform(*OFFCENTRE_SHIFT_RANGE, size=n) * box_size
    shifts[offcentre] = np.stack([np.cos(direction), np.sin(direction)], 1)[offcentre] * distance[offcentre, None]
    fragment_atom = np.where(junk_kind >= 2, rng.integers(0, resolved.model.n_atoms, size=n), -1)
    defocus = rng.uniform(im.defocus_min_angstrom, im.defocus_max_angstrom, size=n)
    astigmatism = rng.uniform(0, im.astigmatism_max_angstrom, size=n)
    ctf = CtfParameters.from_columns(
        "the imaging settings", box_size=box_size, apix=apix, defocus_u_angstrom=defocus + astigmatism / 2,
        defocus_v_angstrom=defocus - astigmatism / 2, defocus_angle_deg=rng.uniform(-90, 90, size=n),
        voltage_kv=im.voltage_kv, cs_mm=im.cs_mm, amplitude_contrast=im.amplitude_contrast)
    return ParticleDraws(class_index.astype(np.int64), junk_kind.astype(np.int64), angles,
                         rotations.astype(np.float32), shifts, ctf, fragment_atom.astype(np.int64))


def particle_atoms(resolved: ResolvedModel, draws: ParticleDraws, batch: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Return per-particle atom coordinates (B, N, 3) and electron weights (B, N) for ``batch``."""
    model = resolved.model
    coords = np.broadcast_to(model.coords_angstrom, (len(batch), model.n_atoms, 3)).copy()
    weights = np.zeros((len(batch), model.n_atoms))
    radius = FRAGMENT_RADIUS_FRACTION * float(np.linalg.norm(model.coords_angstrom, axis=1).max())
    for row, i in enumerate(batch):
        cls, kind = draws.class_index[i], draws.junk_kind[i]
        if cls >= 0:
            weights[row] = model.electrons * resolved.class_masks[cls]
            if not np.isnan(draws.motion_angle_deg[i]):
                coords[row, resolved.moving] = hinge(model.coords_angstrom[resolved.moving],
                                                     resolved.pivot_angstrom, resolved.axis,
                                                     draws.motion_angle_deg[i:i + 1])[0]
        elif kind >= 2:  # fragment or off-centre debris: a ball of atoms around a random atom
            centre = model.coords_angstrom[draws.fragment_atom[i]]
            near = np.linalg.norm(model.coords_angstrom - centre, axis=1) < radius
            weights[row] = model.electrons * near
            coords[row] -= centre  # the fragment is centred before its shift is applied
    return coords, weights
