"""Training a HetVAE: data assembly, the epoch loop, latents, checkpoints and resumption."""

from __future__ import annotations

import contextlib
import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from cryoscape.data import CtfParameters, ParticleSpectra, Poses, open_posed_particles
from cryoscape.data.tilts import TiltImages, read_tilt_images
from cryoscape.io import load_index
from cryoscape.errors import CryoscapeError, InputError
from cryoscape.logs import get_logger, progress_bar
from cryoscape.models import DataConfig, HetVAE, ModelConfig, RunConfig, TrainConfig, decode_volume
from cryoscape.io import write_mrc
from cryoscape.training.averaging import WeightAverage, check_live_weights
from cryoscape.training.bands import BandSchedule, LatticeBands
from cryoscape.training.batches import DeviceBatches, phase_flipped
from cryoscape.training.tilt_batches import TiltBatches
from cryoscape.models.blocked import blocked_slice_error
from cryoscape.models import load_checkpoint, run_config_from_dict
from cryoscape.training.checkpoint import (check_optimizer_layout, regrouped_optimizer_state, save_checkpoint,
                                          save_latents)
from cryoscape.training.distributed import ProcessGroup, barrier, block_range, gather_rows, shard, sum_across
from cryoscape.training.graphed import GraphedStep
from cryoscape.models.precision import choose_precision
from cryoscape.training.probe import PROBE_METRICS, ConvergenceProbe
from cryoscape.training.rates import decoder_rate
from cryoscape.training.losses import reconstruction_error, vae_objective


FINITE_CHECK_STEPS = 32  # steps between checks that the loss is still finite


StopRule = Callable[[list[dict]], "str | None"]  # per-epoch statistics so far → a reason to stop, or None


class TrainingError(CryoscapeError):
    """Training cannot go on (e.g. the loss became NaN)."""


@dataclass
class TrainingData:
    """Selected particles' spectra and metadata; rows follow the selection order."""

    spectra: ParticleSpectra
    rotations: torch.Tensor     # (n, 3, 3)
    translations: torch.Tensor  # (n, 2) fractions of the box
    ctf: CtfParameters | None   # n rows
    apix: float = 1.0           # pixel size of the images in Å
    tilts: TiltImages | None = None  # tilt series: which particle each image is of, its tilt and dose
    ntilts: int = 10  # … and how many of its tilts a particle is seen through

    def __len__(self) -> int:
        return len(self.spectra)

    @property
    def n_units(self) -> int:
        """What an epoch goes through and a latent is inferred for: particles of a tilt series, else images."""
        return len(self) if self.tilts is None else self.tilts.n_particles


def load_training_data(config: DataConfig, spectrum_rms: float | None = None,
                       progress: bool = True, poses: Poses | None = None) -> TrainingData:
    """Return the particles, poses and CTF named by ``config``, validated against each other.

    ``poses`` (one row per image of the stack) replaces ``config.poses`` (abinit's starting poses).
    """
    tilts, ind = None, config.ind
    if config.tilt:  # --ind selects particles: every image of each
        tilts = read_tilt_images(config.particles, config.dose_per_tilt, config.angle_per_tilt)
        ind = tilts.images_of(load_index(config.ind, tilts.n_particles))[0] if config.ind else None
    posed = open_posed_particles(config.particles, poses if poses is not None else config.poses, config.ctf,
                                 ind, config.datadir)
    if tilts is not None:
        tilts = tilts.select(posed.indices)
    spectra = ParticleSpectra(posed.stack, posed.indices, config.invert_data, config.lazy, spectrum_rms, progress)
    return TrainingData(spectra, torch.from_numpy(np.array(posed.poses.rotations)),
                        torch.from_numpy(np.array(posed.poses.translations_box)), posed.ctf, posed.apix, tilts,
                        config.ntilts)


