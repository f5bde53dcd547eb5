"""The analyze_landscape workflow on a training run: sketch maps, mask, volume PCA, states, files and plots.

Maps are generated once and written to ``sketch/``; they are read back from disk for the masked vectors
and the state maps, so memory holds one batch of maps, the masked voxels of all sketch maps and the
state accumulators, not every map at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cryoscape.analysis.landscape import (LandscapeOptions, Sketch, StateAccumulator, VolumePca, cluster_maps,
                                          landscape_mask, sketch_latents, volume_pca)
from cryoscape.analysis.volumes import VolumeOptions, iter_volumes, resolve_box_apix
from cryoscape.analysis.workdir import TrainingRun
from cryoscape.errors import InputError
from cryoscape.io import check_free_space, read_volume, save_pkl, staged_folder, write_mrc
from cryoscape.logs import get_logger, progress_bar
from cryoscape.models import load_trained_model


@dataclass(frozen=True)
class LandscapeResult:
    """What a landscape analysis found: the sketch, the volume PCA, the state of each sketch map (K,) and of
    each particle (N,), and the output folder."""

    sketch: Sketch
    pca: VolumePca
    map_states: np.ndarray
    particle_states: np.ndarray
    outdir: Path


def _sketch_paths(folder: Path, k: int) -> list[Path]:
    return [folder / f"vol_{i:03d}.mrc" for i in range(k)]


def _generate_sketch(run: TrainingRun, sketch: Sketch, folder: Path, volumes: VolumeOptions, apix: float,
                     progress: bool) -> np.ndarray:
    """Write the sketch maps into ``folder``; return their mean map."""
    model, config = load_trained_model(run.weights_path, run.config_path)
    box, _ = resolve_box_apix(config, volumes)
    folder.mkdir(parents=True, exist_ok=True)
    check_free_space(folder, len(sketch.rows) * (box ** 3 * 4 + 1024))
    total = np.zeros((box,) * 3)
    paths = _sketch_paths(folder, len(sketch.rows))
    for i, volume in iter_volumes(model, config, sketch.latents, volumes, progress=progress, desc="sketch maps"):
        write_mrc(paths[i], volume, apix, is_stack=False)
        total += volume
    return (total / len(paths)).astype(np.float32)


def _read_sketch(folder: Path, k: int) -> np.ndarray:
    """Check the existing sketch maps (--skip-vol) and return their mean."""
    paths = _sketch_paths(folder, k)
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise InputError(f"--skip-vol: {missing[0]} and {len(missing) - 1} other sketch maps are missing; run "
                         "once without --skip-vol (with the same -N and --seed)")
    return np.mean([read_volume(p)[0] for p in paths], axis=0, dtype=np.float64).astype(np.float32)


def _masked_vectors(paths: list[Path], mask: np.ndarray, progress: bool) -> np.ndarray:
    inside = mask > 0
    weights = mask[inside].astype(np.float32)
    vectors = np.empty((len(paths), int(inside.sum())), np.float32)
    with progress_bar(total=len(paths), desc="masked maps", unit="map", enabled=progress) as bar:
        for i, path in enumerate(paths):
            vectors[i] = read_volume(path)[0][inside] * weights
            bar.update(1)
    return vectors


def analyze_landscape(run: TrainingRun, outdir: str | os.PathLike, options: LandscapeOptions = LandscapeOptions(),
                      volumes: VolumeOptions = VolumeOptions(), mask: np.ndarray | None = None,
                      skip_vol: bool = False, keep: np.ndarray | None = None, progress: bool = True) -> LandscapeResult:
    """Run the landscape analysis of one epoch of ``run`` into ``outdir`` (all files appear together).

    ``keep``: stack indices of the particles to analyse (e.g. filter's ind_keep, without junk); the others
    get state −1 in ``state_labels.pkl`` (one entry per particle of the run).
    """
    log = get_logger()
    z_all = run.latents()
    ids_all = run.particle_ids(len(z_all))
    rows = np.arange(len(z_all)) if keep is None else np.flatnonzero(np.isin(ids_all, keep))
    if len(rows) < 2:
        raise InputError("--ind keeps fewer than two of the run's particles; give the index of particles it trained on")
    z, ids = z_all[rows], ids_all[rows]
    box = volumes.box or min(128, run.config.model.box_size)
    volumes = VolumeOptions(box=box, apix=volumes.apix, flip=volumes.flip, invert=volumes.invert)
    box, apix = resolve_box_apix(run.config, volumes)
    sketch = sketch_latents(z, options.sketch_size, options.seed)
    k = len(sketch.rows)
    log.info(f"sketch: {k} maps at k-means centres of {len(z)} particles, box {box} ({apix:.3g} Å/px)")
    existing = Path(outdir) / "sketch"
    with staged_folder(outdir) as staging:
        folder = existing if skip_vol else staging / "sketch"
        mean_map = _read_sketch(folder, k) if skip_vol else _generate_sketch(run, sketch, folder, volumes, apix, progress)
        if mask is None:
            mask = landscape_mask(mean_map, apix, options)
        elif mask.shape != mean_map.shape:
            raise InputError(f"--mask is {mask.shape[0]}³ but the sketch maps are {box}³; give a mask on their grid "
                             f"(or -d {mask.shape[0]})")
        write_mrc(staging / "mask.mrc", mask, apix, is_stack=False)
        write_mrc(staging / "mean.mrc", mean_map, apix, is_stack=False)
        vectors = _masked_vectors(_sketch_paths(folder, k), mask, progress)
        pca = volume_pca(vectors, options.pc_dim, options.seed)
        map_states = cluster_maps(pca.projections, min(options.n_states, k), sketch.counts, options.method, options.linkage,
                                  options.seed)
        particle_states = map_states[sketch.particle_map]
        all_states = np.full(len(z_all), -1, np.int64)
        all_states[rows] = particle_states
        _write_tables(staging, sketch, pca, map_states, all_states, ids)
        method = options.linkage if options.method == "agglomerative" else "kmeans"
        cluster_dir = staging / f"clustering_L2_{method}_{options.n_states}"
        _write_states(cluster_dir, _sketch_paths(folder, k), sketch, map_states, particle_states, ids, apix, progress)
        save_pkl(all_states, cluster_dir / "state_labels.pkl")
        _plots(staging, cluster_dir, pca, map_states, sketch, particle_states, z, options)
    log.info("states (particles): " + ", ".join(f"{s}: {int(n)}" for s, n in
                                                enumerate(np.bincount(particle_states, minlength=map_states.max() + 1))))
    return LandscapeResult(sketch, pca, map_states, particle_states, Path(outdir))


def _write_tables(out: Path, sketch: Sketch, pca: VolumePca, map_states: np.ndarray, all_states: np.ndarray,
                  ids: np.ndarray) -> None:
    np.savetxt(out / "sketch_z.txt", sketch.latents, fmt="%.6f")
    save_pkl(sketch.particle_map, out / "sketch_labels.pkl")
    np.savetxt(out / "sketch_particles.txt", ids[sketch.rows], fmt="%d")
    np.savetxt(out / "sketch_counts.txt", sketch.counts, fmt="%d")
    save_pkl(pca.projections.astype(np.float32), out / "vol_pca.pkl")
    save_pkl({"mean": pca.mean.astype(np.float32), "components": pca.components.astype(np.float32),
              "explained": pca.explained}, out / "vol_pca_model.pkl")  # analyze_landscape_full projects on it
    np.savetxt(out / "vol_pca_explained_variance.txt", pca.explained, fmt="%.6f")
    save_pkl(all_states, out / "state_labels.pkl")
    np.savetxt(out / "sketch_states.txt", map_states, fmt="%d")


def _write_states(cluster_dir: Path, paths: list[Path], sketch: Sketch, map_states: np.ndarray,
                  particle_states: np.ndarray, ids: np.ndarray, apix: float, progress: bool) -> None:
    cluster_dir.mkdir()
    n_states = int(map_states.max()) + 1
    first = read_volume(paths[0])[0]
    states = StateAccumulator(n_states, first.shape)
    with progress_bar(total=len(paths), desc="state maps", unit="map", enabled=progress) as bar:
        for i, path in enumerate(paths):
            states.add(int(map_states[i]), first if i == 0 else read_volume(path)[0], float(sketch.counts[i]))
            bar.update(1)
    for state in range(n_states):
        mean, variance = states.mean_and_variance(state)
        write_mrc(cluster_dir / f"state_{state}_mean.mrc", mean, apix, is_stack=False)
        write_mrc(cluster_dir / f"state_{state}_variance.mrc", variance, apix, is_stack=False)
        save_pkl(np.sort(ids[particle_states == state]).astype(np.int64), cluster_dir / f"state_{state}_particles.pkl")


def _plots(out: Path, cluster_dir: Path, pca: VolumePca, map_states: np.ndarray, sketch: Sketch,
           particle_states: np.ndarray, z: np.ndarray, options: LandscapeOptions) -> None:
    from cryoscape.analysis.latents import run_pca
    from cryoscape.plotting import class_colours, pair_grid_png, plot_classes, plot_map_slices

    n_states = int(map_states.max()) + 1
    names = [str(s) for s in range(n_states)]
    dims = min(options.plot_dim, pca.projections.shape[1])
    if dims >= 2:
        png = pair_grid_png(pca.projections[:, :dims], [f"vol PC{i + 1}" for i in range(dims)], map_states,
                            tuple(names), "state")
        (cluster_dir / "vol_pca_states.png").write_bytes(png)
    colours = class_colours(names)
    plot_classes(run_pca(z).projections[:, :2], particle_states.astype(str), cluster_dir / "z_pca_states.png",
                 ("z PC1", "z PC2"), colours, title="particles by landscape state")
    means = {f"state {s}": _state_mean(cluster_dir, s) for s in range(min(n_states, 12))}
    plot_map_slices(means, cluster_dir / "state_mean_slices.png")


def _state_mean(cluster_dir: Path, state: int) -> np.ndarray:
    return read_volume(cluster_dir / f"state_{state}_mean.mrc")[0]
