"""The pseudo-atomic projector is exact: it agrees with the voxel-integrated truth map."""

from __future__ import annotations

import numpy as np
import torch

from cryoscape.data import CtfParameters
from cryoscape.geometry import random_rotations
from cryoscape.simulate import assembly_model, atoms_to_map, project_atoms, project_map
from cryoscape.simulate.imaging import apply_ctf
from tests.physics import ctf_formula, project


def _centred_assembly():
    model = assembly_model()
    return model.coords_angstrom - model.centroid_angstrom(), model.electrons


def test_projection_along_z_equals_truth_map_summed():
    coords, electrons = _centred_assembly()
    volume = atoms_to_map(coords, electrons, apix=6.0, box_size=32, sigma_angstrom=2.0)
    image = project_atoms(torch.from_numpy(coords), torch.from_numpy(electrons)[None],
                          torch.eye(3, dtype=torch.float64)[None], torch.zeros(1, 2, dtype=torch.float64),
                          6.0, 32, 2.0)[0].numpy()
    assert np.abs(image - volume.sum(0)).max() < 1e-5 * volume.sum(0).max()
    assert abs(image.sum() - electrons.sum()) < 1e-4 * electrons.sum()  # every electron lands in the box


def test_rotated_projections_agree_with_independent_projector():
    coords, electrons = _centred_assembly()
    volume = atoms_to_map(coords, electrons, apix=6.0, box_size=32, sigma_angstrom=3.0)
    rot = random_rotations(3, np.random.default_rng(2))
    images = project_atoms(torch.from_numpy(coords), torch.from_numpy(electrons)[None].expand(3, -1),
                           torch.from_numpy(rot), torch.zeros(3, 2, dtype=torch.float64), 6.0, 32, 3.0).numpy()
    reference = project(volume, rot)
    for got, expected in zip(images, reference):
        assert np.corrcoef(got.ravel(), expected.ravel())[0, 1] > 0.995
    from_map = project_map(torch.from_numpy(volume).double(), torch.from_numpy(rot), torch.zeros(3, 2, dtype=torch.float64))
    assert np.corrcoef(from_map[0].numpy().ravel(), images[0].ravel())[0, 1] > 0.995


def test_shift_moves_the_particle_by_whole_pixels():
    coords, electrons = _centred_assembly()
    args = (torch.from_numpy(coords), torch.from_numpy(electrons)[None].expand(2, -1),
            torch.eye(3, dtype=torch.float64)[None].expand(2, -1, -1))
    images = project_atoms(*args, torch.tensor([[0.0, 0.0], [3.0, -2.0]], dtype=torch.float64), 6.0, 32, 2.0)
    np.testing.assert_allclose(images[1, 4:-4, 4:-4], torch.roll(images[0], (-2, 3), (0, 1))[4:-4, 4:-4], atol=1e-6)


def test_ctf_matches_formula_on_band_limited_images():
    yy, xx = np.mgrid[:32, :32]
    blob = np.exp(-((xx - 14) ** 2 + (yy - 17) ** 2) / (2 * 1.5 ** 2))
    params = np.array([[32, 3.0, 15000, 14000, 30, 300, 2.7, 0.1, 0]], np.float32)
    got = apply_ctf(torch.from_numpy(blob[None]).float(), CtfParameters(params))[0].numpy()
    canvas = np.zeros((64, 64))
    canvas[16:48, 16:48] = blob
    spectrum = np.fft.fftshift(np.fft.fft2(np.fft.ifftshift(canvas)))
    filtered = np.fft.fftshift(np.fft.ifft2(np.fft.ifftshift(spectrum * ctf_formula(64, *params[0, 1:])))).real
    np.testing.assert_allclose(got, filtered[16:48, 16:48], atol=1e-5 * np.abs(filtered).max())
