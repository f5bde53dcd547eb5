"""Row-wise cosines: the direction measure of Box 1's latent shifts and of --stop-when-converged."""

from __future__ import annotations

import numpy as np

from cryoscape.geometry import row_cosines


def test_row_cosines_of_same_opposite_orthogonal_and_still_rows():
    before = np.array([[1.0, 0.0], [2.0, 2.0], [0.0, 3.0], [0.0, 0.0]])
    after = np.array([[5.0, 0.0], [-1.0, -1.0], [4.0, 0.0], [1.0, 1.0]])
    np.testing.assert_allclose(row_cosines(before, after), [1.0, -1.0, 0.0, 0.0], atol=1e-12)
