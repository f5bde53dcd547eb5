"""Rotations and shifts in the conventions of cryoDRGN, RELION and cryoSPARC files; row-wise vector measures."""

from cryoscape.geometry.rotations import (cryosparc_from_rotations, random_rotations,
                                          relion_euler_from_rotations, rotations_from_cryosparc,
                                          rotations_from_relion_euler)
from cryoscape.geometry.vectors import row_cosines

__all__ = [
    "cryosparc_from_rotations", "random_rotations", "relion_euler_from_rotations",
    "rotations_from_cryosparc", "rotations_from_relion_euler", "row_cosines",
]
