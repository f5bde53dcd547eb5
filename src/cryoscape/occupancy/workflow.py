"""The occupancy steps on disk: element maps → masks → occupancy matrix (folders of MRC files + CSV)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.errors import InputError
from cryoscape.io import read_mrc, write_mrc
from cryoscape.io.files import staged_folder
from cryoscape.logs import get_logger, progress_bar
from cryoscape.occupancy.elements import read_elements
from cryoscape.occupancy.masks import element_mask
from cryoscape.occupancy.measure import occupancy_matrix
from cryoscape.occupancy.molmap import MapGrid, chimerax_molmap

ELEMENTS_TABLE = "elements.csv"


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.+-]", "_", name)


def write_element_maps(models: list[str | os.PathLike], ref_map: str | os.PathLike, resolution: float,
                       outdir: str | os.PathLike, groups: str | os.PathLike | None = None) -> pd.DataFrame:
    """Write one molmap per element on the reference map's grid into ``outdir``; return the element table."""
    grid = MapGrid.from_mrc(ref_map)
    elements = read_elements(models, groups)
    with staged_folder(outdir) as staging:
        table = _write_element_maps(elements, grid, resolution, staging, ref_map)
    get_logger().info(f"wrote {len(table)} element maps at {resolution} Å on the grid of {ref_map} to {outdir}")
    return table


def _write_element_maps(elements: list, grid: MapGrid, resolution: float, outdir: Path,
                        ref_map: str | os.PathLike) -> pd.DataFrame:
    rows = []
    for element in progress_bar(elements, desc="element maps", unit="map"):
        density = chimerax_molmap(element.coords_angstrom, element.weights, grid, resolution)
        if density.sum() <= 0:
            raise InputError(f"element {element.name}: its atoms fall outside the grid of {ref_map}; "
                             "is the model aligned to the maps?")
        filename = f"{_safe(element.name)}.mrc"
        write_mrc(outdir / filename, density, grid.apix, is_stack=False, origin_angstrom=grid.origin_angstrom)
        rows.append({"element": element.name, "file": filename, "atoms": len(element.weights),
                     "map_sum": float(density.sum()), "chimerax_spec": element.chimerax_spec})
    table = pd.DataFrame(rows)
    table.to_csv(outdir / ELEMENTS_TABLE, index=False)
    return table


def read_element_table(folder: str | os.PathLike) -> pd.DataFrame:
    path = Path(folder) / ELEMENTS_TABLE
    if not path.is_file():
        raise InputError(f"{folder} has no {ELEMENTS_TABLE}; give a folder written by 'occupancy maps' or 'masks'")
    return pd.read_csv(path)


def write_masks(mapdir: str | os.PathLike, outdir: str | os.PathLike, threshold: float = 0.01,
                extend_angstrom: float = 0.0, soft_edge_angstrom: float = 0.0) -> pd.DataFrame:
    """Write one mask per element map of ``mapdir`` into ``outdir`` (same file names, and the element table)."""
    table = read_element_table(mapdir)
    voxels = []
    with staged_folder(outdir) as staging:
        for row in table.itertuples():
            density, header = read_mrc(Path(mapdir) / row.file)
            mask = element_mask(density, header.apix, threshold, extend_angstrom, soft_edge_angstrom, row.element)
            write_mrc(staging / row.file, mask, header.apix, is_stack=False,
                      origin_angstrom=MapGrid.from_mrc(Path(mapdir) / row.file).origin_angstrom)
            voxels.append(float(mask.sum()))
        table = table.assign(mask_voxels=voxels)
        table.to_csv(staging / ELEMENTS_TABLE, index=False)
    return table


def list_maps(folder: str | os.PathLike) -> list[Path]:
    """Return the .mrc files of a folder in natural order (vol_2 before vol_10)."""
    paths = [p for p in Path(folder).glob("*.mrc")]
    if not paths:
        raise InputError(f"{folder} holds no .mrc maps")
    return sorted(paths, key=lambda p: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.name)])


def map_label(path: Path) -> str:
    """Return a map's row label: the number in its name (vol_458.mrc → 458), else its stem."""
    numbers = re.findall(r"\d+", path.stem)
    return str(int(numbers[-1])) if numbers else path.stem


def load_stack(paths: list[Path], grid: MapGrid, what: str) -> np.ndarray:
    """Return maps (M, V) float32, refusing any not on ``grid``."""
    stack = np.empty((len(paths), int(np.prod(grid.shape))), np.float32)
    for i, path in enumerate(paths):
        if not MapGrid.from_mrc(path).matches(grid):
            other = MapGrid.from_mrc(path)
            raise InputError(f"{what} {path} is on a different grid ({other.shape}, {other.apix:.3f} Å/px, origin "
                             f"{other.origin_angstrom}) from the masks ({grid.shape}, {grid.apix:.3f} Å/px, origin "
                             f"{grid.origin_angstrom}); resample it onto the masks' grid")
        stack[i] = read_mrc(path)[0].ravel()
    return stack


def measure_folder(voldir: str | os.PathLike, maskdir: str | os.PathLike, refdir: str | os.PathLike | None = None,
                   batch: int = 64) -> pd.DataFrame:
    """Return the occupancy matrix of every map in ``voldir`` against the masks of ``maskdir``."""
    table = read_element_table(maskdir)
    mask_paths = [Path(maskdir) / f for f in table["file"]]
    grid = MapGrid.from_mrc(mask_paths[0])
    masks = load_stack(mask_paths, grid, "mask")
    if refdir is not None:
        sums = load_stack([Path(refdir) / f for f in table["file"]], grid, "element map").sum(axis=1)
    else:
        sums = table["map_sum"].to_numpy(np.float64)
    map_paths = list_maps(voldir)
    parts = [occupancy_matrix(load_stack(map_paths[i:i + batch], grid, "map"), masks, sums,
                              [map_label(p) for p in map_paths[i:i + batch]], table["element"].tolist())
             for i in range(0, len(map_paths), batch)]
    return pd.concat(parts)
