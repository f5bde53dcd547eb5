"""Typed, versioned configuration of a training run: data pipeline, model, optimisation, measured dataset.

``config.yaml`` holds all four; a model is rebuilt from its :class:`ModelConfig` alone. What the user
asked for (:class:`DataConfig`) is kept apart from what was measured on the data (:class:`DatasetInfo`).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from cryoscape.errors import InputError
from cryoscape.io import atomic_path, build_dataclass, read_yaml

SCHEMA_VERSION = 2
MEASURED_IN_V1 = ("n_particles", "apix", "spectrum_rms")  # schema 1 kept these in the data section


@dataclass(frozen=True)
class ModelConfig:
    """Architecture: box size of the images it models, latent size, encoder and decoder widths."""

    box_size: int
    zdim: int = 8
    enc_dim: int = 256
    enc_layers: int = 3
    dec_dim: int = 256
    dec_layers: int = 3
    pe_type: str = "gaussian"  # "gaussian" (random Fourier features) or "geometric" (per axis)
    pe_frequencies: int | None = None  # default box_size // 2 per axis (3× as many random features)
    feature_sigma: float = 0.5  # random feature bandwidth, in units of (box/2) rad per unit coordinate
    pe_seed: int = 0
    latent_table_rows: int = 0  # > 0: an autodecoder (train_dec), one learned latent per particle, no encoder
    encode_mode: str = "mlp"  # "tilt": one latent from several tilt images of a particle (cryo-ET)
    tilt_emb_dim: int = 64  # the tilt encoder's per-tilt embedding size
    tilt_layers: int = 3  # … and its per-tilt network's hidden layers
    tilt_dim: int = 256  # … and their width

    @property
    def n_frequencies(self) -> int:
        return self.pe_frequencies or self.box_size // 2

    def __post_init__(self) -> None:
        if self.pe_type not in ("gaussian", "geometric"):
            raise InputError(f"pe_type {self.pe_type!r}: choose gaussian or geometric")
        if not self.feature_sigma > 0:
            raise InputError(f"--feat-sigma {self.feature_sigma}: the feature bandwidth must be positive")
        if self.encode_mode not in ("mlp", "tilt"):
            raise InputError(f"--encode-mode {self.encode_mode!r}: choose mlp or tilt")
        if self.pe_frequencies is not None and self.pe_frequencies < 1:
            raise InputError(f"--pe-dim {self.pe_frequencies}: give at least 1 frequency per axis")


@dataclass(frozen=True)
class DataConfig:
    """What the user gave: where the particles and their metadata are, and how images become network input."""

    particles: str
    poses: str
    ctf: str | None
    ind: str | None = None
    datadir: str | None = None
    invert_data: bool = True
    lazy: bool = False
    tilt: bool = False  # the images are tilt series: rows grouped into particles by the particles star file
    ntilts: int = 10  # tilts per particle the encoder sees (the lowest-dose ones) and the loss fits
    dose_per_tilt: float | None = None  # e⁻/Å² per tilt, when the star file gives no exposures
    angle_per_tilt: float = 3.0  # degrees per tilt step, when it gives no tilt angles


@dataclass(frozen=True)
class DatasetInfo:
    """What was measured on the selected particles when training started."""

    n_particles: int = 0
    apix: float = 1.0  # pixel size of the training images in Å
    spectrum_rms: float = 1.0  # normalisation: the data's RMS spectral amplitude on the lattice


# train_vae --encode-mode tilt: a batch is -b particles × --ntilts images. On the tilt test data (two states, -b 4
# --ntilts 8) 10-NN purity after epochs 6/10/14 was 0.79/0.86/0.99 at 1e-3 and 0.63/0.75/0.98 at 2e-4 (README)
TILT_LR = 1e-3

# train_vae's single-particle defaults when no --lr, --dec-lr, --point-fraction or --average-images is given. On
# 8,000 simulated particles at SNR 0.05 (benchmarks/time_to_quality.py) the decoder fitted to half of each step's
# lattice points, at twice the encoder's rate, reached every 20-epoch score of cryoDRGN 4.3.1 after 17 epochs, in
# under a third of its time; checkpoints holding the weights averaged over ~8,000 images raised the mean
# per-state FSC area after epoch 8 from 0.675 to 0.738 and the purity from 0.563 to 0.605 (README, Benchmarks).
# TrainConfig's own defaults (whole lattice, one rate, no average) serve the other trainers
VAE_ENCODER_LR = 1e-4
VAE_DECODER_LR = 2e-4
VAE_POINT_FRACTION = 0.5
VAE_AVERAGE_IMAGES = 8000.0

# train_vae --dec-lr-start's decay (not a default: on the benchmark data a start at 1e-3 decaying over 8,000 or
# 24,000 images raised every map and the purity of epochs 1-8 but delayed the hinge by ~2 epochs; README)
DECODER_LR_DECAY_IMAGES = 8000.0


@dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings."""

    epochs: int = 20
    batch_size: int = 8
    lr: float = 2e-4  # measured: twice cryoDRGN's 1e-4 learns more per epoch (benchmarks/time_to_quality.py)
    beta: float | None = None  # default 1/zdim
    latent_lr: float | None = None  # an autodecoder's latent table (train_dec --z-lr); default: lr
    decoder_lr: float | None = None  # the decoder's own rate (train_vae --dec-lr); default: lr
    decoder_lr_start: float | None = None  # the decoder's rate in the first epoch, decaying to decoder_lr …
    decoder_lr_decay_images: float = 0.0  # … geometrically, set at each epoch's start, over this many images
    seed: int = 0
    checkpoint_every: int = 1
    amp: bool = False
    band_start_nyquist: float = 1.0  # coarse to fine: fitted band radius at the start, as a fraction of Nyquist
    band_epochs: float = 0.0  # … widening to Nyquist over this many epochs (0: whole lattice throughout)
    point_fraction: float = 1.0  # the decoder fitted to a random share of each step's lattice points (1: all)
    average_images: float = 0.0  # checkpoints hold the weights averaged over about this many images (0: last step's)

    def __post_init__(self) -> None:
        if not 0 < self.band_start_nyquist <= 1:
            raise InputError(f"--c2f-start {self.band_start_nyquist}: give a fraction of Nyquist in (0, 1]")
        if not 0 < self.point_fraction <= 1:
            raise InputError(f"--point-fraction {self.point_fraction}: give a fraction in (0, 1]")
        if not self.average_images >= 0:
            raise InputError(f"--average-images {self.average_images}: give a number of images ≥ 0")
        if self.decoder_lr_start is not None and not self.decoder_lr_start > 0:
            raise InputError(f"--dec-lr-start {self.decoder_lr_start}: give a positive rate")
        if self.decoder_lr_start is not None and self.decoder_lr is None:
            raise InputError("--dec-lr-start needs the decoder's own rate (--dec-lr) to decay to")
        if not self.decoder_lr_decay_images >= 0:
            raise InputError(f"--dec-lr-decay {self.decoder_lr_decay_images}: give a number of images ≥ 0")
        if not self.band_epochs >= 0:
            raise InputError(f"--c2f-epochs {self.band_epochs}: give a number of epochs ≥ 0")


