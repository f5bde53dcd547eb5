"""A downsampled stack with full-size CTF parameters sees the same CTF at the same frequencies."""

from __future__ import annotations

import numpy as np
import torch

from cryoscape.models import HetVAE, ModelConfig
from cryoscape.training.batches import ctf_on_lattice


def test_ctf_of_a_downsampled_stack_matches_the_full_size_one():
    params = np.array([[64, 2.0, 15000, 14000, 30, 300, 2.7, 0.1, 0]], np.float32)
    full = HetVAE(ModelConfig(box_size=64, zdim=2, enc_dim=8, enc_layers=1, dec_dim=8, dec_layers=1))
    small = HetVAE(ModelConfig(box_size=32, zdim=2, enc_dim=8, enc_layers=1, dec_dim=8, dec_layers=1))
    ctf_full, ctf_small = ctf_on_lattice(full.lattice, params)[0], ctf_on_lattice(small.lattice, params)[0]
    index = {(int(x), int(y)): i for i, (x, y) in enumerate(zip(full.lattice.kx, full.lattice.ky))}
    for i, (x, y) in enumerate(zip(small.lattice.kx, small.lattice.ky)):
        assert torch.isclose(ctf_small[i], ctf_full[index[(int(x), int(y))]], atol=1e-6)
