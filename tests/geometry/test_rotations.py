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


def test_angular_distance_is_exact_at_zero_and_near_180_degrees():
    from scipy.spatial.transform import Rotation

    from cryoscape.geometry.so3_grid import angular_distance_deg

    rng = np.random.default_rng(3)
    start = Rotation.random(500, random_state=4)
    axes = rng.normal(size=(500, 3))
    axes /= np.linalg.norm(axes, axis=1, keepdims=True)
    angles_deg = np.concatenate([rng.uniform(0, 1e-3, 100), rng.uniform(0, 180, 300), 180 - rng.uniform(0, 1e-3, 100)])
    moved = (Rotation.from_rotvec(axes * np.radians(angles_deg)[:, None]) * start).as_matrix()
    assert np.abs(angular_distance_deg(moved, start.as_matrix()) - angles_deg).max() < 1e-9
    single = start.as_matrix().astype(np.float32)  # equal float32 matrices: 0, not arccos's ~0.03° of rounding
    assert angular_distance_deg(single, single).max() == 0.0
