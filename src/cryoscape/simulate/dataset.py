"""``simulate``: a complete synthetic dataset with ground truth, written atomically to one folder.

All settings are checked and all per-particle truth is drawn before any image is rendered; the
folder is assembled under a temporary name and renamed into place only when everything is written.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cryoscape import __version__
from cryoscape.data import chunk_paths
from cryoscape.errors import InputError, OutputError
from cryoscape.io import AtomicModel, MrcStackWriter, check_free_space, save_pkl, staged_folder, write_stack_list
from cryoscape.simulate.config import HeterogeneitySpec
from cryoscape.simulate.imaging import image_signal_variance, noise_sigma_for_snr
from cryoscape.simulate.outputs import (group_definitions, image_names, write_aligned_models, write_labels,
                                        write_map_truth, write_metadata, write_truth_maps, write_yaml)
from cryoscape.simulate.particles import ParticleDraws, draw_particles, map_state, resolve
from cryoscape.simulate.render import RENDER_BATCH, Source, clean_signal, noisy_images
from cryoscape.logs import progress_bar

PILOT_PARTICLES = 256  # good particles whose signal variance sets the noise level


@dataclass(frozen=True)
class SimulationSettings:
    """The command-line settings of one simulation."""

    n_particles: int
    box_size: int
    apix: float
    snr: float
    seed: int = 0
    chunk_size: int | None = None
    truth_boxes: tuple[int, ...] = ()
    source: str = "preset:assembly"
    model_paths: tuple[str, ...] = ()
    coarse_grained: bool = False


@dataclass(frozen=True)
class SimulationSummary:
    output_dir: Path
    class_counts: dict[str, int]
    junk_count: int
    noise_sigma: float
    signal_variance: float
    seconds: float


def check_settings(settings: SimulationSettings) -> None:
    """Raise InputError for settings that cannot be simulated."""
    if settings.n_particles <= 0:
        raise InputError(f"-n {settings.n_particles}: simulate at least one particle")
    if settings.box_size < 16 or settings.box_size % 2:
        raise InputError(f"-D {settings.box_size}: the box must be an even number of pixels ≥ 16")
    if not settings.apix > 0:
        raise InputError(f"--apix {settings.apix}: the pixel size must be positive")
    if not (settings.snr > 0 and np.isfinite(settings.snr)):
        raise InputError(f"--snr {settings.snr}: the signal-to-noise ratio must be a positive number")
    if settings.chunk_size is not None and settings.chunk_size <= 0:
        raise InputError(f"--chunk {settings.chunk_size}: give a positive number of images per file")
    for small in settings.truth_boxes:
        if small % 2 or not 0 < small <= settings.box_size:
            raise InputError(f"--truth-box {small}: must be even and ≤ -D {settings.box_size}")


def centre_model(model: AtomicModel) -> tuple[AtomicModel, np.ndarray]:
    """Return the model moved so its electron-weighted centre is at the origin, and the shift applied."""
    centroid = model.centroid_angstrom()
    return model.with_coords(model.coords_angstrom - centroid), -centroid


def prepare_atomic_source(model: AtomicModel, spec: HeterogeneitySpec, settings: SimulationSettings):
    """Return (Source, ResolvedModel, centring shift) after checking names and that the model fits."""
    centred, shift = centre_model(model)
    if spec.motion is not None and spec.motion.pivot_angstrom is not None:  # the pivot moves with the model
        moved_pivot = tuple(float(x) for x in np.asarray(spec.motion.pivot_angstrom) + shift)
        spec = dataclasses.replace(spec, motion=dataclasses.replace(spec.motion, pivot_angstrom=moved_pivot))
    resolved = resolve(spec, centred)
    im = spec.imaging
    reach = resolved.radius_angstrom() + 3 * im.atom_sigma_angstrom + im.shift_max_px * settings.apix
    half_box = settings.box_size * settings.apix / 2
    if reach > half_box:
        needed = int(np.ceil(2 * reach / settings.apix / 2) * 2)
        raise InputError(
            f"the box is too small: the model reaches {reach:.0f} Å from its centre (with blur and "
            f"shifts) but -D {settings.box_size} × --apix {settings.apix:g} covers ±{half_box:.0f} Å; "
            f"use -D ≥ {needed} or a larger --apix"
        )
    source = Source(resolved, None, im.atom_sigma_angstrom, im.bfactor_angstrom2)
    return source, resolved, shift


def prepare_map_source(volume: np.ndarray, spec: HeterogeneitySpec) -> Source:
    """Return a map source after checking the settings need no atomic model."""
    if spec.classes or spec.motion is not None or spec.groups:
        raise InputError("--map sources have one state: classes, groups and motion need --model or --preset")
    if spec.junk.fraction > 0 and (spec.junk.fragment > 0 or spec.junk.offcentre > 0):
        raise InputError("--map sources support only noise junk: set junk.fragment and junk.offcentre to 0")
    if volume.ndim != 3 or len(set(volume.shape)) != 1:
        raise InputError(f"--map must be a cubic map, got shape {volume.shape}")
    return Source(None, volume.astype(np.float32), spec.imaging.atom_sigma_angstrom,
                  spec.imaging.bfactor_angstrom2)


def _pilot_noise_sigma(source: Source, draws: ParticleDraws, settings: SimulationSettings) -> tuple[float, float]:
    good = np.flatnonzero(draws.class_index >= 0)[:PILOT_PARTICLES]
    if good.size == 0:
        good = np.arange(min(PILOT_PARTICLES, settings.n_particles))
    variance = image_signal_variance(clean_signal(source, draws, good, settings.apix))
    if variance <= 0:
        raise InputError("the simulated particles have no signal in the box; check the model and -D")
    return noise_sigma_for_snr(variance, settings.snr), variance


def _render_stacks(workdir: Path, source: Source, draws: ParticleDraws, settings: SimulationSettings,
                   noise_sigma: float, progress: bool) -> tuple[list[Path], int]:
    n, box = settings.n_particles, settings.box_size
    per_stack = settings.chunk_size or n
    if settings.chunk_size is None:
        stacks = [workdir / "particles.mrcs"]
    else:
        stacks, list_path = chunk_paths(workdir / "particles.mrcs", -(-n // per_stack))
    writers = {}
    with progress_bar(total=n, desc="simulate", unit="img", enabled=progress) as bar:
        for batch_number, start in enumerate(range(0, n, RENDER_BATCH)):
            batch = np.arange(start, min(start + RENDER_BATCH, n))
            images = noisy_images(clean_signal(source, draws, batch, settings.apix), noise_sigma,
                                  settings.seed, batch_number)
            for stack_id in np.unique(batch // per_stack):
                rows = batch // per_stack == stack_id
                if stack_id not in writers:
                    count = min(per_stack, n - stack_id * per_stack)
                    writers[stack_id] = MrcStackWriter(stacks[stack_id], count, box, settings.apix)
                writers[stack_id].write(images[rows])
                if writers[stack_id].n_written == writers[stack_id].shape[0]:
                    writers.pop(stack_id).close()
            bar.update(len(batch))
    if settings.chunk_size is not None:
        write_stack_list(list_path, stacks)
    return stacks, per_stack


def prepare_output_folder(output_dir: str | os.PathLike, needed_bytes: float) -> Path:
    """Return ``output_dir`` after refusing a non-empty one and checking the free space where it goes."""
    output_dir = Path(output_dir)
    if output_dir.exists() and (not output_dir.is_dir() or any(output_dir.iterdir())):
        raise OutputError(f"{output_dir} already exists and is not empty; choose a new -o")
    parent = output_dir.parent if str(output_dir.parent) else Path(".")
    parent.mkdir(parents=True, exist_ok=True)
    check_free_space(parent, needed_bytes)
    return output_dir


def write_settings_record(truth: Path, settings: SimulationSettings, spec: HeterogeneitySpec, labels,
                          class_names: tuple[str, ...], **measured) -> dict[str, int]:
    """Write truth/settings.yaml (version, settings, heterogeneity, ``measured`` values, counts); return the
    particles per state."""
    counts = {name: int((labels["class"] == name).sum()) for name in class_names}
    write_yaml(truth / "settings.yaml", {
        "cryoscape_version": __version__,
        "simulation": {k: (list(v) if isinstance(v, tuple) else v) for k, v in dataclasses.asdict(settings).items()},
        "heterogeneity": spec.to_dict(), **measured,
        "counts": {**counts, "junk": int(labels["is_junk"].sum())},
    })
    return counts


def simulate_dataset(settings: SimulationSettings, spec: HeterogeneitySpec, output_dir: str | os.PathLike,
                     model: AtomicModel | None = None, volume: np.ndarray | None = None,
                     rotations: np.ndarray | None = None, progress: bool = True) -> SimulationSummary:
    """Simulate particles of ``model`` (pseudo-atoms) or ``volume`` into ``output_dir``; return a summary."""
    started = time.perf_counter()
    check_settings(settings)
    output_dir = prepare_output_folder(output_dir, settings.n_particles * settings.box_size ** 2 * 4 * 1.1)
    if model is not None:
        source, resolved, shift = prepare_atomic_source(model, spec, settings)
    else:
        resolved, shift = None, np.zeros(3)
        source = prepare_map_source(volume, spec)
        if volume.shape[-1] != settings.box_size:
            raise InputError(f"the map is {volume.shape[-1]}³ but -D is {settings.box_size}")
    states = resolved if resolved is not None else map_state()
    class_names = states.class_names
    draws = draw_particles(states, spec, settings.n_particles, settings.box_size, settings.apix,
                           np.random.default_rng(settings.seed), rotations)
    with staged_folder(output_dir) as workdir:  # a failure leaves no partial folder
        noise_sigma, signal_variance = _pilot_noise_sigma(source, draws, settings)
        stacks, per_stack = _render_stacks(workdir, source, draws, settings, noise_sigma, progress)
        write_metadata(workdir, draws, image_names(stacks, per_stack, settings.n_particles))
        truth = workdir / "truth"
        labels = write_labels(truth / "labels.csv", draws, class_names)
        save_pkl((draws.rotations, draws.translations), truth / "poses.pkl")
        if resolved is not None:
            write_truth_maps(truth, resolved, settings.apix, settings.box_size, source.atom_sigma_angstrom,
                             settings.truth_boxes)
            box_centre = np.full(3, settings.box_size // 2 * settings.apix)
            if settings.model_paths:  # the input files, moved as the model was for simulation
                write_aligned_models(truth, resolved.model, settings.model_paths, box_centre + shift, False)
            else:
                write_aligned_models(truth, resolved.model, (), box_centre, True)
            write_yaml(truth / "groups.yaml", group_definitions(resolved))
        else:  # a map source has one state: the map itself, at the particle box and smaller boxes
            write_map_truth(truth, source.volume, settings.apix, settings.truth_boxes)
        counts = write_settings_record(truth, settings, spec, labels, class_names,
                                       model_centring_shift_angstrom=[float(x) for x in shift],
                                       noise_sigma=noise_sigma, signal_variance=signal_variance)
    return SimulationSummary(output_dir, counts, int(labels["is_junk"].sum()), noise_sigma, signal_variance,
                             time.perf_counter() - started)
