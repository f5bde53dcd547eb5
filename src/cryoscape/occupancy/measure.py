"""The occupancy matrix: for every map and element, sum(mask × map) / sum(element map)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from cryoscape.errors import InputError


def occupancy_matrix(maps: np.ndarray, masks: np.ndarray, element_sums: np.ndarray, map_names: list[str],
                     element_names: list[str]) -> pd.DataFrame:
    """Return occupancies (maps × elements) for maps (M, V), masks (E, V) and element map sums (E,).

    One matrix product per batch of maps: 500 maps × 136 elements at 64³ is a (500 × 262,144) by
    (262,144 × 136) product.
    """
    if maps.shape[1] != masks.shape[1]:
        raise InputError(f"maps have {maps.shape[1]} voxels but masks {masks.shape[1]}: they are on different grids")
    if np.any(element_sums <= 0):
        bad = [element_names[i] for i in np.flatnonzero(element_sums <= 0)]
        raise InputError(f"element map(s) {bad} sum to zero; their atoms are outside the reference grid")
    values = (maps.astype(np.float32) @ masks.astype(np.float32).T) / element_sums.astype(np.float32)
    return pd.DataFrame(values.astype(np.float64), index=pd.Index(map_names, name="map"), columns=element_names)