@torch.no_grad()
def encode_all(model: HetVAE, data: TrainingData, device: torch.device, batch_size: int = 512,
               group: ProcessGroup = ProcessGroup(), batches: DeviceBatches | None = None,
               tilt: TiltBatches | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Return latent means and log-variances (n, zdim) of every particle, in selection order.

    Under torchrun each rank encodes one block of particles and the blocks are gathered in order.
    ``batches`` reuses a training run's device copy of the data.
    """
    batches = batches or DeviceBatches(data, model.lattice, device)
    if tilt is None and data.tilts is not None:
        tilt = TiltBatches(data.tilts, data.ntilts, model.lattice, data.apix, batches.device)
    first, stop = block_range(data.n_units, group)
    rows = gather_rows(encode_positions(model, batches, np.arange(first, stop), batch_size, tilt), data.n_units, group)
    rows = rows.cpu().numpy()
    zdim = model.config.zdim
    return rows[:, :zdim], rows[:, zdim:]


@torch.no_grad()
def encode_positions(model: HetVAE, batches: DeviceBatches, positions: np.ndarray, batch_size: int = 512,
                     tilt: TiltBatches | None = None) -> torch.Tensor:
    """Return [mu, logvar] (n, 2·zdim) on the device of the particles at ``positions`` of the selection
    (of the particles of a tilt series when ``tilt`` is given)."""
    model.eval()
    parts = [torch.zeros(0, 2 * model.config.zdim, device=batches.device)]
    step = batch_size if tilt is None else max(1, batch_size // tilt.ntilts)
    for start in range(0, len(positions), step):
        chunk = positions[start:start + step]
        if tilt is not None:
            spectra, present = tilt.encoder_input(batches, chunk)
            mu, logvar = model.encode(spectra, present=present)
            parts.append(torch.cat([mu, logvar], dim=1).float())
            continue
        index = batches.index(chunk) if model.latent_table is not None else None
        mu, logvar = model.encode(None if index is not None else batches.encoder_input(chunk), index)
        parts.append(torch.cat([mu, logvar], dim=1).float())
    model.train()
    return torch.cat(parts)


def check_same_architecture(state: dict, weights: Path, config: RunConfig) -> None:
    """Raise InputError unless the checkpoint ``state`` was trained with ``config``'s architecture."""
    saved = state["config"].get("model", {}) if isinstance(state["config"], dict) else {}
    current = config.to_dict()["model"]
    defaults = dataclasses.asdict(ModelConfig(box_size=config.model.box_size))
    saved = {**{k: v for k, v in defaults.items() if k not in saved}, **saved}  # fields added since it was written
    if saved != current:
        differ = ", ".join(f"{key} {saved.get(key)} (now {value})" for key, value in current.items()
                           if saved.get(key) != value)
        raise InputError(f"{weights} was trained with another architecture: {differ}; use the same "
                         "--zdim/--enc-*/--dec-*/--pe-* and box, or start a new run without --load")


def parameter_groups(model: HetVAE, train: TrainConfig) -> list[dict]:
    """Adam's groups of ``model`` under ``train``: the networks at its learning rate; the decoder at
    ``decoder_lr`` and an autodecoder's latent table at ``latent_lr`` when given (each in a group of its own)."""
    table = model.latent_table
    decoder = list(model.decoder.parameters()) if train.decoder_lr is not None else []
    apart = {id(p) for p in decoder} | {id(table)}
    groups = [{"params": [p for p in model.parameters() if id(p) not in apart]}]
    if decoder:
        groups.append({"params": decoder, "lr": train.decoder_lr})
    if table is not None:
        groups.append({"params": [table], "lr": train.latent_lr or train.lr})
    return groups


def check_resumable(state: dict, weights: Path, config: RunConfig) -> None:
    """Raise InputError unless the checkpoint ``state`` (of ``config``'s architecture) holds an optimiser state
    laid out as its own config's parameter groups, and live weights (when it has them) of its model's shapes, so
    that resuming it cannot fail after files are written."""
    check_live_weights(state, str(weights))
    if "optimizer" not in state:
        return
    saved = run_config_from_dict(state["config"], str(weights)).train
    with torch.random.fork_rng(devices=[]):  # the structure only (which parameters each saved group held);
        model = HetVAE(config.model)         # its random initialisation leaves the run's generator as it was
    check_optimizer_layout(state["optimizer"], [g["params"] for g in parameter_groups(model, saved)], str(weights))


class Trainer:
    """Runs epochs of a HetVAE on TrainingData, writing checkpoints and latents into ``outdir``."""

    def __init__(self, config: RunConfig, data: TrainingData, outdir: Path, device: torch.device,
                 group: ProcessGroup = ProcessGroup()):
        self.config, self.data, self.outdir, self.device, self.group = config, data, Path(outdir), device, group
        torch.manual_seed(config.train.seed)
        self.model = HetVAE(config.model).to(device)
        self.net: torch.nn.Module = self.model
        if group.active:
            device_ids = [device.index] if device.type == "cuda" else None
            self.net = torch.nn.parallel.DistributedDataParallel(self.model, device_ids=device_ids)
        self.batches = DeviceBatches(data, self.model.lattice, device)
        self.tilt = (TiltBatches(data.tilts, data.ntilts, self.batches.lattice, data.apix, device)
                     if data.tilts is not None else None)
        on_gpu = device.type == "cuda"
        # the fused Adam kernel (one launch per step on a GPU, 9x faster than the loop on a CPU),
        # capturable on a GPU for a CUDA graph
        self.optimizer = torch.optim.Adam(parameter_groups(self.model, config.train), lr=config.train.lr, fused=True,
                                          capturable=on_gpu)
        self.decoder_lr = config.train.decoder_lr  # the decoder's rate in the current epoch (None: lr's)
        self.precision = choose_precision(device, config.train.amp)
        average = config.train.average_images
        self.average = WeightAverage(self.model, average, config.train.batch_size) if average > 0 else None
        # one CPU process: the decoder's error and gradients in cache-sized blocks, in float32 or
        # bfloat16 (DDP needs autograd's hooks)
        self.blocked = device.type == "cpu" and not group.active
        self.compute_dtype = torch.bfloat16 if self.precision.bfloat16 else torch.float32
        graphs = on_gpu and not group.active and self.tilt is None  # DDP's gradient hooks are not captured
        self.train_batch = GraphedStep(self._train_batch, config.train.batch_size) if graphs else self._train_batch
        self.schedule = BandSchedule(config.model.box_size, config.train.band_start_nyquist, config.train.band_epochs)
        self.bands = LatticeBands(self.batches.lattice)
        self.radius_cycles = self.schedule.nyquist_cycles  # the band of the coming steps
        self.start_epoch = 0
        self.beta = config.train.beta if config.train.beta is not None else 1.0 / max(config.model.zdim, 1)
        self.last_good: Path | None = None
        # called with the positions of each next ``chunk_images`` images of an epoch before they are trained
        # on (abinit's stochastic pose search); None: nothing
        self.before_chunk: Callable[[np.ndarray], None] | None = None
        self.chunk_images = 0
        self.log = get_logger()
        self.log.info(self.precision.reason)

    def resume(self, weights: Path) -> None:
        """Continue from a checkpoint: model, optimiser and epoch count."""
        state = load_checkpoint(weights)
        check_same_architecture(state, weights, self.config)
        self.model.load_state_dict(state.get("live_model", state["model"]))  # the weights training goes on with
        if self.average is not None:  # the average it held (none written: the weights it holds)
            self.average.restore(state["model"], self.model, int(state.get("average_steps", 0)))
        if "optimizer" in state:  # Adam's moments per parameter, this run's groups and rates (not the saved ones)
            saved = run_config_from_dict(state["config"], str(weights)).train
            layout = [group["params"] for group in parameter_groups(self.model, saved)]
            self.optimizer.load_state_dict(regrouped_optimizer_state(state["optimizer"], layout, self.optimizer))
        if isinstance(state.get("rng"), torch.Tensor):
            torch.set_rng_state(state["rng"])
        if isinstance(state.get("cuda_rng"), torch.Tensor) and self.device.type == "cuda":
            torch.cuda.set_rng_state(state["cuda_rng"], self.device)
        self.start_epoch = int(state["epoch"]) + 1
        self.last_good = Path(weights)
        self.log.info(f"resuming from {weights} (epoch {state['epoch']}); next epoch {self.start_epoch}")

    def _train_batch(self, index: torch.Tensor, raw: torch.Tensor | None) -> torch.Tensor:
        """Train on the particles at ``index``; return (loss, mse, kl) as a detached device tensor.

        ``raw`` holds their spectra when these are not resident on the device. Nothing here waits
        for the GPU, so the step can be captured as a CUDA graph.
        """
        observed, rotations = self.batches.centre(index, raw), self.batches.rotations[index]
        ctf = self.batches.ctf_values(index)
        encoder_input = phase_flipped(observed, ctf)
        points, n_points = self._fitted_points()
        if points is not None:
            observed, ctf = observed[:, points], None if ctf is None else ctf[:, points]
        if self.blocked:
            with self.precision.autocast():
                mu, logvar = self.model.encode(encoder_input, index)
            error = self._slice_error(rotations, points, self.model.sample(mu.float(), logvar.float()), observed, ctf)
        else:
            with self.precision.autocast():
                predicted, mu, logvar = self.net(encoder_input, rotations, points, index)
            error = reconstruction_error(predicted if ctf is None else predicted * ctf, observed)
        return self._optimise(error, mu, logvar, n_points)

    def _fitted_points(self) -> tuple[torch.Tensor | None, int]:
        """Return (the lattice points the decoder is fitted to in this step, or None for all; the number of
        points of the band they are drawn from): the band's points, or a random ``point_fraction`` of them,
        drawn anew each step from torch's generator (saved in checkpoints: a resumed run draws the same). The
        mean error over a random subset estimates the band's without bias, at that fraction of the decoder's
        cost; the KL is weighed against the whole band."""
        band = self.bands.points(self.radius_cycles)
        n_band = self.batches.lattice.n_points if band is None else int(band.numel())
        fraction = self.config.train.point_fraction
        if fraction >= 1:
            return band, n_band
        keep = max(1, round(fraction * n_band))
        drawn = torch.rand(n_band, device=self.device).argsort()[:keep].sort().values
        return (drawn if band is None else band[drawn]), n_band

    def _slice_error(self, rotations: torch.Tensor, points: torch.Tensor | None, z: torch.Tensor,
                     observed: torch.Tensor, ctf: torch.Tensor | None) -> torch.Tensor:
        """Return the decoder's error on the slices at ``rotations`` for latents ``z`` (one per slice): in
        cache-sized blocks on one float32 CPU process, else through autograd (under the run's precision)."""
        coords = self.model.slice_coords(rotations, points)
        if self.blocked:
            return blocked_slice_error(self.model.decoder, coords, z, observed, ctf, self.compute_dtype)
        with self.precision.autocast():
            predicted = self.model.decoder(coords, z)
        return reconstruction_error(predicted if ctf is None else predicted * ctf, observed)

    def _optimise(self, error: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, n_points: int) -> torch.Tensor:
        """Take one optimiser step on the VAE objective; return (loss, mse, kl) as a detached tensor."""
        loss, mse, kl = vae_objective(error, mu.float(), logvar.float(), self.beta, n_points)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        return torch.stack([loss.detach(), mse.detach(), kl.detach()]).double()

    def _train_tilt_batch(self, particles: np.ndarray) -> torch.Tensor:
        """Train on the particles at ``particles`` (tilt series); return (loss, mse, kl) as a detached tensor."""
        batch = self.tilt.prepare(self.batches, particles)
        observed, model_ctf = batch.observed, batch.model_ctf
        points, n_points = self._fitted_points()
        if points is not None:
            observed, model_ctf = observed[:, points], model_ctf[:, points]
        mu, logvar = self.model.encode(batch.encoder_input, present=batch.present)
        z = self.model.sample(mu, logvar).repeat_interleave(self.tilt.ntilts, dim=0)
        error = self._slice_error(self.batches.rotations[batch.index], points, z, observed, model_ctf)
        return self._optimise(error, mu, logvar, n_points)

    def _step(self, positions: np.ndarray, raw: torch.Tensor | None = None) -> torch.Tensor:
        if self.tilt is not None:
            totals = self._train_tilt_batch(positions)
        else:
            totals = self._train_image_batch(positions, raw)
        if self.average is not None:  # outside a captured step: its weight changes from step to step
            self.average.update()
        return totals

    def _train_image_batch(self, positions: np.ndarray, raw: torch.Tensor | None) -> torch.Tensor:
        if raw is None:
            raw = self.batches.host_spectra(positions)
        if isinstance(self.train_batch, GraphedStep):  # a captured step holds one band: recapture on a change
            key = (self.radius_cycles, self.decoder_lr)  # … and one decoder rate
            return self.train_batch(self.batches.index(positions), raw, key=key)
        return self.train_batch(self.batches.index(positions), raw)

    def _check_finite(self, totals: torch.Tensor, epoch: int) -> None:
        if not bool(torch.isfinite(totals).all()):
            where = f"weights file {self.last_good}" if self.last_good else "none yet"
            raise TrainingError(f"the loss became {float(totals[0])} in epoch {epoch}; last good checkpoint: "
                                f"{where}. Resume from it with --load and a lower --lr (or without --amp)")

    def _epoch(self, epoch: int, rng: np.random.Generator, progress: bool) -> dict[str, float]:
        order = shard(rng.permutation(self.data.n_units), self.group)
        self.decoder_lr = decoder_rate(self.config.train, epoch * self.data.n_units)
        if self.decoder_lr is not None:  # its own group, second (loading a checkpoint replaces the group dicts)
            self.optimizer.param_groups[1]["lr"] = self.decoder_lr
        batch = self.config.train.batch_size
        totals, started = torch.zeros(4, dtype=torch.float64, device=self.device), time.perf_counter()
        show = progress and self.group.is_main
        with progress_bar(total=len(order), desc=f"epoch {epoch}", unit="img", enabled=show, log_steps=False) as bar:
            batches = [order[start:start + batch] for start in range(0, len(order), batch)]
            chunk_start = 0
            source = self.batches.in_order(batches) if self.tilt is None else ((b, None) for b in batches)
            for step, (positions, raw) in enumerate(source):
                if self.before_chunk is not None and step * batch >= chunk_start:
                    self.before_chunk(order[chunk_start:chunk_start + self.chunk_images])
                    chunk_start += self.chunk_images
                self.radius_cycles = self.schedule.radius_cycles(epoch + step * batch / max(len(order), 1))
                totals[:3] += self._step(positions, raw) * len(positions)
                totals[3] += len(positions)
                if (step + 1) % FINITE_CHECK_STEPS == 0:  # reading the loss waits for the GPU: not every step
                    self._check_finite(totals, epoch)
                bar.update(len(positions))
        self._check_finite(totals, epoch)
        totals = sum_across(totals, self.group).cpu().numpy()
        seconds = time.perf_counter() - started
        loss, mse, kl = totals[:3] / totals[3]
        return {"epoch": epoch, "loss": loss, "mse": mse, "kl": kl, "seconds": seconds,
                "images_per_s": totals[3] / seconds, "band_cycles": self.radius_cycles, "decoder_lr": self.decoder_lr,
                "band_full": self.radius_cycles >= self.schedule.nyquist_cycles}

    def _averaged(self) -> contextlib.AbstractContextManager:
        """Context holding the averaged weights in the model (nothing to do without averaging)."""
        return self.average.applied() if self.average is not None else contextlib.nullcontext()

    def _save(self, epoch: int, final: bool) -> None:
        extra = {}
        if self.average is not None:  # the live weights training resumes from; the average is the model
            extra = {"live_model": {name: value.clone() for name, value in self.model.state_dict().items()},
                     "average_steps": self.average.steps}
        with self._averaged():
            self._save_model(epoch, final, extra)

    def _save_model(self, epoch: int, final: bool, extra: dict) -> None:
        homogeneous = self.config.model.zdim == 0
        if homogeneous:  # train_nn: the map is the result
            volume = decode_volume(self.model, np.zeros(0, np.float32), spectrum_rms=self.config.dataset.spectrum_rms)
        else:
            mu, logvar = encode_all(self.model, self.data, self.device, group=self.group, batches=self.batches,
                                    tilt=self.tilt)
        config = self.config.to_dict()
        if self.group.is_main:
            for suffix in ([f".{epoch}"] + ([""] if final else [])):
                if homogeneous:
                    write_mrc(self.outdir / f"reconstruct{suffix}.mrc", volume, self.config.dataset.apix, is_stack=False)
                else:
                    save_latents(self.outdir / f"z{suffix}.pkl", mu, logvar)
                save_checkpoint(self.outdir / f"weights{suffix}.pkl", self.model, self.optimizer, epoch, config, extra)
        barrier(self.group)
        self.last_good = self.outdir / f"weights.{epoch}.pkl"

    def run(self, progress: bool = True, stop_rule: StopRule | None = None) -> list[dict[str, float]]:
        """Train to ``config.train.epochs`` (epochs are numbered from 0); return per-epoch statistics.

        With ``stop_rule``, each epoch's statistics also hold the :mod:`probe` measures, and training
        stops after the first epoch for which ``stop_rule(history)`` returns a reason.
        """
        epochs = self.config.train.epochs
        every = max(1, self.config.train.checkpoint_every)
        probe = ConvergenceProbe(self.data.n_units, self.config.train.seed) if stop_rule is not None else None
        history = []
        if self.start_epoch >= epochs:
            self.log.info(f"already trained {self.start_epoch} epochs of {epochs}; nothing to do")
        elif self.start_epoch < self.schedule.epochs:
            self.log.info(f"fitted frequencies: {self.schedule.describe()}")
        for epoch in range(self.start_epoch, epochs):
            # one shuffle stream per epoch: a resumed run sees the same order as an uninterrupted one
            stats = self._epoch(epoch, np.random.default_rng([self.config.train.seed, epoch]), progress)
            if probe is not None:
                started = time.perf_counter()
                with self._averaged():
                    stats.update(probe.measure(self.model, self._latent_means))
                stats["probe_seconds"] = time.perf_counter() - started
            history.append(stats)
            self._log_epoch(stats)
            reason = self._agreed_stop(stop_rule(history) if stop_rule is not None else None)
            final = epoch == epochs - 1 or reason is not None
            if final or (epoch + 1) % every == 0:
                self._save(epoch, final)
            if reason is not None:
                self.log.info(f"stopping after epoch {epoch} of {epochs}: {reason}")
                break
        return history

    def _latent_means(self, positions: np.ndarray) -> np.ndarray:
        return encode_positions(self.model, self.batches, positions, tilt=self.tilt)[:, :self.config.model.zdim].cpu().numpy()

    def _agreed_stop(self, reason: str | None) -> str | None:
        """Return the main process's reason to stop on every process (None: go on)."""
        if not self.group.active:
            return reason
        vote = torch.tensor([1.0 if reason is not None and self.group.is_main else 0.0], device=self.device)
        return (reason or "the main process found training converged") if float(sum_across(vote, self.group)[0]) else None

    def _log_epoch(self, stats: dict[str, float]) -> None:
        band = "" if stats["band_cycles"] >= self.schedule.nyquist_cycles else f"  band < {stats['band_cycles']} cycles"
        probe = "".join(f"  {name.replace('_', ' ')} {stats[name]:.4g}" for name in PROBE_METRICS if name in stats)
        if "probe_seconds" in stats:
            probe += f" (probe {stats['probe_seconds']:.1f} s)"
        rate = f"{stats['images_per_s']:.0f} img/s"
        if self.config.train.decoder_lr_start is not None:
            band += f"  decoder lr {stats['decoder_lr']:.3g}"
        if self.tilt is not None:  # an epoch's units are particles, each seen through its used tilt images
            tilts_per_particle = float(self.tilt.present.sum()) / len(self.tilt)
            rate = f"{stats['images_per_s']:.1f} particles/s ({stats['images_per_s'] * tilts_per_particle:.0f} tilt img/s)"
        self.log.info(f"epoch {stats['epoch']}: loss {stats['loss']:.6f}  mse {stats['mse']:.6f}  "
                      f"kl {stats['kl']:.4f}  {stats['seconds']:.1f} s  {rate}{band}{probe}")
