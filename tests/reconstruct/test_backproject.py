"""Back-projection physics: handedness and pose convention, CTF correction, shifts, half-map FSC."""

from __future__ import annotations

import numpy as np
import pytest

from cryoscape.data import CtfParameters, PosedParticles, Poses, open_particles
from cryoscape.fourier import fsc, map_correlation, resolution_at
from cryoscape.geometry import random_rotations
from cryoscape.io import load_pkl, read_mrc, write_mrc
from cryoscape.reconstruct import backproject
from tests.physics import apply_ctf_and_shift, chiral_object, project

BOX = 32
N_IMAGES = 1500


@pytest.fixture(scope="module")
def chiral_dataset(tmp_path_factory):
    """Dark-protein projections of a chiral object with CTF and shifts, poses per CONVENTIONS.md."""
    rng = np.random.default_rng(7)
    vol = chiral_object(BOX)
    rot = random_rotations(N_IMAGES, rng).astype(np.float32)
    trans = rng.uniform(-0.1, 0.1, size=(N_IMAGES, 2)).astype(np.float32)
    apix = 4.0
    ctf = np.zeros((N_IMAGES, 9), np.float32)
    ctf[:, 0], ctf[:, 1] = BOX, apix
    ctf[:, 2] = rng.uniform(8000, 20000, N_IMAGES)
    ctf[:, 3] = ctf[:, 2] - rng.uniform(0, 500, N_IMAGES)
    ctf[:, 4] = rng.uniform(-90, 90, N_IMAGES)
    ctf[:, 5], ctf[:, 6], ctf[:, 7] = 300, 2.7, 0.1
    images = -apply_ctf_and_shift(project(vol, rot), ctf, trans)  # raw data: dark protein
    path = tmp_path_factory.mktemp("chiral") / "particles.mrcs"
    write_mrc(path, images, apix)
    return vol, rot, trans, ctf, path


def posed(stack, rot, trans, ctf) -> PosedParticles:
    """The whole stack with these poses and CTF (None: no CTF)."""
    return PosedParticles(stack, np.arange(stack.n_images), Poses(rot, trans),
                          None if ctf is None else CtfParameters(ctf), stack.apix or 1.0)


def _low_pass(vol: np.ndarray, cutoff_fraction: float = 0.35) -> np.ndarray:
    f = np.fft.fftshift(np.fft.fftn(vol))
    k = np.arange(vol.shape[0]) - vol.shape[0] // 2
    kz, ky, kx = np.meshgrid(k, k, k, indexing="ij")
    f[np.sqrt(kx ** 2 + ky ** 2 + kz ** 2) > cutoff_fraction * vol.shape[0]] = 0
    return np.fft.ifftn(np.fft.ifftshift(f)).real


def test_back_projection_recovers_the_object_not_its_mirror(chiral_dataset):
    vol, rot, trans, ctf, path = chiral_dataset
    result = backproject(posed(open_particles(path), rot, trans, ctf), invert=True,
                         progress=False)
    truth = _low_pass(vol)
    recon = _low_pass(result.volume)
    correlation = map_correlation(recon, truth)
    mirrored = map_correlation(recon, truth[::-1])
    assert correlation >= 0.9, correlation
    assert correlation - mirrored > 0.3, (correlation, mirrored)


def test_wrong_conventions_are_detectably_worse(chiral_dataset):
    vol, rot, trans, ctf, path = chiral_dataset
    stack, truth = open_particles(path), _low_pass(vol)
    right = map_correlation(_low_pass(backproject(posed(stack, rot, trans, ctf), progress=False).volume), truth)
    transposed = backproject(posed(stack, rot.transpose(0, 2, 1).copy(), trans, ctf), progress=False)
    no_shift = backproject(posed(stack, rot, np.zeros_like(trans), ctf), progress=False)
    wrong_sign = backproject(posed(stack, rot, -trans, ctf), progress=False)
    not_inverted = backproject(posed(stack, rot, trans, ctf), invert=False, progress=False)
    assert map_correlation(_low_pass(transposed.volume), truth) < right - 0.15
    unshifted = map_correlation(_low_pass(no_shift.volume), truth)
    assert unshifted < right - 0.05
    assert map_correlation(_low_pass(wrong_sign.volume), truth) < unshifted - 0.05
    assert map_correlation(_low_pass(not_inverted.volume), truth) < -0.8


def test_half_maps_agree_for_clean_data(chiral_dataset):
    _, rot, trans, ctf, path = chiral_dataset
    result = backproject(posed(open_particles(path), rot, trans, ctf), progress=False)
    freq, curve = fsc(result.half_a, result.half_b)
    assert resolution_at(freq, curve, 0.5, apix=4.0) < 4.0 * 3  # beyond 12 Å of a 8 Å Nyquist
    assert result.n_particles == N_IMAGES


def test_cryodrgn_hand_projections_are_self_consistent(formats_dir):
    """hand.mrcs back-projected with hand_rot.pkl re-projects onto its own images."""
    rot = load_pkl(formats_dir / "hand_rot.pkl")
    images, _ = read_mrc(formats_dir / "hand.mrcs")
    stack = open_particles(formats_dir / "hand.mrcs")
    zero = np.zeros((len(rot), 2), np.float32)

    def consistency(rotations):
        vol = backproject(posed(stack, rotations, zero, None), invert=False,
                          progress=False).volume
        reprojected = project(vol, rotations[:12])
        return np.mean([np.corrcoef(reprojected[i].ravel(), images[i].ravel())[0, 1] for i in range(12)])

    right = consistency(rot)
    assert right > 0.95
    assert consistency(rot.transpose(0, 2, 1).copy()) < right - 0.15
