"""Training with poses that change: ab initio (global search) and refinement of consensus poses (local search).

:class:`PoseTrainer` alternates pose estimation and the network's epochs (coordinate descent on the
joint objective): before an epoch, each particle's pose is re-estimated against the current decoder
and its own conformation, then the epoch fits encoder and decoder to the new poses.

- **Global search epochs** (abinit): the whole SO(3) base grid and a shift grid, then hierarchical
  refinement (:func:`~cryoscape.training.pose_search.search_poses`). Slices are interpolated from band
  volumes decoded once per conformation cluster (k-means of the particles' latent means; one volume
  when homogeneous). The band radius grows from ``radius_start_px`` to ``radius_end_px`` (frequency
  marching) while the network is fitted to a band that widens to Nyquist (the trainer's coarse-to-fine
  schedule).
- **Local refinement epochs**: a few refinement levels around each particle's current pose, with
  slices evaluated exactly by the decoder at the particle's own latent.

The poses of every saved epoch are written as ``pose.N.pkl`` next to ``weights.N.pkl``, and the newest
as ``poses.pkl`` (cryoDRGN's layout, one row per image of the stack: the rows outside ``--ind`` keep
their starting pose).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from cryoscape.data import Poses, load_poses, save_poses
from cryoscape.geometry.so3_grid import angular_distance_deg
from cryoscape.io import atomic_path
from cryoscape.training.batches import ctf_on_lattice
from cryoscape.training.loop import Trainer, encode_all
from cryoscape.training.pose_search import (BandVolumes, DecoderSlices, SearchResult, SearchSettings, local_search,
                                            search_poses)

IMAGES_PER_SEARCH_CHUNK = 1024  # images whose spectra are read and searched together


@dataclass(frozen=True)
class PoseSchedule:
    """When and how poses are estimated. Epochs < ``search_epochs`` start with a global search (after
    ``random_start_epochs`` epochs on the starting poses); later epochs from ``refine_start`` on start
    with a local refinement, every ``refine_every`` epochs (``refine_every`` 0: never)."""

    search_epochs: int = 0
    random_start_epochs: int = 1
    refine_start: int = 1
    refine_every: int = 1
    radius_start_px: float = 8.0
    radius_end_px: float = 16.0
    base_level: int = 2
    levels: int = 3
    kept: int = 8
    shift_extent_px: float = 5.0
    shift_points: int = 7
    refine_step_deg: float = 4.0
    refine_levels: int = 2
    refine_shift_step_px: float = 1.0
    clusters: int = 8

    def global_settings(self, epoch: int) -> SearchSettings:
        span = max(self.search_epochs - self.random_start_epochs - 1, 1)
        fraction = min(max(epoch - self.random_start_epochs, 0) / span, 1.0)
        radius = self.radius_start_px + (self.radius_end_px - self.radius_start_px) * fraction
        return SearchSettings(self.base_level, self.levels, self.kept, self.shift_extent_px, self.shift_points, radius)

    def refine_settings(self) -> SearchSettings:
        return SearchSettings(levels=self.refine_levels, kept=1, radius_px=self.radius_end_px)

    def action(self, epoch: int) -> str | None:
        """Return 'global', 'local' or None: what happens to the poses before ``epoch``."""
        if epoch < self.search_epochs:
            return "global" if epoch >= self.random_start_epochs else None
        if self.refine_every and epoch >= self.refine_start and (epoch - self.refine_start) % self.refine_every == 0:
            return "local"
        return None


def default_radii(box_size: int) -> tuple[float, float]:
    """Return the search band's (start, end) radii in pixels for a box: a quarter of Nyquist, growing to
    0.85 of it at box 32 and to half of it from box 64 (cryoDRGN-AI: 12 → 32 at box 128)."""
    nyquist = box_size / 2
    end = min(nyquist - 2, max(nyquist / 2, 14.0))
    return min(max(nyquist / 4, 6.0), end), end


class PoseTrainer(Trainer):
    """A :class:`Trainer` that re-estimates the poses before epochs, as ``schedule`` says."""

    def __init__(self, *args, schedule: PoseSchedule, full_poses: Poses, indices: np.ndarray, **kwargs):
        super().__init__(*args, **kwargs)
        self.schedule_poses = schedule
        self.full_poses, self.indices = full_poses, np.asarray(indices)

    # -- poses --------------------------------------------------------------------------------------
    def current_poses(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (rotations (n, 3, 3), translations (n, 2) box fractions) of the selected particles."""
        return self.batches.rotations.cpu().double().numpy(), self.batches.translations.cpu().double().numpy()

    def set_poses(self, rotations: torch.Tensor, translations_box: torch.Tensor) -> None:
        self.batches.rotations.copy_(rotations.to(self.batches.rotations))
        self.batches.translations.copy_(translations_box.to(self.batches.translations))

    def load_poses_of(self, weights: Path) -> None:
        """Continue with the poses saved next to ``weights`` (pose.N.pkl of the same epoch)."""
        epoch = int(weights.name.split(".")[1])
        path = weights.parent / f"pose.{epoch}.pkl"
        poses = load_poses(path).select(self.indices)
        self.set_poses(torch.from_numpy(np.array(poses.rotations)), torch.from_numpy(np.array(poses.translations_box)))

    def _search(self, epoch: int) -> dict[str, float] | None:
        action = self.schedule_poses.action(epoch)
        if action is None:
            return None
        started = time.perf_counter()
        before_rot, before_shift = self.current_poses()
        box = self.config.model.box_size
        if action == "global":
            settings = self.schedule_poses.global_settings(epoch)
            source = self._band_volumes(settings.radius_px)
        else:
            settings = self.schedule_poses.refine_settings()
            source = DecoderSlices(self.model, self._latent_means()) if self.config.model.zdim else \
                BandVolumes(self.model, np.zeros((1, 0), np.float32), np.zeros(len(self.data), np.int64),
                            settings.radius_px)
        self.model.eval()
        parts = []
        for first in range(0, len(self.data), IMAGES_PER_SEARCH_CHUNK):
            positions = np.arange(first, min(first + IMAGES_PER_SEARCH_CHUNK, len(self.data)))
            index = self.batches.index(positions)
            spectra = self.batches.spectra[index] if self.batches.spectra is not None else \
                self.data.spectra.get(positions).to(self.device)
            ctf = None if self.batches.ctf is None else ctf_on_lattice(self.batches.lattice, self.batches.ctf[index])
            if action == "global":
                parts.append(search_poses(source, spectra, ctf, self.batches.lattice, settings, rows=index))
            else:
                parts.append(local_search(source, spectra, ctf, self.batches.lattice,
                                          torch.from_numpy(before_rot[positions]),
                                          torch.from_numpy(before_shift[positions] * box),
                                          math.radians(self.schedule_poses.refine_step_deg),
                                          self.schedule_poses.refine_shift_step_px, settings, rows=index))
        self.model.train()
        result = SearchResult(*(torch.cat(p) for p in zip(*((r.rotations, r.shifts_px, r.scores) for r in parts))))
        self.set_poses(result.rotations, result.shifts_px / box)
        after_rot, _ = self.current_poses()
        change = angular_distance_deg(after_rot, before_rot)
        return {"search": action, "search_radius_px": settings.radius_px, "search_seconds": time.perf_counter() - started,
                "pose_change_deg": float(np.median(change))}

    def _latent_means(self, positions: np.ndarray | None = None) -> np.ndarray:
        if positions is None:
            return encode_all(self.model, self.data, self.device, batches=self.batches)[0]
        return super()._latent_means(positions)

    def _band_volumes(self, radius_px: float) -> BandVolumes:
        """Band volumes at the centres of k-means clusters of the latent means (one volume when homogeneous)."""
        n = len(self.data)
        if self.config.model.zdim == 0:
            return BandVolumes(self.model, np.zeros((1, 0), np.float32), np.zeros(n, np.int64), radius_px)
        from sklearn.cluster import KMeans

        mu = self._latent_means()
        clusters = max(1, min(self.schedule_poses.clusters, n // 20))
        fit = KMeans(clusters, n_init=1, random_state=self.config.train.seed).fit(mu)
        return BandVolumes(self.model, fit.cluster_centers_.astype(np.float32), fit.labels_, radius_px)

    # -- files --------------------------------------------------------------------------------------
    def _full_poses(self) -> Poses:
        rotations = np.array(self.full_poses.rotations, np.float32)
        translations = np.array(self.full_poses.translations_box, np.float32)
        rot, trans = self.current_poses()
        rotations[self.indices], translations[self.indices] = rot, trans
        return Poses(rotations, translations, "abinit poses")

    def _save(self, epoch: int, final: bool) -> None:
        super()._save(epoch, final)
        poses = self._full_poses()
        for name in (f"pose.{epoch}.pkl", "poses.pkl"):
            with atomic_path(self.outdir / name) as tmp:
                save_poses(poses, tmp)

    # -- the loop -----------------------------------------------------------------------------------
    def run(self, progress: bool = True, stop_rule=None) -> list[dict]:
        epochs = self.config.train.epochs
        every = max(1, self.config.train.checkpoint_every)
        history = []
        if self.start_epoch >= epochs:
            self.log.info(f"already trained {self.start_epoch} epochs of {epochs}; nothing to do")
        for epoch in range(self.start_epoch, epochs):
            searched = self._search(epoch)
            if searched is not None:
                self.log.info(f"epoch {epoch}: {searched['search']} pose search, band < {searched['search_radius_px']:.1f} "
                              f"px, {searched['search_seconds']:.1f} s, median pose change "
                              f"{searched['pose_change_deg']:.2f}°")
            stats = self._epoch(epoch, np.random.default_rng([self.config.train.seed, epoch]), progress)
            stats.update(searched or {})
            history.append(stats)
            self._log_epoch(stats)
            final = epoch == epochs - 1
            if final or (epoch + 1) % every == 0:
                self._save(epoch, final)
        return history
