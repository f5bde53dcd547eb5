"""Heterogeneity and imaging settings for ``cryoscape simulate``, read from a small YAML file.

Example (every key optional except ``classes`` when groups are used)::

    groups: {core: [A, B], arm: [D]}            # named groups of chains
    classes:                                     # compositional states; fractions sum to 1
      - {name: mature, fraction: 0.7, present: [core, arm, C]}
      - {name: no_arm, fraction: 0.3, present: [core, C]}
    motion: {group: arm, axis: [0, 0, 1], pivot_angstrom: [35, 17, 0],
             angle_range_deg: [-25, 25], classes: [mature]}
    junk: {fraction: 0.1, noise: 0.4, fragment: 0.3, offcentre: 0.3}
    imaging: {defocus_min_angstrom: 10000, defocus_max_angstrom: 25000, voltage_kv: 300}
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cryoscape.errors import InputError
from cryoscape.io import build_dataclass, read_yaml

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ClassSpec:
    """A compositional state: the groups or chains present, and its share of the good particles."""

    name: str
    fraction: float
    present: tuple[str, ...]


@dataclass(frozen=True)
class MotionSpec:
    """A rigid-body hinge rotation of one group about ``axis`` through ``pivot_angstrom``."""

    group: str
    axis: tuple[float, float, float] = (0.0, 0.0, 1.0)
    pivot_angstrom: tuple[float, float, float] | None = None
    angle_range_deg: tuple[float, float] = (-20.0, 20.0)
    classes: tuple[str, ...] | None = None


@dataclass(frozen=True)
class JunkSpec:
    """Fraction of all particles that are junk, and the relative weights of the junk kinds."""

    fraction: float = 0.0
    noise: float = 1.0
    fragment: float = 1.0
    offcentre: float = 1.0


@dataclass(frozen=True)
class ImagingSpec:
    """Microscope and particle-image settings."""

    defocus_min_angstrom: float = 10000.0
    defocus_max_angstrom: float = 25000.0
    astigmatism_max_angstrom: float = 500.0
    voltage_kv: float = 300.0
    cs_mm: float = 2.7
    amplitude_contrast: float = 0.1
    bfactor_angstrom2: float = 0.0
    shift_max_px: float = 3.0
    atom_sigma_angstrom: float = 2.0


@dataclass(frozen=True)
class HeterogeneitySpec:
    """Everything ``simulate`` varies between particles."""

    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    classes: tuple[ClassSpec, ...] = ()
    motion: MotionSpec | None = None
    junk: JunkSpec = JunkSpec()
    imaging: ImagingSpec = ImagingSpec()

    def to_dict(self) -> dict[str, Any]:
        """Return a YAML-ready dict (schema version included) that :func:`spec_from_dict` reads back."""
        data = dataclasses.asdict(self)
        data["groups"] = {k: list(v) for k, v in self.groups.items()}
        data["classes"] = [dict(c, present=list(c["present"])) for c in data["classes"]]
        if self.motion is not None:
            data["motion"] = {k: list(v) if isinstance(v, tuple) else v for k, v in data["motion"].items()}
        return {"schema_version": SCHEMA_VERSION, **data}


def spec_from_dict(data: dict[str, Any], source: str = "settings") -> HeterogeneitySpec:
    """Return a validated-in-shape spec from parsed YAML (cross-checks against a model come later)."""
    if not isinstance(data, dict):
        raise InputError(f"{source} must be a YAML mapping")
    data = dict(data)
    version = data.pop("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise InputError(f"{source} has schema_version {version}; this cryoscape reads {SCHEMA_VERSION}")
    unknown = sorted(set(data) - {"groups", "classes", "motion", "junk", "imaging"})
    if unknown:
        raise InputError(f"{source}: unknown section(s) {unknown}")
    groups = {str(k): tuple(str(c) for c in v) for k, v in (data.get("groups") or {}).items()}
    classes = tuple(build_dataclass(ClassSpec, c, f"{source}: classes[{i}]")
                    for i, c in enumerate(data.get("classes") or []))
    motion = build_dataclass(MotionSpec, data["motion"], f"{source}: motion") if data.get("motion") else None
    spec = HeterogeneitySpec(groups, classes, motion, build_dataclass(JunkSpec, data.get("junk"), f"{source}: junk"),
                             build_dataclass(ImagingSpec, data.get("imaging"), f"{source}: imaging"))
    check_numbers(spec, source)
    return spec


def load_spec(path: str | os.PathLike) -> HeterogeneitySpec:
    """Return the spec in a YAML file."""
    return spec_from_dict(read_yaml(path, "settings file") or {}, str(path))


def check_numbers(spec: HeterogeneitySpec, source: str) -> None:
    """Raise InputError for fractions, ranges and physical values that cannot be simulated."""
    if spec.classes:
        total = sum(c.fraction for c in spec.classes)
        if not np.isclose(total, 1.0, atol=1e-6):
            raise InputError(f"{source}: class fractions sum to {total:g}; they must sum to 1 "
                             "(junk is set separately under junk.fraction)")
        if any(c.fraction < 0 for c in spec.classes):
            raise InputError(f"{source}: class fractions must not be negative")
        names = [c.name for c in spec.classes]
        if len(set(names)) != len(names):
            raise InputError(f"{source}: class names repeat: {names}")
    junk = spec.junk
    if not 0 <= junk.fraction < 1:
        raise InputError(f"{source}: junk.fraction {junk.fraction} must be in [0, 1)")
    if min(junk.noise, junk.fragment, junk.offcentre) < 0 or junk.noise + junk.fragment + junk.offcentre <= 0:
        raise InputError(f"{source}: junk kind weights must be ≥ 0 and not all 0")
    im = spec.imaging
    if not 0 < im.defocus_min_angstrom <= im.defocus_max_angstrom:
        raise InputError(f"{source}: need 0 < defocus_min_angstrom ≤ defocus_max_angstrom")
    if im.voltage_kv <= 0 or im.cs_mm < 0 or not 0 <= im.amplitude_contrast < 1:
        raise InputError(f"{source}: voltage must be > 0, Cs ≥ 0 and amplitude contrast in [0, 1)")
    if im.atom_sigma_angstrom <= 0 or im.shift_max_px < 0 or im.astigmatism_max_angstrom < 0:
        raise InputError(f"{source}: atom_sigma_angstrom must be > 0, shifts and astigmatism ≥ 0")
    if spec.motion is not None:
        lo, hi = spec.motion.angle_range_deg
        if lo > hi:
            raise InputError(f"{source}: motion.angle_range_deg must be [low, high]")
        if np.linalg.norm(spec.motion.axis) == 0:
            raise InputError(f"{source}: motion.axis must not be zero")
