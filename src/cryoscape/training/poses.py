"""Training with poses that change: ab initio (global search) and refinement of consensus poses (local search).

:class:`PoseTrainer` alternates pose estimation and the network's epochs (coordinate descent on the
joint objective): before an epoch, each particle's pose is re-estimated against the current decoder
and its own conformation, then the epoch fits encoder and decoder to the new poses.

- **Global search epochs** (abinit): the whole SO(3) base grid and a shift grid, then hierarchical
  refinement (:func:`~cryoscape.training.pose_search.search_poses`), chunk by chunk of images: each chunk
  is searched against the model as the chunks before it left it, then trained on (stochastic, as
  cryoDRGN-AI's and cryoSPARC's ab initio; searching a whole epoch against one model and then fitting
  it, batch EM with hard assignments, stalls in wrong solutions on mixtures). Slices are interpolated
  from one band volume, the consensus map (z = 0 during the homogeneous start, then the mean latent),
  decoded per chunk. The band radius grows from ``radius_start_px`` to ``radius_end_px`` (frequency
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
from cryoscape.training.pose_search import (BandVolumes, DecoderSlices, SearchSettings, clustered_volumes, local_search,
                                            search_poses, volumes_are_cheaper)

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
    refine_step_deg: float = 8.0
    refine_levels: int = 3
    refine_shift_step_px: float = 1.0
    chunk_images: int = 64  # a global search epoch searches this many images, trains on them, searches the next…
    local_volumes: int = 16  # zdim > 0: refine against the band volumes of this many latent clusters (0: each
    #                          particle's own decoder slices, exact and ~N/K times the decoder work)
    latent_from: int = 0  # before this epoch every image is decoded at z = 0 (a homogeneous start)

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

    def _prepare(self, epoch: int) -> dict[str, float] | None:
        """Set up this epoch's pose estimation: a local refinement of every pose now, or a global search of
        each chunk of images just before the epoch trains on it (stochastic: each chunk is searched against
        the model as the previous chunks left it). Return what was done, for the log."""
        self.before_chunk, self._search_log, how = None, {"seconds": 0.0, "changes": []}, ""
        action = self.schedule_poses.action(epoch)
        if action == "global":
            settings = self.schedule_poses.global_settings(epoch)
            latent, labels = self._consensus_latent(), np.zeros(len(self.data), np.int64)
            batch = self.config.train.batch_size
            self.chunk_images = max(batch, self.schedule_poses.chunk_images // batch * batch)
            self.before_chunk = lambda positions: self._search_rows(
                positions, lambda: BandVolumes(self.model, latent, labels, settings.radius_px), settings, True)
        elif action == "local":
            settings, started = self.schedule_poses.refine_settings(), time.perf_counter()
            volumes = self.schedule_poses.local_volumes
            if self.config.model.zdim and volumes and volumes_are_cheaper(
                    volumes, settings.radius_px, self.batches.lattice, len(self.data), settings.levels):
                source = clustered_volumes(self.model, self._latent_means(), volumes, settings.radius_px,
                                           seed=self.config.train.seed)
                how = f" against {min(volumes, len(self.data))} latent-cluster volumes"
            elif self.config.model.zdim:
                source = DecoderSlices(self.model, self._latent_means())
                how = " with per-particle decoder slices"
            else:
                source = BandVolumes(self.model, np.zeros((1, 0), np.float32), np.zeros(len(self.data), np.int64),
                                     settings.radius_px)
            self._search_log["seconds"] += time.perf_counter() - started  # the latents and volumes count too
            for first in range(0, len(self.data), IMAGES_PER_SEARCH_CHUNK):
                positions = np.arange(first, min(first + IMAGES_PER_SEARCH_CHUNK, len(self.data)))
                self._search_rows(positions, lambda: source, settings, False)
        else:
            return None
        return {"search": action, "search_radius_px": settings.radius_px, "search_source": how}

    def _search_rows(self, positions: np.ndarray, make_source, settings: SearchSettings, whole_grid: bool) -> None:
        """Estimate the poses of the particles at ``positions``: over the whole grid, or locally around theirs."""
        started = time.perf_counter()
        box = self.config.model.box_size
        index = self.batches.index(positions)
        before_rot = self.batches.rotations[index].double().cpu()
        before_shift = self.batches.translations[index].double().cpu() * box
        spectra = self.batches.spectra[index] if self.batches.spectra is not None else \
            self.data.spectra.get(positions).to(self.device)
        ctf = None if self.batches.ctf is None else ctf_on_lattice(self.batches.lattice, self.batches.ctf[index])
        self.model.eval()
        source = make_source()
        if whole_grid:
            result = search_poses(source, spectra, ctf, self.batches.lattice, settings, rows=index)
        else:
            result = local_search(source, spectra, ctf, self.batches.lattice, before_rot, before_shift,
                                  math.radians(self.schedule_poses.refine_step_deg),
                                  self.schedule_poses.refine_shift_step_px, settings, rows=index)
        self.model.train()
        self.batches.rotations[index] = result.rotations.to(self.batches.rotations)
        self.batches.translations[index] = (result.shifts_px / box).to(self.batches.translations)
        self._search_log["changes"].append(angular_distance_deg(result.rotations.numpy(), before_rot.numpy()))
        self._search_log["seconds"] += time.perf_counter() - started

    def _latent_means(self, positions: np.ndarray | None = None) -> np.ndarray:
        """Return the latent means (n, zdim) of the particles at ``positions`` (default: all)."""
        if positions is None:
            return encode_all(self.model, self.data, self.device, batches=self.batches)[0]
        return super()._latent_means(positions)

    def _consensus_latent(self) -> np.ndarray:
        """Return the latent (1, zdim) of the global search's one map: z = 0 while the latent is off (and when
        homogeneous), else the mean of the particles' latent means. One map for all particles keeps every
        conformation in one frame (maps of separate clusters, searched separately, each settle in their own;
        and a state unlike the consensus is misplaced by a global search against it: abinit searches globally
        only while the latent is off, then refines locally with each particle's own latent)."""
        if self.config.model.zdim == 0 or self.model.latent_off:
            return np.zeros((1, self.config.model.zdim), np.float32)
        return self._latent_means().mean(0, keepdims=True)

    # -- files --------------------------------------------------------------------------------------
    def _full_poses(self) -> Poses:
        rotations = np.array(self.full_poses.rotations, np.float32)
        translations = np.array(self.full_poses.translations_box, np.float32)
        rot, trans = self.current_poses()
        rotations[self.indices], translations[self.indices] = rot, trans
        return Poses(rotations, translations, "abinit poses")

    def _save(self, epoch: int, final: bool) -> None:
        self.model.latent_off = False  # the saved latents are the encoder's, even in the homogeneous start
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
            self.model.latent_off = epoch < self.schedule_poses.latent_from
            searched = self._prepare(epoch)
            stats = self._epoch(epoch, np.random.default_rng([self.config.train.seed, epoch]), progress)
            if searched is not None:
                searched["search_seconds"] = self._search_log["seconds"]
                searched["pose_change_deg"] = float(np.median(np.concatenate(self._search_log["changes"])))
                self.log.info(f"epoch {epoch}: {searched['search']} pose search{searched.pop('search_source')}, band < "
                              f"{searched['search_radius_px']:.1f} px, {searched['search_seconds']:.1f} s, median "
                              f"pose change {searched['pose_change_deg']:.2f}°")
                stats.update(searched)
            history.append(stats)
            self._log_epoch(stats)
            final = epoch == epochs - 1
            if final or (epoch + 1) % every == 0:
                self._save(epoch, final)
        return history
