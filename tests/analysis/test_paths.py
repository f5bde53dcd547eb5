"""Straight latent paths through anchors (the dashboard's straight trajectories; direct_traversal)."""

import numpy as np
import pytest

from cryoscape.analysis import straight_path
from cryoscape.errors import InputError


def test_straight_path_visits_every_anchor_in_even_steps():
    anchors = np.array([[0.0, 0.0], [4.0, 0.0], [4.0, 2.0]], np.float32)
    path = straight_path(anchors, 4)
    assert path.shape == (9, 2)
    np.testing.assert_allclose(path[[0, 4, 8]], anchors)
    np.testing.assert_allclose(np.diff(path[:5, 0]), 1.0)
    np.testing.assert_allclose(np.diff(path[4:, 1]), 0.5)


def test_a_looped_path_returns_to_its_start_without_repeating_it():
    anchors = np.array([[0.0], [1.0]], np.float32)
    path = straight_path(anchors, 2, loop=True)
    np.testing.assert_allclose(path[:, 0], [0.0, 0.5, 1.0, 0.5])


@pytest.mark.parametrize("anchors,points", [(np.zeros((1, 3)), 4), (np.zeros((2, 3)), 0)])
def test_bad_paths_are_refused(anchors, points):
    with pytest.raises(InputError):
        straight_path(anchors, points)
