"""A finished train_vae run on disk: its config, latents and weights at an epoch, and its learning curve."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.analysis.latents import load_latents
from cryoscape.data.tilts import TiltImages, read_tilt_images
from cryoscape.errors import InputError
from cryoscape.io import load_index
from cryoscape.models import RunConfig, load_run_config

_EPOCH_LINE = re.compile(r"epoch (\d+): loss ([-+\d.eEnaNinf]+)\s+mse ([-+\d.eEnaNinf]+)\s+kl ([-+\d.eEnaNinf]+)")
# cryoDRGN 4.x: "=====> Epoch: 3 Average gen loss = 0.29, KLD = 14.6, total loss = 0.29; …" (epochs from 1)
_CRYODRGN_EPOCH_LINE = re.compile(r"=====> Epoch: (\d+) Average gen loss = ([-+\d.eEnaNinf]+), KLD = ([-+\d.eEnaNinf]+), "
                                  r"total loss = ([-+\d.eEnaNinf]+)")


@dataclass(frozen=True)
class TrainingRun:
    """One epoch of a train_vae output folder."""

    workdir: Path
    epoch: int
    config: RunConfig

    @classmethod
    def open(cls, workdir: str | os.PathLike, epoch: int) -> "TrainingRun":
        workdir = Path(workdir)
        if not workdir.is_dir():
            raise InputError(f"{workdir} is not a folder; give the -o folder of a train_vae run")
        config_path = workdir / "config.yaml"
        if not config_path.is_file():
            raise InputError(f"{workdir} has no config.yaml; is it the output folder of train_vae (cryoscape's or "
                             "cryoDRGN's)?")
        run = cls(workdir, int(epoch), _run_config(config_path))
        for path in (run.z_path, run.weights_path):
            if not path.is_file():
                saved = sorted(int(m.group(1)) for p in workdir.glob("z.*.pkl")
                               if (m := re.match(r"z\.(\d+)\.pkl$", p.name)))
                raise InputError(f"{path} does not exist; epochs saved in {workdir}: "
                                 f"{', '.join(map(str, saved)) or 'none'} (the N of z.N.pkl: from 0 in cryoscape runs, from 1 in cryoDRGN's)")
        return run

    @staticmethod
    def saved_epochs(workdir: str | os.PathLike) -> list[int]:
        """Return the epochs with both weights and latents saved in a run folder, in order."""
        workdir = Path(workdir)
        return sorted(int(m.group(1)) for p in workdir.glob("z.*.pkl") if (m := re.match(r"z\.(\d+)\.pkl$", p.name))
                      and (workdir / f"weights.{m.group(1)}.pkl").is_file())

    @classmethod
    def latest_epoch(cls, workdir: str | os.PathLike) -> int:
        """Return the last saved epoch of a run folder; raise InputError when none is saved."""
        epochs = cls.saved_epochs(workdir)
        if not epochs:
            raise InputError(f"{workdir} holds no saved epoch (z.N.pkl with weights.N.pkl); train first")
        return epochs[-1]

    @property
    def z_path(self) -> Path:
        return self.workdir / f"z.{self.epoch}.pkl"

    @property
    def weights_path(self) -> Path:
        return self.workdir / f"weights.{self.epoch}.pkl"

    @property
    def config_path(self) -> Path:
        return self.workdir / "config.yaml"

    def latents(self) -> np.ndarray:
        z = load_latents(self.z_path)
        expected = self.config.dataset.n_particles
        if expected and len(z) != expected:
            raise InputError(f"{self.z_path} has {len(z)} latents but the run trained on {expected} particles")
        return z

    def particle_ids(self, n_rows: int) -> np.ndarray:
        """Return the index into the original stack of each row of z (the run's --ind, or 0..N-1)."""
        if not self.config.data.ind:
            return np.arange(n_rows)
        ids = load_index(self.config.data.ind)
        if len(ids) != n_rows:
            raise InputError(f"the run's --ind {self.config.data.ind} selects {len(ids)} particles, "
                             f"but z has {n_rows}")
        return ids

    @property
    def is_tilt_series(self) -> bool:
        """Whether a row of z is a particle seen through several tilt images (train_vae --encode-mode tilt)."""
        return self.config.data.tilt

    @cached_property
    def _tilts(self) -> TiltImages:
        data = self.config.data
        return read_tilt_images(data.particles, data.dose_per_tilt, data.angle_per_tilt)

    def stack_rows(self, particle_ids: np.ndarray, first_tilt_only: bool = False) -> np.ndarray:
        """Return the rows of the particle stack (and of its .star/.cs) holding the particles ``particle_ids``:
        the ids themselves, or for a tilt-series run every tilt image of each particle (its lowest-dose one
        alone with ``first_tilt_only``, one image per particle for a montage)."""
        ids = np.asarray(particle_ids, np.int64)
        if not self.is_tilt_series:
            return ids
        return self._tilts.images_of(ids, 1 if first_tilt_only else None)[0]


def _run_config(config_path: Path) -> RunConfig:
    """Return the run's config: cryoscape's config.yaml, or one standing for a cryoDRGN 4.x run folder."""
    from cryoscape.models.cryodrgn import CryodrgnArchitecture, read_cryodrgn_config
    from cryoscape.models.saved import cryodrgn_run_config

    foreign = read_cryodrgn_config(config_path)
    if foreign is None:
        return load_run_config(config_path)
    return cryodrgn_run_config(foreign, CryodrgnArchitecture.from_config(foreign, str(config_path)))


def learning_curve(workdir: str | os.PathLike) -> pd.DataFrame:
    """Return per-epoch loss, mse and kl (last value per epoch, so resumed runs count once) from run.log
    (cryoscape's lines, or cryoDRGN 4.x's)."""
    log = Path(workdir) / "run.log"
    rows: dict[int, tuple[float, float, float]] = {}
    if log.is_file():
        text = log.read_text(errors="replace")
        for match in _EPOCH_LINE.finditer(text):
            rows[int(match.group(1))] = tuple(float(match.group(i)) for i in (2, 3, 4))
        for match in _CRYODRGN_EPOCH_LINE.finditer(text):  # a cryoDRGN run: its epoch numbers, as its files
            rows[int(match.group(1))] = tuple(float(match.group(i)) for i in (4, 2, 3))
    table = pd.DataFrame([(e, *v) for e, v in sorted(rows.items())], columns=["epoch", "loss", "mse", "kl"])
    return table


_EPOCH_FILE = re.compile(r"^(weights|z|pose|poses|reconstruct)\.(\d+)\.(pkl|mrc)$")
_EPOCH_FOLDER = re.compile(r"^[A-Za-z_]+\.(\d+)$")  # analyze.E, landscape.E, convergence.E …


def clean_plan(workdir: str | os.PathLike, every_n_epochs: int) -> tuple[list[Path], list[int]]:
    """Return (per-epoch files that may go, epochs kept) for a run folder.

    Kept: every n-th epoch counted as cryoDRGN does from 1 (cryoscape's epoch E is its E+1, so n = 5 keeps
    cryoscape epochs 4, 9, …), the last epoch (the one to resume from), and every epoch an output folder
    (analyze.E, convergence.E, landscape.E …) was made from.
    """
    workdir = Path(workdir)
    if not (workdir / "config.yaml").is_file():
        raise InputError(f"{workdir} has no config.yaml: not a training run folder; nothing removed")
    files = [(p, int(m.group(2))) for p in workdir.iterdir() if p.is_file() and (m := _EPOCH_FILE.match(p.name))]
    if not files:
        return [], []
    analysed = {int(m.group(1)) for p in workdir.iterdir() if p.is_dir() and (m := _EPOCH_FOLDER.match(p.name))}
    last = max(epoch for _, epoch in files)
    kept = sorted({e for _, e in files if (e + 1) % every_n_epochs == 0 or e == last or e in analysed})
    return sorted(p for p, e in files if e not in kept), kept
