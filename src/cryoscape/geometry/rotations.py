"""Rotation conventions: cryoDRGN matrices, RELION ZYZ Euler angles, cryoSPARC rotation vectors.

cryoscape's rotation ``rot`` (N, 3, 3) follows cryoDRGN's files: an image is the projection along z
of the map after each map point ``a`` has moved to ``rot @ a``; the image's central slice holds the
map's transform at ``k @ rot`` for row vectors ``k = (kx, ky, 0)``. RELION and cryoSPARC store the
inverse (transposed) rotation of that, each in its own parameterisation.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial.transform import Rotation

from cryoscape.errors import InputError


def _check_finite(values: np.ndarray, what: str) -> None:
    if not np.isfinite(values).all():
        raise InputError(f"{what} contain NaN or Inf values; the refinement output is corrupt")


def rotations_from_relion_euler(angles_deg: np.ndarray) -> np.ndarray:
    """Return rotations (N, 3, 3) from RELION (rot, tilt, psi) ZYZ Euler angles in degrees (N, 3)."""
    angles_deg = np.asarray(angles_deg, dtype=np.float64).reshape(-1, 3)
    _check_finite(angles_deg, "Euler angles")
    relion_matrices = Rotation.from_euler("ZYZ", angles_deg, degrees=True).as_matrix()
    return relion_matrices.transpose(0, 2, 1)


def relion_euler_from_rotations(rotations: np.ndarray) -> np.ndarray:
    """Return RELION (rot, tilt, psi) in degrees (N, 3) for rotations (N, 3, 3); tilt in [0, 180]."""
    rotations = np.asarray(rotations, dtype=np.float64).reshape(-1, 3, 3)
    relion_matrices = rotations.transpose(0, 2, 1)
    return Rotation.from_matrix(relion_matrices).as_euler("ZYZ", degrees=True)


def rotations_from_cryosparc(rotvecs_rad: np.ndarray) -> np.ndarray:
    """Return rotations (N, 3, 3) from cryoSPARC ``alignments3D/pose`` rotation vectors (N, 3)."""
    rotvecs_rad = np.asarray(rotvecs_rad, dtype=np.float64).reshape(-1, 3)
    _check_finite(rotvecs_rad, "cryoSPARC poses")
    return Rotation.from_rotvec(rotvecs_rad).as_matrix().transpose(0, 2, 1)


def cryosparc_from_rotations(rotations: np.ndarray) -> np.ndarray:
    """Return cryoSPARC rotation vectors (N, 3) in radians for rotations (N, 3, 3)."""
    rotations = np.asarray(rotations, dtype=np.float64).reshape(-1, 3, 3)
    return Rotation.from_matrix(rotations.transpose(0, 2, 1)).as_rotvec()


def random_rotations(n: int, rng: np.random.Generator) -> np.ndarray:
    """Return ``n`` rotations (n, 3, 3) drawn uniformly from SO(3)."""
    return Rotation.random(n, random_state=rng).as_matrix()
