"""``occupancy cluster`` on disk: normalised matrix, clustermap, classes, blocks, centroids, ChimeraX scripts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd

from cryoscape.errors import InputError
from cryoscape.io import staged_folder
from cryoscape.logs import get_logger
from cryoscape.occupancy.cluster import class_centroids, cluster, normalize
from cryoscape.occupancy.report import block_script, class_scripts


def read_occupancies(path: str | os.PathLike) -> pd.DataFrame:
    """Return an occupancy matrix CSV (maps × elements; one header row, or the protocol's two: file and chain)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path} does not exist; give the CSV written by 'occupancy measure'")
    with open(path) as fh:
        first, second = fh.readline(), fh.readline()
    two_rows = first.startswith("PDB,") and second.startswith("Chain,")
    table = pd.read_csv(path, header=[0, 1] if two_rows else 0, index_col=0)
    if two_rows:
        table.columns = [f"{file}_{chain}" for file, chain in table.columns]
    table.index = table.index.astype(str)
    if table.empty or not all(pd.api.types.is_numeric_dtype(t) for t in table.dtypes):
        raise InputError(f"{path} is not a numeric occupancy matrix (maps as rows, elements as columns)")
    return table


def cluster_occupancies(matrix: pd.DataFrame, outdir: str | os.PathLike, method: str = "percentile",
                        row_threshold: float | None = None, col_threshold: float | None = None,
                        map_files: dict[str, Path] | None = None, elements: pd.DataFrame | None = None,
                        models: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cluster the matrix into ``outdir``; return (classes: map → class, blocks: element → block)."""
    from cryoscape.plotting.occupancy import plot_clustermap

    outdir = Path(outdir)
    with staged_folder(outdir) as out:  # a failure leaves no partial folder
        normalized = normalize(matrix, method)
        result = cluster(normalized, row_threshold, col_threshold)
        normalized.to_csv(out / "occupancy_normalized.csv")
        classes = pd.DataFrame({"map": matrix.index, "class": result.classes})
        blocks = pd.DataFrame({"element": matrix.columns, "block": result.blocks})
        if elements is not None and "chimerax_spec" in elements:
            blocks = blocks.merge(elements[["element", "chimerax_spec"]], on="element", how="left").fillna("")
        classes.to_csv(out / "classes.csv", index=False)
        blocks.to_csv(out / "blocks.csv", index=False)
        centroids = class_centroids(normalized, result.classes)
        centroids.to_csv(out / "centroids.csv", index=False)
        plot_clustermap(normalized, result, out / "clustermap.png")
        if map_files:
            class_scripts(classes, map_files, out)
            (out / "centroids").mkdir(exist_ok=True)
            for row in centroids.to_dict("records"):
                shutil.copyfile(map_files[str(row["centroid_map"])], out / "centroids" / f"class_{row['class']:02d}.mrc")
        if models and "chimerax_spec" in blocks:
            block_script(blocks, models, out)
    get_logger().info(f"{len(matrix)} maps × {matrix.shape[1]} elements: {result.classes.max()} classes "
                      f"(threshold {result.row_threshold:.3g}), {result.blocks.max()} blocks "
                      f"(threshold {result.col_threshold:.3g}) -> {outdir}")
    return classes, blocks
