"""The gallery of k-means maps: analyze's maps at the cluster centres, each as three orthogonal projections."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from cryoscape.dashboard.montage import tile
from cryoscape.errors import InputError
from cryoscape.io import read_mrc


def gallery_maps(analysis_dir: Path) -> dict[int, list[Path]]:
    """Return, for each K of ``analysis_dir/kmeansK`` holding maps, its vol_*.mrc in cluster order."""
    found = {}
    for folder in analysis_dir.glob("kmeans*"):
        match = re.fullmatch(r"kmeans(\d+)", folder.name)
        maps = sorted(folder.glob("vol_*.mrc"))
        if match and maps:
            found[int(match.group(1))] = maps
    return dict(sorted(found.items()))


def projections(volume: np.ndarray) -> np.ndarray:
    """Return the map's projections along z, y and x (3, D, D), each row 0 at the top as the slices show it."""
    return np.stack([volume.sum(axis)[::-1] for axis in range(3)]).astype(np.float32)


def projections_png(path: Path) -> bytes:
    """Return a PNG of a map's three orthogonal projections side by side."""
    from cryoscape.plotting import grey_png

    volume, _ = read_mrc(path)
    if volume.ndim != 3:
        raise InputError(f"{path} is not a 3D map")
    return grey_png(tile(projections(volume), columns=3))
