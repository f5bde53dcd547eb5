"""Results the dashboard shows beside the explorer: an occupancy analysis of the run's k-means maps, the
landscape analysis of the epoch (``analyze_landscape``: states of maps, their mean maps and plots), and
the Box 1 convergence plots of the run.

An occupancy folder is the output of ``cryoscape occupancy run … --vols WORKDIR/analyze.E/kmeansK``:
its class files list particles of the original stack, and its maps are the k-means maps, so map i is
the map at k-means centre i. It is found as ``WORKDIR/occupancy`` or beside the run folder, or given
with ``--occupancy``; the browser never names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.dashboard.explorer import CATEGORY, Explorer, Quantity
from cryoscape.errors import InputError
from cryoscape.io import load_index, load_pkl, read_volume
from cryoscape.logs import get_logger

_CLASS_FILE = re.compile(r"class_(\d+)\.\d+_particles\.pkl$")


@dataclass(frozen=True)
class OccupancyView:
    """Classes of an occupancy analysis, tied to the explorer's particles and k-means centres."""

    folder: Path
    classes: pd.DataFrame      # class, maps, centroid_map, centroid_row, particles
    matrix: pd.DataFrame       # normalised occupancy, maps × elements, with a 'class' column
    class_rows: dict[int, np.ndarray]  # class → rows of z

    def describe(self) -> dict:
        return {"folder": str(self.folder), "elements": [c for c in self.matrix.columns if c != "class"],
                "classes": self.classes.to_dict(orient="records"),
                "matrix": self.matrix.drop(columns="class").round(4).to_numpy().tolist(),
                "map_class": self.matrix["class"].astype(int).tolist(),
                "heatmap": (self.folder / "clusters" / "clustermap.png").is_file()}


def find_occupancy(explorer: Explorer, given: str | Path | None = None) -> Path | None:
    """Return the occupancy folder to show: ``given`` (checked), else one found next to the run, else None."""
    workdir = explorer.run.workdir
    candidates = [Path(given)] if given else [workdir / "occupancy", workdir.parent / "occupancy"]
    for folder in candidates:
        if (folder / "clusters" / "classes.csv").is_file():
            return folder
    if given:
        raise InputError(f"--occupancy {given}: no clusters/classes.csv inside; give the -o folder of "
                         "'cryoscape occupancy run'")
    return None


def open_occupancy(explorer: Explorer, folder: Path) -> OccupancyView:
    """Read an occupancy folder whose maps are the k-means maps of the explorer's epoch."""
    clusters = folder / "clusters"
    matrix = pd.read_csv(clusters / "occupancy_normalized.csv", index_col=0)
    per_map = pd.read_csv(clusters / "classes.csv")
    k = len(matrix)
    if k not in explorer.kmeans:
        raise InputError(f"{folder} classifies {k} maps, but the run's analysis has k-means "
                         f"{', '.join(map(str, explorer.kmeans)) or 'none'}; run occupancy on analyze.E/kmeans{k}")
    matrix["class"] = per_map.set_index("map").loc[matrix.index, "class"].to_numpy()
    centre_rows = explorer.kmeans[k][1]
    classes = pd.read_csv(clusters / "centroids.csv")
    classes["centroid_row"] = [int(centre_rows[int(m)]) for m in classes["centroid_map"]]
    class_rows = {}
    for path in sorted(clusters.glob("class_*_particles.pkl")):
        label = int(_CLASS_FILE.search(path.name).group(1))
        class_rows[label] = np.flatnonzero(np.isin(explorer.particle_ids, load_index(path)))
    classes["particles"] = [int(class_rows.get(int(c), np.zeros(0)).size) for c in classes["class"]]
    return OccupancyView(folder, classes, matrix, class_rows)


def occupancy_for(explorer: Explorer, given: str | Path | None = None) -> OccupancyView | None:
    """Return the occupancy view to show: of ``given`` (its problems are errors), else of a folder found
    next to the run if it fits this epoch's k-means maps (if not, a warning and none), else None."""
    folder = find_occupancy(explorer, given)
    if folder is None:
        return None
    try:
        return open_occupancy(explorer, folder)
    except InputError as exc:
        if given:
            raise
        get_logger().warning(f"dashboard: not showing the occupancy analysis in {folder}: {exc}")
        return None


def convergence_plots(workdir: Path) -> list[str]:
    """Return the plots of the latest ``convergence.E`` folder, as paths relative to ``workdir``."""
    folders = sorted((p for p in workdir.glob("convergence.*") if re.fullmatch(r"convergence\.\d+", p.name)),
                     key=lambda p: int(p.name.split(".")[1]))
    if not folders:
        return []
    return [str(p.relative_to(workdir)) for p in sorted((folders[-1] / "plots").glob("*.png"))]


@dataclass(frozen=True)
class LandscapeView:
    """The states of ``analyze_landscape`` for the explorer's epoch: one label per row of z (−1: not analysed)."""

    folder: Path        # WORKDIR/landscape.E
    clustering: Path    # its clustering_* folder: state_S_mean.mrc, plots
    labels: np.ndarray  # (N,) int64

    def rows(self, state: int) -> np.ndarray:
        if state not in self.states():
            raise InputError(f"no landscape state {state}")
        return np.flatnonzero(self.labels == state)

    def states(self) -> list[int]:
        return sorted(int(s) for s in np.unique(self.labels) if s >= 0)

    def mean_map(self, state: int) -> tuple[np.ndarray, float]:
        """Return the state's particle-weighted mean map (D, D, D) and its pixel size."""
        self.rows(state)
        volume, header = read_volume(self.clustering / f"state_{state}_mean.mrc")
        return volume, header.apix

    def quantity(self) -> Quantity:
        names = [str(s) for s in self.states()]
        codes = np.searchsorted(np.array(self.states()), self.labels).astype(np.float32)
        if (self.labels < 0).any():  # particles left out (analyze_landscape --ind): a category of their own
            names, codes = ["not analysed", *names], np.where(self.labels < 0, 0, codes + 1).astype(np.float32)
        return Quantity("landscape state", codes, CATEGORY, tuple(names))

    def describe(self, workdir: Path) -> dict:
        plots = [*sorted(self.folder.glob("*.png")), *sorted(self.clustering.glob("*.png"))]
        return {"folder": str(self.folder.relative_to(workdir)), "clustering": self.clustering.name,
                "states": [{"state": s, "particles": int((self.labels == s).sum())} for s in self.states()],
                "plots": [str(p.relative_to(workdir)) for p in plots]}


def landscape_for(explorer: Explorer) -> LandscapeView | None:
    """Return the landscape analysis of the explorer's epoch (``WORKDIR/landscape.E``, its latest clustering),
    or None (with a warning when one is there but does not fit this run's particles)."""
    folder = explorer.run.workdir / f"landscape.{explorer.run.epoch}"
    clusterings = sorted(folder.glob("clustering_*/state_labels.pkl"), key=lambda p: p.stat().st_mtime)
    if not clusterings:
        return None
    labels = np.asarray(load_pkl(clusterings[-1]), np.int64).ravel()
    if len(labels) != explorer.n_particles:
        get_logger().warning(f"dashboard: not showing {folder}: {len(labels)} state labels for "
                             f"{explorer.n_particles} particles")
        return None
    return LandscapeView(folder, clusterings[-1].parent, labels)
