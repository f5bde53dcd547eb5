"""Rotation conventions: round trips and agreement with cryoDRGN's parses."""

from __future__ import annotations

import numpy as np

from cryoscape.geometry import (cryosparc_from_rotations, random_rotations,
                                relion_euler_from_rotations, rotations_from_cryosparc,
                                rotations_from_relion_euler)


def test_relion_euler_round_trip(rng):
    rot = random_rotations(200, rng)
    back = rotations_from_relion_euler(relion_euler_from_rotations(rot))
    np.testing.assert_allclose(back, rot, atol=1e-10)


def test_cryosparc_rotvec_round_trip(rng):
    rot = random_rotations(200, rng)
    np.testing.assert_allclose(rotations_from_cryosparc(cryosparc_from_rotations(rot)), rot, atol=1e-10)


def test_rotations_are_proper():
    rot = rotations_from_relion_euler(np.array([[10.0, 40.0, -70.0], [0, 0, 0]]))
    np.testing.assert_allclose(rot @ rot.transpose(0, 2, 1), np.broadcast_to(np.eye(3), (2, 3, 3)), atol=1e-12)
    np.testing.assert_allclose(np.linalg.det(rot), 1.0)
    np.testing.assert_allclose(rot[1], np.eye(3), atol=1e-12)


def test_pure_psi_rotation_convention():
    # RELION psi rotates the image in-plane; cryoDRGN's matrix is the transpose of RELION's.
    rot = rotations_from_relion_euler(np.array([[0.0, 0.0, 90.0]]))[0]
    np.testing.assert_allclose(rot, [[0, 1, 0], [-1, 0, 0], [0, 0, 1]], atol=1e-12)
