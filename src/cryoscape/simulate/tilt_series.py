"""``simulate --tilt-series``: particles imaged as dose-symmetric tilt series, written as a RELION-5 export.

Each particle sits at a random place in one of a few tomograms, with a random orientation. Each
tomogram is a tilt series from −``max_tilt`` to +``max_tilt`` in ``step`` increments, collected
dose-symmetrically (0°, +step, −step, +2·step, …) with ``dose_per_tilt`` e⁻/Å² per tilt; the tilt
axis lies at ``axis_deg`` in the image. Every tilt image of a particle is rendered with its own pose
(tilt geometry composed with the particle's orientation), defocus (the tilt's, plus the particle's
depth), radiation damage (each frequency's amplitude × exp(−dose/2Ne), Grant & Grigorieff) and noise
(its variance / cos(tilt): the beam crosses more ice at high tilt).

The folder holds what RELION 5 writes after "Extract subtomos" with 2D stacks (not CTF-premultiplied):
``tomograms.star``, ``tilt_series/TS_N.star``, ``particles.star`` and ``Subtomograms/TS_N/K_stack2d.mrcs``;
``parse_relion`` expands it. ``truth/`` holds per-particle labels, the maps, and ``truth/poses.pkl`` with
every visible tilt image's pose, in the order ``parse_relion`` writes the images.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import torch

from cryoscape.data import CtfParameters
from cryoscape.data.relion_tomo import tilt_matrices
from cryoscape.data.tilts import dose_weights
from cryoscape.errors import InputError
from cryoscape.geometry import random_rotations, relion_euler_from_rotations
from cryoscape.io import AtomicModel, MrcStackWriter, save_pkl, staged_folder, write_star_blocks
from cryoscape.simulate.dataset import (SimulationSettings, SimulationSummary, check_settings, prepare_atomic_source,
                                        prepare_output_folder, write_settings_record)
from cryoscape.simulate.imaging import image_signal_variance, noise_sigma_for_snr
from cryoscape.simulate.outputs import group_definitions, write_labels, write_truth_maps, write_yaml
from cryoscape.simulate.particles import ParticleDraws, draw_particles
from cryoscape.simulate.render import RENDER_BATCH, clean_signal
from cryoscape.simulate.config import HeterogeneitySpec
from cryoscape.logs import progress_bar

TOMOGRAM_HALF_EXTENT_ANGSTROM = (2000.0, 2000.0, 600.0)  # particles are placed uniformly in this box
HIDDEN_FRACTION = 0.1  # particles that are not visible in their two highest tilts (off the camera)


@dataclass(frozen=True)
class TiltScheme:
    """How every tomogram's tilt series is collected."""

    max_tilt_deg: float = 60.0
    step_deg: float = 3.0
    dose_per_tilt: float = 3.0  # e⁻/Å²
    axis_deg: float = 85.0  # the tilt axis' angle in the image (RELION's ZRot)
    tomograms: int = 2
    hand: float = -1.0

    def __post_init__(self) -> None:
        if not 0 < self.max_tilt_deg < 90 or not 0 < self.step_deg <= self.max_tilt_deg:
            raise InputError(f"--tilt-max {self.max_tilt_deg} / --tilt-step {self.step_deg}: need 0 < step ≤ max < 90")
        if not self.dose_per_tilt >= 0:
            raise InputError(f"--dose-per-tilt {self.dose_per_tilt}: give a dose ≥ 0 e⁻/Å²")
        if self.tomograms < 1:
            raise InputError(f"--tomograms {self.tomograms}: give at least one")

    def tilts(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (stage tilts in file order −max … +max (F,), exposure before each (F,)) of the
        dose-symmetric scheme 0, +s, −s, +2s, −2s, …"""
        steps = int(round(self.max_tilt_deg / self.step_deg))
        angles = np.arange(-steps, steps + 1) * self.step_deg
        acquisition = np.argsort(np.abs(angles) * 2 - (angles > 0), kind="stable")  # 0, +s, −s, +2s, …
        rank = np.empty(len(angles), np.int64)
        rank[acquisition] = np.arange(len(angles))
        return angles.astype(np.float64), rank * self.dose_per_tilt


@dataclass(frozen=True)
class Placement:
    """Where the particles are: tomogram (P,), true centred position (P, 3) Å, the origin offset (P, 3) Å
    the refinement found (the stacks are cut at position + frame · origin), the subtomogram frame (P, 3, 3)
    and visible tilts (P, F)."""

    tomogram: np.ndarray
    position: np.ndarray
    origin: np.ndarray
    frame: np.ndarray
    visible: np.ndarray


def _place(n: int, scheme: TiltScheme, n_tilts: int, shift_max_angstrom: float, rng: np.random.Generator) -> Placement:
    extent = np.array(TOMOGRAM_HALF_EXTENT_ANGSTROM)
    visible = np.ones((n, n_tilts), bool)
    hidden = rng.random(n) < HIDDEN_FRACTION
    visible[hidden, 0] = visible[hidden, -1] = False
    return Placement(np.arange(n) % scheme.tomograms, rng.uniform(-extent, extent, size=(n, 3)),
                     rng.uniform(-1, 1, size=(n, 3)) * shift_max_angstrom / np.sqrt(3),
                     random_rotations(n, rng).astype(np.float64), visible)


def _tilt_ctf(draws: ParticleDraws, placement: Placement, matrices: np.ndarray, base_defocus: np.ndarray,
              hand: float) -> CtfParameters:
    """Return the CTF of every tilt image (P·F rows): the tomogram's defocus at the tilt, plus depth."""
    n, n_tilts = placement.visible.shape
    values = np.repeat(np.array(draws.ctf.values, np.float64), n_tilts, axis=0)
    depth = np.einsum("pfij,pj->pfi", matrices[placement.tomogram], placement.position)[..., 2].ravel()
    values[:, 2] = values[:, 3] = base_defocus[placement.tomogram].reshape(-1) + hand * depth
    values[:, 4] = 0.0  # the tilt series' defocus has no astigmatism here: one value per tilt
    return CtfParameters(values.astype(np.float32), "the tilt-series settings")


def _image_draws(draws: ParticleDraws, placement: Placement, matrices: np.ndarray, apix: float,
                 ctf: CtfParameters) -> ParticleDraws:
    """Return the truth of every tilt image (P·F, particle-major): each its particle's state, its own pose."""
    n, n_tilts = placement.visible.shape
    per_tilt = matrices[placement.tomogram]  # (P, F, 3, 3)
    rotations = per_tilt @ draws.rotations.astype(np.float64)[:, None]
    offsets = np.einsum("pfij,pjk,pk->pfi", per_tilt, placement.frame, placement.origin)
    repeat = lambda a: np.repeat(a, n_tilts, axis=0)  # noqa: E731
    return ParticleDraws(repeat(draws.class_index), repeat(draws.junk_kind), repeat(draws.motion_angle_deg),
                         rotations.reshape(-1, 3, 3).astype(np.float32), -offsets[..., :2].reshape(-1, 2) / apix,
                         ctf, repeat(draws.fragment_atom))


def _acquisition_order(visible: np.ndarray, dose: np.ndarray) -> np.ndarray:
    """Return the image rows (into P·F) of every visible tilt, particle by particle, lowest dose first."""
    n_tilts = visible.shape[1]
    by_dose = np.argsort(dose, kind="stable")
    return np.concatenate([p * n_tilts + by_dose[row[by_dose]] for p, row in enumerate(visible)])


def _damage(images: torch.Tensor, apix: float, dose: np.ndarray) -> torch.Tensor:
    """Return images (B, D, D) with each frequency's amplitude scaled by exp(−dose / 2Ne(k))."""
    box = images.shape[-1]
    fy = np.fft.fftfreq(box, d=apix)[:, None]
    fx = np.fft.rfftfreq(box, d=apix)[None, :]
    radius = np.sqrt(fx ** 2 + fy ** 2).ravel()
    attenuation, _ = dose_weights(radius, dose)
    factor = torch.from_numpy(attenuation.reshape(len(dose), box, box // 2 + 1)).float()
    return torch.fft.irfft2(torch.fft.rfft2(images) * factor, s=(box, box))


def _write_star_files(folder: Path, settings: SimulationSettings, scheme: TiltScheme, draws: ParticleDraws,
                      placement: Placement, angles: np.ndarray, dose: np.ndarray, base_defocus: np.ndarray,
                      stacks: list[str]) -> None:
    im = draws.ctf
    names = [f"TS_{t + 1:02d}" for t in range(scheme.tomograms)]
    (folder / "tilt_series").mkdir()
    extent = np.array(TOMOGRAM_HALF_EXTENT_ANGSTROM) * 2 / settings.apix
    write_star_blocks(folder / "tomograms.star", {"global": pd.DataFrame({
        "rlnTomoName": names, "rlnTomoTiltSeriesStarFile": [f"tilt_series/{n}.star" for n in names],
        "rlnVoltage": float(im.voltage_kv[0]), "rlnSphericalAberration": float(im.cs_mm[0]),
        "rlnAmplitudeContrast": float(im.amplitude_contrast[0]), "rlnMicrographOriginalPixelSize": settings.apix,
        "rlnTomoHand": scheme.hand, "rlnTomoTiltSeriesPixelSize": settings.apix,
        "rlnTomoSizeX": int(extent[0]), "rlnTomoSizeY": int(extent[1]), "rlnTomoSizeZ": int(extent[2])})},
        version="50001")
    for t, name in enumerate(names):
        write_star_blocks(folder / "tilt_series" / f"{name}.star", {name: pd.DataFrame({
            "rlnMicrographName": [f"frames/{name}_{a:+.1f}.mrc" for a in angles],
            "rlnTomoNominalStageTiltAngle": angles, "rlnTomoNominalTiltAxisAngle": scheme.axis_deg,
            "rlnMicrographPreExposure": dose, "rlnDefocusU": base_defocus[t], "rlnDefocusV": base_defocus[t],
            "rlnDefocusAngle": 0.0, "rlnCtfScalefactor": 1.0, "rlnTomoXTilt": 0.0, "rlnTomoYTilt": angles,
            "rlnTomoZRot": scheme.axis_deg, "rlnTomoXShiftAngst": 0.0, "rlnTomoYShiftAngst": 0.0})}, version="50001")
    part = np.einsum("pji,pjk->pik", placement.frame, draws.rotations.astype(np.float64))  # A_sub⁻¹ · A
    sub_angles, part_angles = relion_euler_from_rotations(placement.frame), relion_euler_from_rotations(part)
    # the stacks were cut at the recorded coordinate; the particle sits at coordinate − A_sub·origin (RELION)
    recorded = placement.position + np.einsum("pij,pj->pi", placement.frame, placement.origin)
    optics = pd.DataFrame({
        "rlnOpticsGroup": [1], "rlnOpticsGroupName": ["opticsGroup1"], "rlnVoltage": float(im.voltage_kv[0]),
        "rlnSphericalAberration": float(im.cs_mm[0]), "rlnAmplitudeContrast": float(im.amplitude_contrast[0]),
        "rlnTomoTiltSeriesPixelSize": settings.apix, "rlnCtfDataAreCtfPremultiplied": 0,
        "rlnImageDimensionality": 2, "rlnTomoSubtomogramBinning": 1.0, "rlnImagePixelSize": settings.apix,
        "rlnImageSize": settings.box_size})
    particles = pd.DataFrame({
        "rlnTomoName": [names[t] for t in placement.tomogram],
        "rlnTomoSubtomogramRot": sub_angles[:, 0], "rlnTomoSubtomogramTilt": sub_angles[:, 1],
        "rlnTomoSubtomogramPsi": sub_angles[:, 2], "rlnAngleRot": part_angles[:, 0],
        "rlnAngleTilt": part_angles[:, 1], "rlnAnglePsi": part_angles[:, 2], "rlnOpticsGroup": 1,
        "rlnTomoParticleName": [f"{names[t]}/{i + 1}" for i, t in enumerate(placement.tomogram)],
        "rlnTomoVisibleFrames": ["[" + ",".join(str(int(v)) for v in row) + "]" for row in placement.visible],
        "rlnImageName": stacks,
        "rlnOriginXAngst": placement.origin[:, 0], "rlnOriginYAngst": placement.origin[:, 1],
        "rlnOriginZAngst": placement.origin[:, 2],
        "rlnCenteredCoordinateXAngst": recorded[:, 0], "rlnCenteredCoordinateYAngst": recorded[:, 1],
        "rlnCenteredCoordinateZAngst": recorded[:, 2]})
    write_star_blocks(folder / "particles.star", {"general": {"rlnTomoSubTomosAre2DStacks": 1},
                                                  "optics": optics, "particles": particles}, version="50001")


def simulate_tilt_series(settings: SimulationSettings, spec: HeterogeneitySpec, scheme: TiltScheme,
                         output_dir: str | os.PathLike, model: AtomicModel, progress: bool = True) -> SimulationSummary:
    """Simulate ``settings.n_particles`` particles of ``model`` as tilt series into ``output_dir``."""
    started = time.perf_counter()
    check_settings(settings)
    angles, dose = scheme.tilts()
    n, n_tilts = settings.n_particles, len(angles)
    output_dir = prepare_output_folder(output_dir, n * n_tilts * settings.box_size ** 2 * 4 * 1.1)
    source, resolved, _ = prepare_atomic_source(model, spec, settings)
    rng = np.random.default_rng(settings.seed)
    draws = draw_particles(resolved, spec, settings.n_particles, settings.box_size, settings.apix, rng)
    placement = _place(n, scheme, n_tilts, spec.imaging.shift_max_px * settings.apix, rng)
    matrices = tilt_matrices(np.zeros(n_tilts), angles, np.full(n_tilts, scheme.axis_deg))
    matrices = np.broadcast_to(matrices, (scheme.tomograms, n_tilts, 3, 3))
    im = spec.imaging
    base_defocus = rng.uniform(im.defocus_min_angstrom, im.defocus_max_angstrom, size=(scheme.tomograms, 1)
                               ) + np.zeros((1, n_tilts))
    ctf = _tilt_ctf(draws, placement, matrices, base_defocus, scheme.hand)
    images = _image_draws(draws, placement, matrices, settings.apix, ctf)
    image_dose, image_tilt = np.tile(dose, n), np.tile(angles, n)
    with staged_folder(output_dir) as workdir:  # a failure leaves no partial folder
        zero_tilt = np.flatnonzero((image_tilt == 0) & (np.repeat(draws.class_index, n_tilts) >= 0))[:256]
        signal_variance = image_signal_variance(clean_signal(source, images, zero_tilt, settings.apix))
        noise_sigma = noise_sigma_for_snr(signal_variance, settings.snr)
        names = [f"TS_{t + 1:02d}" for t in range(scheme.tomograms)]
        stacks = [f"Subtomograms/{names[t]}/{i + 1}_stack2d.mrcs" for i, t in enumerate(placement.tomogram)]
        for name in names:
            (workdir / "Subtomograms" / name).mkdir(parents=True)
        writers = {}
        with progress_bar(total=n * n_tilts, desc="simulate tilts", unit="img", enabled=progress) as bar:
            for number, start in enumerate(range(0, n * n_tilts, RENDER_BATCH)):
                batch = np.arange(start, min(start + RENDER_BATCH, n * n_tilts))
                signal = _damage(clean_signal(source, images, batch, settings.apix), settings.apix, image_dose[batch])
                sigma = noise_sigma / np.sqrt(np.cos(np.deg2rad(image_tilt[batch])))
                noise = np.random.default_rng([settings.seed, 3, number]).standard_normal(tuple(signal.shape))
                stack = (-signal.numpy() + noise * sigma[:, None, None]).astype(np.float32)
                for p in np.unique(batch // n_tilts):
                    if p not in writers:
                        writers[p] = MrcStackWriter(workdir / stacks[p], n_tilts, settings.box_size, settings.apix)
                    writers[p].write(stack[batch // n_tilts == p])
                    if writers[p].n_written == n_tilts:
                        writers.pop(p).close()
                bar.update(len(batch))
        _write_star_files(workdir, settings, scheme, draws, placement, angles, dose, base_defocus[:, 0], stacks)
        truth = workdir / "truth"
        labels = write_labels(truth / "labels.csv", draws, resolved.class_names)
        shown = _acquisition_order(placement.visible, dose)
        save_pkl((images.rotations[shown], images.translations[shown]), truth / "poses.pkl")
        save_pkl(np.array(ctf.values)[shown], truth / "ctf.pkl")
        write_truth_maps(truth, resolved, settings.apix, settings.box_size, source.atom_sigma_angstrom,
                         settings.truth_boxes)
        write_yaml(truth / "groups.yaml", group_definitions(resolved))
        counts = write_settings_record(truth, settings, spec, labels, resolved.class_names,
                                       tilt_scheme=dataclasses.asdict(scheme), noise_sigma_zero_tilt=noise_sigma,
                                       signal_variance=signal_variance)
    return SimulationSummary(output_dir, counts, int(labels["is_junk"].sum()), noise_sigma, signal_variance,
                             time.perf_counter() - started)
