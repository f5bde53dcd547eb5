"""``occupancy run``: element maps, masks, occupancies and clustering of a folder of maps in one go."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.io import load_pkl, staged_folder
from cryoscape.logs import get_logger
from cryoscape.occupancy.classes import cluster_occupancies
from cryoscape.occupancy.report import particles_per_class
from cryoscape.occupancy.workflow import list_maps, map_label, measure_folder, write_element_maps, write_masks


def kmeans_tables(voldir: Path) -> tuple[np.ndarray, np.ndarray] | None:
    """Return (k-means label per particle, stack index per particle) when ``voldir`` is an analyze kmeansK folder."""
    labels_path, table_path = voldir / "labels.pkl", voldir.parent / "particles.csv"
    if not (labels_path.is_file() and table_path.is_file()):
        return None
    labels = np.asarray(load_pkl(labels_path))
    ids = pd.read_csv(table_path)["particle"].to_numpy()
    return (labels, ids) if labels.shape == ids.shape else None


@dataclass(frozen=True)
class OccupancyOptions:
    """Settings of a whole occupancy run: element maps, masks, and clustering (names carry their units)."""

    resolution_angstrom: float
    ref_map: str | None = None  # grid of the element maps (default: the first map)
    groups: str | None = None  # YAML of named element groups
    threshold: float = 0.01  # element maps binarised above this value
    extend_angstrom: float = 0.0
    soft_edge_angstrom: float = 0.0
    normalization: str = "percentile"
    row_threshold: float | None = None
    col_threshold: float | None = None


def run_occupancy(models: list[str | os.PathLike], voldir: str | os.PathLike, outdir: str | os.PathLike,
                  options: OccupancyOptions) -> dict:
    """Run the whole occupancy analysis of the maps in ``voldir`` into ``outdir``; return a summary.

    Everything is written in a staging folder first: a failed run leaves ``outdir`` as it was.
    """
    voldir, outdir = Path(voldir), Path(outdir)
    maps = list_maps(voldir)
    with staged_folder(outdir) as out:
        elements = write_element_maps(models, options.ref_map or maps[0], options.resolution_angstrom,
                                      out / "element_maps", options.groups)
        write_masks(out / "element_maps", out / "masks", options.threshold, options.extend_angstrom,
                    options.soft_edge_angstrom)
        matrix = measure_folder(voldir, out / "masks")
        matrix.to_csv(out / "occupancies.csv")
        classes, blocks = cluster_occupancies(matrix, out / "clusters", options.normalization, options.row_threshold,
                                              options.col_threshold, {map_label(p): p for p in maps}, elements,
                                              [str(m) for m in models])
        summary = {"maps": len(maps), "elements": len(elements), "classes": int(classes["class"].max()),
                   "blocks": int(blocks["block"].max())}
        tables = kmeans_tables(voldir)
        if tables is not None:
            selections = particles_per_class(classes, tables[0], tables[1], out / "clusters")
            selections.to_csv(out / "clusters" / "class_particles.csv", index=False)
            summary["particles_per_class"] = dict(zip(selections["class"].tolist(), selections["particles"].tolist()))
            get_logger().info("particles per class: " + ", ".join(f"{c}: {n}" for c, n in
                                                                   summary["particles_per_class"].items()))
        (out / "summary.json").write_text(json.dumps(summary, indent=1))
    return summary
