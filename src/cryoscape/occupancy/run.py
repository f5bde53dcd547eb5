"""``occupancy run``: element maps, masks, occupancies and clustering of a folder of maps in one go."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.io import load_pkl
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


def run_occupancy(models: list[str | os.PathLike], voldir: str | os.PathLike, resolution: float,
                  outdir: str | os.PathLike, ref_map: str | os.PathLike | None = None,
                  groups: str | os.PathLike | None = None, threshold: float = 0.01, extend: float = 0.0,
                  soft_edge: float = 0.0, method: str = "percentile", row_threshold: float | None = None,
                  col_threshold: float | None = None) -> dict:
    """Run the whole occupancy analysis of the maps in ``voldir``; return a summary."""
    voldir, outdir = Path(voldir), Path(outdir)
    maps = list_maps(voldir)
    elements = write_element_maps(models, ref_map or maps[0], resolution, outdir / "element_maps", groups)
    write_masks(outdir / "element_maps", outdir / "masks", threshold, extend, soft_edge)
    matrix = measure_folder(voldir, outdir / "masks")
    matrix.to_csv(outdir / "occupancies.csv")
    classes, blocks = cluster_occupancies(matrix, outdir / "clusters", method, row_threshold, col_threshold,
                                          {map_label(p): p for p in maps}, elements, [str(m) for m in models])
    summary = {"maps": len(maps), "elements": len(elements), "classes": int(classes["class"].max()),
               "blocks": int(blocks["block"].max())}
    tables = kmeans_tables(voldir)
    if tables is not None:
        selections = particles_per_class(classes, tables[0], tables[1], outdir / "clusters")
        selections.to_csv(outdir / "clusters" / "class_particles.csv", index=False)
        summary["particles_per_class"] = dict(zip(selections["class"].tolist(), selections["particles"].tolist()))
        get_logger().info("particles per class: " + ", ".join(f"{c}: {n}" for c, n in
                                                               summary["particles_per_class"].items()))
    return summary