@dataclass(frozen=True)
class RunConfig:
    """Everything in config.yaml."""

    model: ModelConfig
    data: DataConfig
    train: TrainConfig
    dataset: DatasetInfo = DatasetInfo()

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, "model": dataclasses.asdict(self.model),
                "data": dataclasses.asdict(self.data), "train": dataclasses.asdict(self.train),
                "dataset": dataclasses.asdict(self.dataset)}


def _section(cls, data: Any, name: str, source: str):
    if not isinstance(data, dict):
        raise InputError(f"{source}: section {name!r} is missing or not a mapping")
    return build_dataclass(cls, data, f"{source}: {name} section (written by a newer cryoscape?)")


def run_config_from_dict(data: Any, source: str = "config") -> RunConfig:
    """Return a RunConfig from a parsed config.yaml, refusing other schema versions."""
    if not isinstance(data, dict):
        raise InputError(f"{source} is not a cryoscape config (expected a YAML mapping)")
    version = data.get("schema_version")
    if version == 1 and isinstance(data.get("data"), dict):  # measured values moved to their own section
        measured = {k: v for k, v in data["data"].items() if k in MEASURED_IN_V1}
        data = dict(data, data={k: v for k, v in data["data"].items() if k not in MEASURED_IN_V1},
                    dataset=measured, schema_version=SCHEMA_VERSION)
        version = SCHEMA_VERSION
    if version != SCHEMA_VERSION:
        raise InputError(f"{source} has schema_version {version!r}; this cryoscape reads 1 and "
                         f"{SCHEMA_VERSION}: use the cryoscape version that wrote it")
    return RunConfig(_section(ModelConfig, data.get("model"), "model", source),
                     _section(DataConfig, data.get("data"), "data", source),
                     _section(TrainConfig, data.get("train"), "train", source),
                     _section(DatasetInfo, data.get("dataset"), "dataset", source))


def save_run_config(config: RunConfig, path: str | os.PathLike) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(yaml.safe_dump(config.to_dict(), sort_keys=False))
    return Path(path)


def load_run_config(path: str | os.PathLike) -> RunConfig:
    """Return the RunConfig in a config.yaml."""
    return run_config_from_dict(read_yaml(path, "config"), str(path))
