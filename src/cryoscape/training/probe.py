"""How much a model still changes from one epoch to the next: the measures of ``--stop-when-converged``.

After each epoch a fixed subset of particles is encoded and the maps at a few of them are decoded;
against the previous epoch this gives the protocol's Box 1 measures for the encoder and the decoder:

- ``latent_shift``: the median distance a particle's latent mean moved;
- ``latent_direction``: the median cosine between a particle's move over this epoch and its move over
  the epoch before (from the third epoch): near 0 or below when particles jitter in random directions
  about where they settled, clearly positive while the latent space is still drifting into shape;
- ``map_correlation``: the mean real-space correlation of each probe particle's map with its map of
  the epoch before;
- ``map_fsc_area``: the mean FSC (all shells up to Nyquist) of the same pairs of maps, which also
  sees the high-resolution detail the correlation is blind to.
"""

from __future__ import annotations

import numpy as np
import torch

from cryoscape.fourier import fsc, map_correlation
from cryoscape.geometry import row_cosines
from cryoscape.models import HetVAE, decode_volumes

PROBE_PARTICLES = 2000  # particles whose latent means are followed between epochs
PROBE_MAPS = 6  # of them, particles whose maps are decoded and compared between epochs
PROBE_METRICS = ("latent_shift", "latent_direction", "map_correlation", "map_fsc_area")


class ConvergenceProbe:
    """Follows a fixed, seeded subset of particles through the epochs of one run."""

    def __init__(self, n_particles: int, seed: int):
        rng = np.random.default_rng([seed, 7919])
        count = min(PROBE_PARTICLES, n_particles)
        self.positions = np.sort(rng.choice(n_particles, count, replace=False))
        self.map_rows = rng.choice(count, min(PROBE_MAPS, count), replace=False)
        self.previous_z: np.ndarray | None = None
        self.previous_move: np.ndarray | None = None
        self.previous_maps: list[np.ndarray] = []

    def measure(self, model: HetVAE, encode) -> dict[str, float]:
        """Return this epoch's measures against the previous one (empty the first time).

        ``encode(positions)`` returns the latent means (n, zdim) of the particles at ``positions``.
        """
        z = np.asarray(encode(self.positions), np.float64)
        with torch.no_grad():
            maps = list(decode_volumes(model, z[self.map_rows].astype(np.float32)))
        measures: dict[str, float] = {}
        if self.previous_z is not None:
            move = z - self.previous_z
            measures["latent_shift"] = float(np.median(np.linalg.norm(move, axis=1)))
            if self.previous_move is not None:
                measures["latent_direction"] = float(np.median(row_cosines(self.previous_move, move)))
            self.previous_move = move
            pairs = list(zip(maps, self.previous_maps))
            measures["map_correlation"] = float(np.mean([map_correlation(a, b) for a, b in pairs]))
            measures["map_fsc_area"] = float(np.mean([fsc(a, b)[1][1:].mean() for a, b in pairs]))
        self.previous_z, self.previous_maps = z, maps
        return measures
