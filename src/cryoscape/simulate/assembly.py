"""The built-in procedural assembly: a chiral six-subunit complex of pseudo-atoms and its presets.

Modelled loosely on a ribosomal subunit being assembled: a body (A) and base (B) form the core, a
central protuberance (C), a hinged stalk (D) and two small subunits (E, F) dock onto it.
Intermediates lack groups of subunits, one state is rare (1%), the stalk swings about a hinge, and
10% of particles are junk. The model is the same for every seed (it is the ground truth).
"""

from __future__ import annotations

import numpy as np

from cryoscape.io import AtomicModel
from cryoscape.simulate.config import ClassSpec, HeterogeneitySpec, ImagingSpec, JunkSpec, MotionSpec

PSEUDO_ATOM_SPACING_ANGSTROM = 2.8
PSEUDO_ATOM_ELECTRONS = 60.0  # a residue's worth of electrons
SCALE = 1.1
# chain: (centre, radii) of an ellipsoid in Å (before SCALE)
SUBUNITS = {
    "A": ((0.0, 0.0, 0.0), (32.0, 26.0, 22.0)),
    "B": ((0.0, -30.0, 4.0), (24.0, 12.0, 18.0)),
    "C": ((-4.0, 30.0, 0.0), (13.0, 11.0, 12.0)),
    "D": ((44.0, 14.0, 0.0), (18.0, 7.0, 8.0)),
    "E": ((-34.0, 8.0, 6.0), (10.0, 12.0, 11.0)),
    "F": ((10.0, 4.0, 26.0), (9.0, 9.0, 8.0)),
}
HINGE_PIVOT = (28.0 * SCALE, 14.0 * SCALE, 0.0)


def assembly_model() -> AtomicModel:
    """Return the preset's pseudo-atoms: a lattice filling the union of the subunit ellipsoids,
    each point given to the subunit whose ellipsoid it lies deepest inside."""
    extent = 80.0 * SCALE
    axis = np.arange(-extent, extent + 1e-9, PSEUDO_ATOM_SPACING_ANGSTROM)
    z, y, x = np.meshgrid(axis, axis, axis, indexing="ij")
    points = np.stack([x.ravel(), y.ravel(), z.ravel()], axis=1)
    depth = np.stack([np.sqrt((((points - np.multiply(c, SCALE)) / np.multiply(r, SCALE)) ** 2).sum(1))
                      for c, r in SUBUNITS.values()], axis=1)
    inside = depth.min(1) <= 1.0
    points, owner = points[inside], depth[inside].argmin(1)
    jitter = np.random.default_rng(0).uniform(-0.5, 0.5, size=points.shape)
    names = np.array(list(SUBUNITS), dtype=object)
    order = np.lexsort((points[:, 0], points[:, 1], points[:, 2], owner))
    chain = names[owner[order]]
    residue_number = np.zeros(len(order), np.int64)
    for name in SUBUNITS:
        members = chain == name
        residue_number[members] = np.arange(1, members.sum() + 1)
    return AtomicModel(points[order] + jitter, np.full(len(order), PSEUDO_ATOM_ELECTRONS), chain,
                       residue_number, np.full(len(order), "GLY", dtype=object))


def assembly_spec() -> HeterogeneitySpec:
    """Return the preset's heterogeneity: five states (one at 1%), a stalk hinge, 10% junk."""
    groups = {"core": ("A", "B"), "cp": ("C",), "stalk": ("D",), "side": ("E", "F")}
    classes = (
        ClassSpec("mature", 0.45, ("core", "cp", "stalk", "side")),
        ClassSpec("no_stalk", 0.22, ("core", "cp", "side")),
        ClassSpec("early", 0.17, ("core", "E")),
        ClassSpec("core_only", 0.15, ("core",)),
        ClassSpec("rare_no_side", 0.01, ("core", "cp", "stalk")),
    )
    motion = MotionSpec("stalk", (0.0, 0.0, 1.0), HINGE_PIVOT, (-25.0, 25.0), ("mature",))
    junk = JunkSpec(0.10, noise=0.4, fragment=0.3, offcentre=0.3)
    return HeterogeneitySpec(groups, classes, motion, junk, ImagingSpec())
