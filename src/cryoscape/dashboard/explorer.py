"""What the particle explorer shows: the latents of one epoch, their 2D views and every per-particle quantity.

Everything is read once when the dashboard starts, from the train_vae folder and the ``analyze.E``
folder of the epoch: UMAP and PCA (analyze's, so the dashboard shows what the plots and notebooks
show), k-means labels for every K analyze ran with, and the quantities a user colours by: defocus
and pose angles of the run's own CTF and pose files, latent magnitude, saved selections, and the
simulation's truth when the particles came from ``cryoscape simulate``. Arrays go to the browser as
raw little-endian float32, one value per particle in the order of z.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.analysis import TrainingRun, latent_magnitude
from cryoscape.data import load_ctf, load_poses
from cryoscape.errors import InputError
from cryoscape.geometry import relion_euler_from_rotations
from cryoscape.io import load_index, load_pkl
from cryoscape.logs import get_logger

CATEGORY, CONTINUOUS = "category", "continuous"


@dataclass(frozen=True)
class Quantity:
    """One per-particle value to colour by: (N,) float32; categories are 0…C-1 with their names."""

    name: str
    values: np.ndarray
    kind: str = CONTINUOUS
    categories: tuple[str, ...] = ()

    def describe(self) -> dict:
        finite = self.values[np.isfinite(self.values)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
        return {"name": self.name, "kind": self.kind, "categories": list(self.categories), "min": lo, "max": hi}


@dataclass
class Explorer:
    """The particles of one epoch: latents, 2D embeddings and quantities, all in the order of z."""

    run: TrainingRun
    analysis_dir: Path
    z: np.ndarray                                      # (N, zdim) float32
    particle_ids: np.ndarray                           # (N,) index into the original stack
    embeddings: dict[str, np.ndarray] = field(default_factory=dict)  # name → (N, 2) float32
    quantities: dict[str, Quantity] = field(default_factory=dict)
    kmeans: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)  # K → (labels, centre rows)
    truth_dir: Path | None = None
    pcs: np.ndarray | None = None                      # (N, zdim) float32, analyze's PCA projections

    @property
    def n_particles(self) -> int:
        return len(self.z)

    def embedding(self, name: str) -> np.ndarray:
        """Return the (N, 2) view ``name``: an analyze embedding, or 'z3-z5' for latent dimensions 3 and 5."""
        if name in self.embeddings:
            return self.embeddings[name]
        match = re.fullmatch(r"z(\d+)-z(\d+)", name)
        if match:
            i, j = (int(g) - 1 for g in match.groups())
            if 0 <= i < self.z.shape[1] and 0 <= j < self.z.shape[1]:
                return np.ascontiguousarray(self.z[:, [i, j]], np.float32)
        raise InputError(f"no view {name!r}; views: {', '.join(self.view_names())}")

    def view_names(self) -> list[str]:
        dims = self.z.shape[1]
        return list(self.embeddings) + [f"z{i + 1}-z{j + 1}" for i in range(dims) for j in range(i + 1, dims)]

    def space(self, name: str) -> tuple[np.ndarray, list[str]]:
        """Return (columns (N, D) float32, their names) of a space to plot in several dimensions: 'z' (the
        latents), 'pca' (their principal components) or an embedding ('umap')."""
        if name == "z":
            return self.z, [f"z{i + 1}" for i in range(self.z.shape[1])]
        if name == "pca" and self.pcs is not None:
            return self.pcs, [f"PC{i + 1}" for i in range(self.pcs.shape[1])]
        if name in self.embeddings:
            return self.embeddings[name], [f"{name.upper()} {i + 1}" for i in range(self.embeddings[name].shape[1])]
        raise InputError(f"no space {name!r}; spaces: z, pca, {', '.join(self.embeddings)}")

    def run_values(self) -> dict[str, str]:
        """Return the run's own values by argument name (workdir, epoch, particles, poses, ctf, …): what
        the command builder fills in for a user who continues from this run."""
        data, model = self.run.config.data, self.run.config.model
        values = {"workdir": str(self.run.workdir), "epoch": str(self.run.epoch), "particles": data.particles,
                  "poses": data.poses, "ctf": data.ctf, "datadir": data.datadir, "ind": data.ind,
                  "zdim": str(model.zdim), "enc_dim": str(model.enc_dim), "enc_layers": str(model.enc_layers),
                  "dec_dim": str(model.dec_dim), "dec_layers": str(model.dec_layers),
                  "zfile": str(self.analysis_dir.parent / f"z.{self.run.epoch}.pkl")}
        return {key: value for key, value in values.items() if value}

    def quantity(self, name: str) -> Quantity:
        if name not in self.quantities:
            raise InputError(f"no per-particle quantity {name!r}; choose one of {', '.join(self.quantities)}")
        return self.quantities[name]

    def summary(self) -> dict:
        return {"workdir": str(self.run.workdir), "epoch": self.run.epoch, "particles": self.n_particles,
                "zdim": int(self.z.shape[1]), "views": self.view_names(),
                "quantities": [q.describe() for q in self.quantities.values()],
                "kmeans": {str(k): rows.tolist() for k, (_, rows) in self.kmeans.items()},
                "box_size": self.run.config.model.box_size, "apix": self.run.config.dataset.apix,
                "truth": self.truth_dir is not None}


def latest_analyzed_epoch(workdir: Path) -> int:
    """Return the highest epoch E with an ``analyze.E`` folder in ``workdir``; raise if there is none."""
    epochs = sorted(int(m.group(1)) for p in Path(workdir).glob("analyze.*")
                    if p.is_dir() and (m := re.fullmatch(r"analyze\.(\d+)", p.name)))
    if not epochs:
        raise InputError(f"{workdir} has no analyze output yet: run 'cryoscape analyze {workdir} EPOCH' first")
    return epochs[-1]


def open_explorer(workdir: str | Path, epoch: int | None = None, colour_files: tuple[Path, ...] = ()) -> Explorer:
    """Return the explorer's data for ``epoch`` (default: the latest analysed) of the run in ``workdir``.

    ``colour_files``: .pkl files of one number per particle (see :func:`colour_from_file`) to colour by.
    """
    workdir = Path(workdir)
    if not workdir.is_dir():
        raise InputError(f"{workdir} is not a folder; give the -o folder of a train_vae run")
    epoch = latest_analyzed_epoch(workdir) if epoch is None else epoch
    run = TrainingRun.open(workdir, epoch)
    analysis = workdir / f"analyze.{epoch}"
    if not (analysis / "z_pca.pkl").is_file():
        raise InputError(f"{analysis} holds no analyze output (z_pca.pkl); run 'cryoscape analyze {workdir} "
                         f"{epoch}' first")
    z = np.ascontiguousarray(run.latents(), np.float32)
    explorer = Explorer(run, analysis, z, run.particle_ids(len(z)))
    _add_embeddings(explorer)
    _add_kmeans(explorer)
    _add_metadata(explorer)
    _add_selections(explorer)
    _add_truth(explorer)
    for path in colour_files:
        quantity = colour_from_file(Path(path), explorer.particle_ids)
        explorer.quantities[quantity.name] = quantity
    get_logger().info(f"dashboard: {len(z)} particles of {workdir} epoch {epoch}; views "
                      f"{', '.join(explorer.embeddings)}; {len(explorer.quantities)} quantities")
    return explorer


def _rows_of(values, n: int, source: Path) -> np.ndarray:
    array = np.asarray(values, np.float32)
    if len(array) != n:
        raise InputError(f"{source} has {len(array)} rows but the run has {n} particles; rerun cryoscape analyze")
    return array


def _add_embeddings(explorer: Explorer) -> None:
    n, folder = explorer.n_particles, explorer.analysis_dir
    if (folder / "umap.pkl").is_file():
        explorer.embeddings["umap"] = np.ascontiguousarray(_rows_of(load_pkl(folder / "umap.pkl"), n, folder / "umap.pkl"))
    pcs = _rows_of(load_pkl(folder / "z_pca.pkl"), n, folder / "z_pca.pkl").reshape(n, -1)
    explorer.embeddings["pca"] = np.ascontiguousarray(pcs[:, :2] if pcs.shape[1] > 1 else np.c_[pcs, np.zeros(n)],
                                                      np.float32)
    explorer.pcs = np.ascontiguousarray(pcs, np.float32)


def _add_kmeans(explorer: Explorer) -> None:
    n, ids = explorer.n_particles, explorer.particle_ids
    row_of = {int(p): r for r, p in enumerate(ids)}
    for folder in sorted(explorer.analysis_dir.glob("kmeans*")):
        match = re.fullmatch(r"kmeans(\d+)", folder.name)
        if not match or not (folder / "labels.pkl").is_file():
            continue
        k = int(match.group(1))
        labels = np.asarray(load_pkl(folder / "labels.pkl"), np.int64)
        if len(labels) != n:
            continue
        centres = np.loadtxt(folder / "centers_ind.txt", dtype=np.int64, ndmin=1) \
            if (folder / "centers_ind.txt").is_file() else np.zeros(0, np.int64)
        rows = np.array([row_of.get(int(c), -1) for c in centres], np.int64)
        explorer.kmeans[k] = (labels, rows)
        explorer.quantities[f"k-means {k}"] = Quantity(f"k-means {k}", labels.astype(np.float32), CATEGORY,
                                                       tuple(str(i) for i in range(k)))


def _add_metadata(explorer: Explorer) -> None:
    """Defocus, pose angles and latent magnitude (of a tilt series: those of each particle's lowest-dose tilt
    image); a metadata file that cannot be read is skipped with a warning."""
    data, q = explorer.run.config.data, explorer.quantities
    q["latent magnitude"] = Quantity("latent magnitude", latent_magnitude(explorer.z).astype(np.float32))
    try:
        ids = explorer.run.stack_rows(explorer.particle_ids, first_tilt_only=True)
        if data.ctf:
            ctf = load_ctf(data.ctf)
            q["defocus (Å)"] = Quantity("defocus (Å)", ((ctf.defocus_u_angstrom + ctf.defocus_v_angstrom) / 2)[ids].astype(np.float32))
        angles = relion_euler_from_rotations(load_poses(data.poses).rotations[ids]).astype(np.float32)
        for column, name in enumerate(("rot", "tilt", "psi")):
            q[f"{name} (°)"] = Quantity(f"{name} (°)", np.ascontiguousarray(angles[:, column]))
    except (InputError, OSError, IndexError) as error:
        get_logger().warning(f"dashboard: no defocus/pose colouring ({error})")


def _add_selections(explorer: Explorer) -> None:
    """Each ind_*.pkl in the run folder (and its dashboard/ subfolder) becomes an in/out category."""
    folders = [explorer.run.workdir, explorer.run.workdir / "dashboard"]
    for path in sorted(p for folder in folders if folder.is_dir() for p in folder.glob("ind_*.pkl")):
        try:
            chosen = np.isin(explorer.particle_ids, load_index(path))
        except InputError:
            continue
        name = f"selection {path.relative_to(explorer.run.workdir)}"
        explorer.quantities[name] = Quantity(name, chosen.astype(np.float32), CATEGORY, ("out", "in"))


def colour_from_file(path: Path, particle_ids: np.ndarray, max_categories: int = 30) -> Quantity:
    """Return the quantity a .pkl of one number per particle holds (a per-image loss, a score, a class).

    The array has one value per particle of the run (in the order of z) or per particle of the
    original stack (then the run's particles are picked from it). Whole numbers with at most
    ``max_categories`` distinct values are categories; anything else is continuous.
    """
    try:
        values = np.asarray(load_pkl(path))
    except (TypeError, ValueError) as error:
        raise InputError(f"{path}: not an array of numbers ({error}); give a .pkl of one number per particle") from None
    values = values.reshape(-1) if values.ndim == 2 and 1 in values.shape else values
    if values.ndim != 1 or not np.issubdtype(values.dtype, np.number) or np.issubdtype(values.dtype, np.complexfloating):
        raise InputError(f"{path}: holds an array of shape {values.shape} and type {values.dtype}; "
                         "give a .pkl of one real number per particle")
    n = len(particle_ids)
    if len(values) != n:
        if len(values) <= int(particle_ids.max()):
            raise InputError(f"{path}: {len(values)} values, but the run has {n} particles (of a stack of at least "
                             f"{int(particle_ids.max()) + 1}); give one value per particle of either")
        values = values[particle_ids]
    values = values.astype(np.float64)
    name = f"file {path.name}"
    distinct = np.unique(values[np.isfinite(values)])
    if distinct.size <= max_categories and np.all(distinct == np.round(distinct)):
        codes = np.searchsorted(distinct, values).astype(np.float32)
        return Quantity(name, codes, CATEGORY, tuple(f"{v:g}" for v in distinct))
    return Quantity(name, values.astype(np.float32))


def find_truth(particles: str) -> Path | None:
    """Return the ``truth`` folder of a ``cryoscape simulate`` output the particles came from, if there is one."""
    start = Path(particles).resolve().parent
    for folder in (start, *start.parents[:2]):
        for candidate in (folder / "truth", folder / "sim" / "truth"):
            if (candidate / "labels.csv").is_file():
                return candidate
    return None


def _add_truth(explorer: Explorer) -> None:
    truth = find_truth(explorer.run.config.data.particles)
    if truth is None:
        return
    labels = pd.read_csv(truth / "labels.csv")
    if labels["particle"].max() < explorer.particle_ids.max():
        return  # a truth table of another dataset
    table = labels.set_index("particle").loc[explorer.particle_ids]
    names = tuple(sorted(table["class"].astype(str).unique()))
    codes = np.searchsorted(np.array(names), table["class"].astype(str).to_numpy()).astype(np.float32)
    explorer.quantities["true state"] = Quantity("true state", codes, CATEGORY, names)
    if "motion_angle_deg" in table:
        explorer.quantities["true hinge angle (°)"] = Quantity(
            "true hinge angle (°)", table["motion_angle_deg"].to_numpy(np.float32))
    explorer.truth_dir = truth


def summary_json(explorer: Explorer) -> str:
    return json.dumps(explorer.summary())
