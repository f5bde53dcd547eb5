"""The landscape over every particle (cryoDRGN's analyze_landscape_full): maps for a sample of particles are
projected on the landscape's volume PCs, a network learns z → volume PCs, and every particle is placed and
clustered in that map-based space."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from cryoscape.analysis.landscape import VolumePca
from cryoscape.analysis.volumes import VolumeOptions, iter_volumes, resolve_box_apix
from cryoscape.analysis.workdir import TrainingRun
from cryoscape.errors import InputError
from cryoscape.io import load_pkl, read_volume, save_pkl, staged_folder
from cryoscape.logs import get_logger, progress_bar
from cryoscape.models import load_trained_model


@dataclass(frozen=True)
class FullLandscapeOptions:
    """n_volumes: particles whose maps train the regressor; epochs, lr, batch_size, width, layers: the regressor
    (an MLP z → volume PCs); n_neighbors, resolution: Louvain clustering of the particles' kNN graph."""

    n_volumes: int = 10000
    epochs: int = 200
    lr: float = 1e-4
    batch_size: int = 64
    width: int = 512
    layers: int = 3
    n_neighbors: int = 30
    resolution: float = 0.2  # measured: ARI 0.97 (quick demo), 0.99 (test run); 1.5 over-splits (0.39)
    plot_dim: int = 5
    seed: int = 0


def load_volume_pca(landscape_dir: Path) -> tuple[VolumePca, np.ndarray]:
    """Return (the landscape's volume PCA, its mask) from an analyze_landscape folder."""
    model_file, mask_file = landscape_dir / "vol_pca_model.pkl", landscape_dir / "mask.mrc"
    if not model_file.is_file() or not mask_file.is_file():
        raise InputError(f"{landscape_dir} holds no volume PCA (vol_pca_model.pkl, mask.mrc); run analyze_landscape "
                         "first (or give --landscape-dir)")
    saved = load_pkl(model_file)
    pca = VolumePca(np.asarray(saved["mean"], np.float64), np.asarray(saved["components"], np.float64),
                    np.asarray(load_pkl(landscape_dir / "vol_pca.pkl")), np.asarray(saved["explained"]))
    return pca, read_volume(mask_file, "landscape mask")[0]


def project_maps(run: TrainingRun, latents: np.ndarray, pca: VolumePca, mask: np.ndarray, volumes: VolumeOptions,
                 progress: bool = True) -> np.ndarray:
    """Return the volume-PC coordinates (n, C) of the maps decoded at ``latents`` (n, zdim), one batch at a time."""
    model, config = load_trained_model(run.weights_path, run.config_path)
    box, _ = resolve_box_apix(config, volumes)
    if mask.shape != (box,) * 3:
        raise InputError(f"the landscape's maps are {mask.shape[0]}³ but -d gives {box}³; use the landscape's box")
    inside = mask > 0
    weights = mask[inside]
    coords = np.empty((len(latents), pca.components.shape[0]), np.float32)
    for i, volume in iter_volumes(model, config, latents, volumes, batch=8, progress=progress, desc="training maps"):
        coords[i] = pca.project((volume[inside] * weights)[None])[0]
    return coords


class Regressor(nn.Module):
    """An MLP from z (zdim) to volume PCs (C): ``layers`` hidden layers of ``width`` with ReLU."""

    def __init__(self, zdim: int, out_dim: int, width: int, layers: int):
        super().__init__()
        sizes = [zdim] + [width] * layers
        parts: list[nn.Module] = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            parts += [nn.Linear(a, b), nn.ReLU()]
        self.net = nn.Sequential(*parts, nn.Linear(sizes[-1], out_dim))

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.net(z)


