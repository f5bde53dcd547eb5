"""The posed-particle set every reconstruction command opens: images, selection, poses and CTF, checked together."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from cryoscape.data.params import CtfParameters, Poses, check_counts
from cryoscape.data.sources import ParticleStack, open_particles
from cryoscape.io import load_index, load_pkl, save_pkl
from cryoscape.logs import get_logger

# a stack header whose pixel size differs from the CTF's by more than this is reported
APIX_MISMATCH_FRACTION = 0.01


def load_poses(path: str | os.PathLike) -> Poses:
    """Return the validated poses in a cryoDRGN-layout ``poses.pkl``."""
    return Poses.from_object(load_pkl(path), str(path))


def load_ctf(path: str | os.PathLike) -> CtfParameters:
    """Return the validated CTF parameters in a cryoDRGN-layout ``ctf.pkl``."""
    return CtfParameters.from_object(load_pkl(path), str(path))


def save_poses(poses: Poses, path: str | os.PathLike):
    """Write poses as cryoDRGN pickles them: a tuple (rotations, translations)."""
    return save_pkl(poses.to_tuple(), path)


def save_ctf(ctf: CtfParameters, path: str | os.PathLike):
    """Write CTF parameters as cryoDRGN pickles them: an (N, 9) float32 array."""
    return save_pkl(np.array(ctf.values), path)


@dataclass(frozen=True, eq=False)
class PosedParticles:
    """Selected particles of a stack with their poses and CTF; every per-particle row follows the selection.

    indices: (n,) rows of ``stack``; poses and ctf hold n rows each; apix is the images' pixel size in Å
    (the CTF's extent divided by the stack's box, so a downsampled stack gets its coarser pixel).
    """

    stack: ParticleStack
    indices: np.ndarray
    poses: Poses
    ctf: CtfParameters | None
    apix: float

    def __len__(self) -> int:
        return int(self.indices.size)

    @property
    def box_size(self) -> int:
        return self.stack.box_size

    def first(self, count: int) -> "PosedParticles":
        """Return the first ``count`` particles of the selection."""
        keep = np.arange(min(count, len(self)))
        return PosedParticles(self.stack, self.indices[keep], self.poses.select(keep),
                              None if self.ctf is None else self.ctf.select(keep), self.apix)


def _image_apix(stack: ParticleStack, ctf: CtfParameters | None) -> float:
    """Return the pixel size of the stack's images: from the CTF's extent, else the header, else 1 Å."""
    if ctf is None:
        return stack.apix if stack.apix > 0 else 1.0
    apix = float(ctf.extent_angstrom[0]) / stack.box_size
    if stack.apix > 0 and abs(stack.apix - apix) > APIX_MISMATCH_FRACTION * apix:
        get_logger().info(f"note: {stack.source}'s header says {stack.apix:.4f} Å/px; the CTF parameters give "
                          f"{apix:.4f} Å/px at box {stack.box_size}, which is used")
    return apix


def open_posed_particles(particles: str | os.PathLike, poses: str | os.PathLike | Poses,
                         ctf: str | os.PathLike | CtfParameters | None = None,
                         ind: str | os.PathLike | np.ndarray | None = None,
                         datadir: str | os.PathLike | None = None) -> PosedParticles:
    """Return the particles with their poses and CTF, checked against each other, for the selection ``ind``.

    ``poses``/``ctf`` are paths to cryoDRGN-layout pickles or already-built objects.
    """
    stack = open_particles(particles, datadir=datadir)
    poses = poses if isinstance(poses, Poses) else load_poses(poses)
    ctf = ctf if ctf is None or isinstance(ctf, CtfParameters) else load_ctf(ctf)
    check_counts(stack.n_images, "the particle stack", str(particles), poses=poses, ctf=ctf)
    if isinstance(ind, np.ndarray):  # already resolved (a tilt-series selection of particles' images)
        indices = ind
    else:
        indices = load_index(ind, stack.n_images) if ind else np.arange(stack.n_images)
    selected_ctf = None if ctf is None else ctf.select(indices)
    return PosedParticles(stack, indices, poses.select(indices), selected_ctf, _image_apix(stack, selected_ctf))
