"""Straight latent paths through anchors (the dashboard's straight trajectories; direct_traversal)."""

import numpy as np
import pytest

from cryoscape.analysis import shortest_tour, straight_path
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


def test_shortest_tour_orders_points_along_a_line_and_is_near_optimal():
    import itertools

    rng = np.random.default_rng(3)
    line = np.linspace(0, 1, 12)[:, None] * np.array([[1.0, 2.0, -1.0]])
    shuffled = rng.permutation(12)
    order = shuffled[shortest_tour(line[shuffled])]
    assert order.tolist() in (list(range(12)), list(range(11, -1, -1)))  # the line, from one end to the other
    for _ in range(10):
        points = rng.normal(size=(7, 4))
        tour = shortest_tour(points)
        assert sorted(tour.tolist()) == list(range(7))

        def length(o):
            return sum(np.linalg.norm(points[a] - points[b]) for a, b in zip(o[:-1], o[1:]))

        best = min(length(o) for o in itertools.permutations(range(7)))
        assert length(tour) <= 1.10 * best
    assert shortest_tour(np.zeros((2, 3))).tolist() == [0, 1]
