"""Training a HetVAE: data assembly, the epoch loop, latents, checkpoints and resumption."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from cryoscape.data import CtfParameters, ParticleSpectra, open_posed_particles
from cryoscape.errors import CryoscapeError, InputError
from cryoscape.logs import get_logger, progress_bar
from cryoscape.models import DataConfig, HetVAE, RunConfig, reparameterize
from cryoscape.training.batches import DeviceBatches, phase_flipped
from cryoscape.models.blocked import blocked_slice_error
from cryoscape.models import load_checkpoint
from cryoscape.training.checkpoint import save_checkpoint, save_latents
from cryoscape.training.distributed import ProcessGroup, barrier, block_range, gather_rows, shard, sum_across
from cryoscape.training.graphed import GraphedStep
from cryoscape.training.losses import reconstruction_error, vae_objective


FINITE_CHECK_STEPS = 32  # steps between checks that the loss is still finite


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

    def __len__(self) -> int:
        return len(self.spectra)


def load_training_data(config: DataConfig, spectrum_rms: float | None = None,
                       progress: bool = True) -> TrainingData:
    """Return the particles, poses and CTF named by ``config``, validated against each other."""
    posed = open_posed_particles(config.particles, config.poses, config.ctf, config.ind, config.datadir)
    spectra = ParticleSpectra(posed.stack, posed.indices, config.invert_data, config.lazy, spectrum_rms, progress)
    return TrainingData(spectra, torch.from_numpy(np.array(posed.poses.rotations)),
                        torch.from_numpy(np.array(posed.poses.translations_box)), posed.ctf, posed.apix)


@torch.no_grad()
def encode_all(model: HetVAE, data: TrainingData, device: torch.device, batch_size: int = 512,
               group: ProcessGroup = ProcessGroup(), batches: DeviceBatches | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
    """Return latent means and log-variances (n, zdim) of every particle, in selection order.

    Under torchrun each rank encodes one block of particles and the blocks are gathered in order.
    ``batches`` reuses a training run's device copy of the data.
    """
    batches = batches or DeviceBatches(data, model.lattice, device)
    model.eval()
    first, stop = block_range(len(data), group)
    parts = [torch.zeros(0, 2 * model.config.zdim, device=device)]
    for start in range(first, stop, batch_size):
        positions = np.arange(start, min(start + batch_size, stop))
        mu, logvar = model.encode(batches.encoder_input(positions))
        parts.append(torch.cat([mu, logvar], dim=1).float())
    rows = gather_rows(torch.cat(parts), len(data), group).cpu().numpy()
    model.train()
    zdim = model.config.zdim
    return rows[:, :zdim], rows[:, zdim:]


def check_same_architecture(state: dict, weights: Path, config: RunConfig) -> None:
    """Raise InputError unless the checkpoint ``state`` was trained with ``config``'s architecture."""
    saved = state["config"].get("model", {}) if isinstance(state["config"], dict) else {}
    current = config.to_dict()["model"]
    if saved != current:
        differ = ", ".join(f"{key} {saved.get(key)} (now {value})" for key, value in current.items()
                           if saved.get(key) != value)
        raise InputError(f"{weights} was trained with another architecture: {differ}; use the same "
                         "--zdim/--enc-*/--dec-*/--pe-* and box, or start a new run without --load")


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
        on_gpu = device.type == "cuda"
        # the fused Adam kernel (one launch per step on a GPU, 9x faster than the loop on a CPU),
        # capturable on a GPU for a CUDA graph
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=config.train.lr, fused=True, capturable=on_gpu)
        # one CPU process: the decoder's error and gradients in cache-sized blocks (DDP needs autograd's hooks)
        self.blocked = device.type == "cpu" and not group.active
        graphs = on_gpu and not group.active  # DDP's gradient hooks are not captured
        self.train_batch = GraphedStep(self._train_batch, config.train.batch_size) if graphs else self._train_batch
        self.start_epoch = 0
        self.beta = config.train.beta if config.train.beta is not None else 1.0 / config.model.zdim
        self.last_good: Path | None = None
        self.log = get_logger()

    def resume(self, weights: Path) -> None:
        """Continue from a checkpoint: model, optimiser and epoch count."""
        state = load_checkpoint(weights)
        check_same_architecture(state, weights, self.config)
        self.model.load_state_dict(state["model"])
        if "optimizer" in state:
            self.optimizer.load_state_dict(state["optimizer"])
        if isinstance(state.get("rng"), torch.Tensor):
            torch.set_rng_state(state["rng"])
        if isinstance(state.get("cuda_rng"), torch.Tensor) and self.device.type == "cuda":
            torch.cuda.set_rng_state(state["cuda_rng"], self.device)
        self.start_epoch = int(state["epoch"]) + 1
        self.last_good = Path(weights)
        self.log.info(f"resuming from {weights} (epoch {state['epoch']}); next epoch {self.start_epoch}")

    def _autocast(self):
        if self.config.train.amp and self.device.type == "cuda":
            return torch.autocast("cuda", dtype=torch.bfloat16, cache_enabled=False)  # no cache: graph-safe
        return torch.autocast("cpu", enabled=False)

    def _train_batch(self, index: torch.Tensor, raw: torch.Tensor | None) -> torch.Tensor:
        """Train on the particles at ``index``; return (loss, mse, kl) as a detached device tensor.

        ``raw`` holds their spectra when these are not resident on the device. Nothing here waits
        for the GPU, so the step can be captured as a CUDA graph.
        """
        observed, rotations = self.batches.centre(index, raw), self.batches.rotations[index]
        ctf = self.batches.ctf_values(index)
        encoder_input = phase_flipped(observed, ctf)
        if self.blocked:
            mu, logvar = self.model.encode(encoder_input)
            z = reparameterize(mu, logvar)
            error = blocked_slice_error(self.model.decoder, self.model.slice_coords(rotations), z, observed, ctf)
        else:
            with self._autocast():
                predicted, mu, logvar = self.net(encoder_input, rotations)
            error = reconstruction_error(predicted if ctf is None else predicted * ctf, observed)
        loss, mse, kl = vae_objective(error, mu.float(), logvar.float(), self.beta, observed.shape[-1])
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        return torch.stack([loss.detach(), mse.detach(), kl.detach()]).double()

    def _step(self, positions: np.ndarray, raw: torch.Tensor | None = None) -> torch.Tensor:
        if raw is None:
            raw = self.batches.host_spectra(positions)
        return self.train_batch(self.batches.index(positions), raw)

    def _check_finite(self, totals: torch.Tensor, epoch: int) -> None:
        if not bool(torch.isfinite(totals).all()):
            where = f"weights file {self.last_good}" if self.last_good else "none yet"
            raise TrainingError(f"the loss became {float(totals[0])} in epoch {epoch}; last good checkpoint: "
                                f"{where}. Resume from it with --load and a lower --lr (or without --amp)")

    def _epoch(self, epoch: int, rng: np.random.Generator, progress: bool) -> dict[str, float]:
        order = shard(rng.permutation(len(self.data)), self.group)
        batch = self.config.train.batch_size
        totals, started = torch.zeros(4, dtype=torch.float64, device=self.device), time.perf_counter()
        show = progress and self.group.is_main
        with progress_bar(total=len(order), desc=f"epoch {epoch}", unit="img", enabled=show, log_steps=False) as bar:
            batches = [order[start:start + batch] for start in range(0, len(order), batch)]
            for step, (positions, raw) in enumerate(self.batches.in_order(batches)):
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
                "images_per_s": totals[3] / seconds}

    def _save(self, epoch: int, final: bool) -> None:
        mu, logvar = encode_all(self.model, self.data, self.device, group=self.group, batches=self.batches)
        config = self.config.to_dict()
        if self.group.is_main:
            for suffix in ([f".{epoch}"] + ([""] if final else [])):
                save_latents(self.outdir / f"z{suffix}.pkl", mu, logvar)
                save_checkpoint(self.outdir / f"weights{suffix}.pkl", self.model, self.optimizer, epoch, config)
        barrier(self.group)
        self.last_good = self.outdir / f"weights.{epoch}.pkl"

    def run(self, progress: bool = True) -> list[dict[str, float]]:
        """Train to ``config.train.epochs`` (epochs are numbered from 0); return per-epoch statistics."""
        epochs = self.config.train.epochs
        every = max(1, self.config.train.checkpoint_every)
        history = []
        if self.start_epoch >= epochs:
            self.log.info(f"already trained {self.start_epoch} epochs of {epochs}; nothing to do")
        for epoch in range(self.start_epoch, epochs):
            # one shuffle stream per epoch: a resumed run sees the same order as an uninterrupted one
            stats = self._epoch(epoch, np.random.default_rng([self.config.train.seed, epoch]), progress)
            history.append(stats)
            self.log.info(f"epoch {epoch}: loss {stats['loss']:.6f}  mse {stats['mse']:.6f}  "
                          f"kl {stats['kl']:.4f}  {stats['seconds']:.1f} s  {stats['images_per_s']:.0f} img/s")
            final = epoch == epochs - 1
            if final or (epoch + 1) % every == 0:
                self._save(epoch, final)
        return history