def fit_regressor(z: np.ndarray, targets: np.ndarray, options: FullLandscapeOptions, progress: bool = True
                  ) -> tuple[Regressor, dict[str, np.ndarray], float]:
    """Return (the regressor, its input/output scalings, R² on a held-out tenth of the training maps)."""
    rng = np.random.default_rng(options.seed)
    torch.manual_seed(options.seed)
    scale = {"z_mean": z.mean(0), "z_std": z.std(0) + 1e-6, "y_mean": targets.mean(0), "y_std": targets.std(0) + 1e-6}
    x = torch.from_numpy(((z - scale["z_mean"]) / scale["z_std"]).astype(np.float32))
    y = torch.from_numpy(((targets - scale["y_mean"]) / scale["y_std"]).astype(np.float32))
    order = rng.permutation(len(x))
    n_test = max(1, len(x) // 10)
    test, train = order[:n_test], order[n_test:]
    model = Regressor(z.shape[1], targets.shape[1], options.width, options.layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=options.lr)
    with progress_bar(total=options.epochs, desc="regressor", unit="epoch", enabled=progress) as bar:
        for _ in range(options.epochs):
            for start in range(0, len(train), options.batch_size):
                batch = train[start:start + options.batch_size]
                loss = ((model(x[batch]) - y[batch]) ** 2).mean()
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            rng.shuffle(train)
            bar.update(1)
    with torch.no_grad():
        residual = ((model(x[test]) - y[test]) ** 2).sum().item()
        total = ((y[test] - y[test].mean(0)) ** 2).sum().item()
    return model.eval(), scale, 1.0 - residual / max(total, 1e-12)


@torch.no_grad()
def predict(model: Regressor, scale: dict[str, np.ndarray], z: np.ndarray, batch: int = 65536) -> np.ndarray:
    """Return the predicted volume-PC coordinates (N, C) of latents z (N, zdim)."""
    out = []
    for start in range(0, len(z), batch):
        x = torch.from_numpy(((z[start:start + batch] - scale["z_mean"]) / scale["z_std"]).astype(np.float32))
        out.append(model(x).numpy() * scale["y_std"] + scale["y_mean"])
    return np.concatenate(out).astype(np.float32)


def louvain_states(points: np.ndarray, n_neighbors: int, resolution: float, seed: int = 0,
                   max_graph: int = 50_000) -> np.ndarray:
    """Return a community (0 …, largest first) per point (N, C): Louvain on a kNN graph of up to ``max_graph``
    points; the others take the community of their nearest graph point."""
    import networkx as nx
    from sklearn.neighbors import NearestNeighbors

    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(len(points), min(max_graph, len(points)), replace=False))
    k = min(n_neighbors, len(sample) - 1)
    neighbours = NearestNeighbors(n_neighbors=k + 1).fit(points[sample])
    _, index = neighbours.kneighbors(points[sample])
    graph = nx.Graph()
    graph.add_nodes_from(range(len(sample)))
    graph.add_edges_from((i, int(j)) for i, row in enumerate(index) for j in row[1:])
    communities = nx.community.louvain_communities(graph, resolution=resolution, seed=seed)
    labels = np.empty(len(sample), np.int64)
    for label, members in enumerate(sorted(communities, key=len, reverse=True)):
        labels[list(members)] = label
    _, nearest = neighbours.kneighbors(points, n_neighbors=1)
    return labels[nearest[:, 0]]


def analyze_landscape_full(run: TrainingRun, landscape_dir: str | os.PathLike, outdir: str | os.PathLike,
                           options: FullLandscapeOptions = FullLandscapeOptions(),
                           volumes: VolumeOptions = VolumeOptions(), progress: bool = True) -> dict:
    """Place every particle of ``run`` in the landscape's volume-PC space; write the coordinates, states, plots."""
    log = get_logger()
    landscape_dir = Path(landscape_dir)
    pca, mask = load_volume_pca(landscape_dir)
    volumes = VolumeOptions(box=volumes.box or mask.shape[0], apix=volumes.apix, flip=volumes.flip)
    z = run.latents()
    rng = np.random.default_rng(options.seed)
    sample = np.sort(rng.choice(len(z), min(options.n_volumes, len(z)), replace=False))
    targets = project_maps(run, z[sample], pca, mask, volumes, progress)
    regressor, scale, r2 = fit_regressor(z[sample], targets, options, progress)
    log.info(f"regressor z → {targets.shape[1]} volume PCs: R² {r2:.3f} on {max(1, len(sample) // 10)} held-out maps")
    coords = predict(regressor, scale, z)
    coords[sample] = targets  # where the maps were made, their own coordinates
    states = louvain_states(coords, options.n_neighbors, options.resolution, options.seed)
    with staged_folder(outdir) as out:
        save_pkl(coords, out / "vol_pcs_all.pkl")
        save_pkl(targets, out / "vol_pcs_sample.pkl")
        np.savetxt(out / "sample_particles.txt", run.particle_ids(len(z))[sample], fmt="%d")
        save_pkl(states, out / "state_labels.pkl")
        (out / "regressor_r2.txt").write_text(f"{r2:.6f}\n")
        _plots(out, coords, states, options.plot_dim)
    log.info(f"{states.max() + 1} states over {len(z)} particles (Louvain, resolution {options.resolution}); "
             f"wrote {outdir}")
    return {"r2": r2, "states": states, "coords": coords}


def _plots(out: Path, coords: np.ndarray, states: np.ndarray, plot_dim: int) -> None:
    from cryoscape.plotting import class_colours, pair_grid_png, plot_classes, plot_hexbin

    dims = min(plot_dim, coords.shape[1])
    names = [str(s) for s in range(int(states.max()) + 1)]
    if dims >= 2:
        (out / "vol_pcs_pairs.png").write_bytes(pair_grid_png(coords[:, :dims], [f"vol PC{i + 1}" for i in range(dims)],
                                                              states if len(names) <= 20 else None,
                                                              tuple(names) if len(names) <= 20 else ()))
        plot_hexbin(coords[:, :2], out / "vol_pc1_pc2_density.png", ("vol PC1", "vol PC2"), "all particles")
        plot_classes(coords[:, :2], states.astype(str), out / "vol_pc1_pc2_states.png", ("vol PC1", "vol PC2"),
                     class_colours(names), title="particles by state")
