"""fsc, plot_fsc, gen_mask, flip_hand, invert_contrast, add_psize, view_header: results, conformance, refusals."""

from __future__ import annotations

import mrcfile
import numpy as np
import pytest

from cryoscape.cli import main
from cryoscape.fourier import fsc
from cryoscape.io import read_fsc_table, write_mrc


def _blob(box: int = 32, rng=None) -> np.ndarray:
    k = np.arange(box) - box // 2
    z, y, x = np.meshgrid(k, k, k, indexing="ij")
    vol = np.exp(-((x - 3) ** 2 + y ** 2 + (z + 2) ** 2) / 18.0) + 0.6 * np.exp(-((x + 5) ** 2 + (y - 4) ** 2 + z ** 2) / 8.0)
    return vol.astype(np.float32)


def test_flip_hand_matches_cryodrgn_on_hand_map(tmp_path, formats_dir, capsys):
    source = formats_dir / "hand-vol.mrc"
    out = tmp_path / "flipped.mrc"
    assert main(["flip_hand", str(source), "-o", str(out)]) == 0
    original, flipped = mrcfile.read(source), mrcfile.read(out)
    np.testing.assert_array_equal(flipped, original[::-1])  # cryoDRGN 4.3.1 mirrors the first (z) axis: max diff 0.0
    assert not np.allclose(flipped, original)  # the hand map is chiral
    assert main(["flip_hand", str(out), "-o", str(tmp_path / "back.mrc")]) == 0
    np.testing.assert_array_equal(mrcfile.read(tmp_path / "back.mrc"), original)
    # default name beside the input; a stack is refused and nothing is written
    stack = tmp_path / "stack.mrcs"
    write_mrc(stack, np.zeros((3, 8, 8), np.float32), 1.0)
    assert main(["flip_hand", str(stack)]) == 1
    assert "not a cubic 3D map" in capsys.readouterr().err
    assert not (tmp_path / "stack_flipped.mrc").exists()


def test_invert_contrast_and_add_psize(tmp_path, capsys):
    vol = _blob(16)
    source = write_mrc(tmp_path / "m.mrc", vol, 2.5, is_stack=False)
    assert main(["invert_contrast", str(source)]) == 0
    with mrcfile.open(tmp_path / "m_inverted.mrc") as mrc:
        np.testing.assert_array_equal(mrc.data, -vol)
        assert float(mrc.voxel_size.x) == pytest.approx(2.5)
    assert main(["add_psize", str(source), "--Apix", "1.31"]) == 0  # in place
    with mrcfile.open(source) as mrc:
        assert float(mrc.voxel_size.x) == pytest.approx(1.31)
        np.testing.assert_array_equal(mrc.data, vol)
    assert main(["view_header", str(source)]) == 0
    out = capsys.readouterr().out
    assert "nx: 16\n" in out and "voxel_size: (1.31, 1.31, 1.31)" in out
    assert main(["add_psize", str(source), "--Apix", "0"]) == 1


def test_gen_mask_threshold_dilation_and_soft_edge(tmp_path):
    apix = 2.0
    vol = np.zeros((32, 32, 32), np.float32)
    vol[16, 16, 16] = 1.0  # one voxel above threshold: the mask is a ball of the dilation radius
    source = write_mrc(tmp_path / "v.mrc", vol, apix, is_stack=False)
    out = tmp_path / "mask.mrc"
    assert main(["gen_mask", str(source), str(out), "--dilate", "8", "--dist", "6", "-p", str(tmp_path / "s.png")]) == 0
    mask = mrcfile.read(out)
    k = np.arange(32) - 16
    r_angstrom = np.sqrt(k[:, None, None] ** 2 + k[None, :, None] ** 2 + k[None, None, :] ** 2) * apix
    assert np.all(mask[r_angstrom <= 8] == 1)
    assert np.all(mask[r_angstrom >= 14] == 0)
    edge = (r_angstrom > 8) & (r_angstrom < 14)
    np.testing.assert_allclose(mask[edge], 0.5 * (1 + np.cos(np.pi * (r_angstrom[edge] - 8) / 6)), atol=1e-6)
    assert (tmp_path / "s.png").stat().st_size > 1000
    assert main(["gen_mask", str(source), str(tmp_path / "none.mrc"), "--threshold", "5"]) == 1
    assert not (tmp_path / "none.mrc").exists()


def test_fsc_table_resolutions_and_cryodrgn_layout(tmp_path, rng, capsys):
    vol = _blob(32)
    a = write_mrc(tmp_path / "a.mrc", vol + 0.02 * rng.standard_normal(vol.shape).astype(np.float32), 3.0, is_stack=False)
    b = write_mrc(tmp_path / "b.mrc", vol + 0.02 * rng.standard_normal(vol.shape).astype(np.float32), 3.0, is_stack=False)
    assert main(["fsc", str(a), str(b), "-o", str(tmp_path / "fsc.txt"), "-p"]) == 0
    assert (tmp_path / "fsc.png").is_file()
    header = (tmp_path / "fsc.txt").read_text().splitlines()[0]
    assert header == "pixres fsc"
    freq, curves = read_fsc_table(tmp_path / "fsc.txt")
    expected_freq, expected = fsc(mrcfile.read(a), mrcfile.read(b))
    np.testing.assert_allclose(freq, expected_freq, atol=1e-6)
    np.testing.assert_allclose(curves["fsc"], expected, atol=1e-5)
    logged = capsys.readouterr()
    assert "FSC 0.143 at" in logged.out + logged.err
    assert main(["plot_fsc", str(tmp_path / "fsc.txt"), "-o", str(tmp_path / "p.png"), "--Apix", "3"]) == 0
    assert (tmp_path / "p.png").stat().st_size > 1000
    # different grids, and --corrected without a mask: one line, no table
    c = write_mrc(tmp_path / "c.mrc", np.zeros((16, 16, 16), np.float32), 3.0, is_stack=False)
    assert main(["fsc", str(a), str(c), "-o", str(tmp_path / "bad.txt")]) == 1
    assert main(["fsc", str(a), str(b), "--corrected", "10", "-o", str(tmp_path / "bad.txt")]) == 1
    assert "--corrected needs --mask" in capsys.readouterr().err
    assert not (tmp_path / "bad.txt").exists()


def test_fsc_mask_correction_removes_the_masks_own_correlation(tmp_path, rng):
    """Signal only below shell 6, independent noise above: the tight-masked FSC is inflated beyond shell 6
    by the mask; the phase-randomised correction brings it back to ≈ 0 there."""
    box, apix = 32, 2.0
    vol = _blob(box)
    spectrum = np.fft.fftshift(np.fft.fftn(vol))
    k = np.arange(box) - box // 2
    radius = np.sqrt(k[:, None, None] ** 2 + k[None, :, None] ** 2 + k[None, None, :] ** 2)
    low = np.fft.ifftn(np.fft.ifftshift(spectrum * (radius < 6))).real.astype(np.float32)
    noise = [rng.standard_normal(vol.shape).astype(np.float32) * 0.05 for _ in range(2)]
    paths = [write_mrc(tmp_path / f"h{i}.mrc", low + n, apix, is_stack=False) for i, n in enumerate(noise)]
    mask = (np.abs(low) > 0.2 * np.abs(low).max()).astype(np.float32)
    write_mrc(tmp_path / "mask.mrc", mask, apix, is_stack=False)
    resolution = box * apix / 7  # randomise from shell 7
    assert main(["fsc", *map(str, paths), "--mask", str(tmp_path / "mask.mrc"), "--corrected", f"{resolution}",
                 "-o", str(tmp_path / "c.txt")]) == 0
    freq, curves = read_fsc_table(tmp_path / "c.txt")
    beyond = slice(9, 15)
    assert curves["masked"][beyond].mean() > 0.1  # the mask's own correlation
    assert abs(curves["fsc"][beyond].mean()) < 0.5 * curves["masked"][beyond].mean()
    np.testing.assert_allclose(curves["fsc"][:7], curves["masked"][:7])  # unchanged below the cut-off
    # cryoSPARC's set of curves from a reference map
    assert main(["fsc", *map(str, paths), "--ref-volume", str(paths[0]), "-o", str(tmp_path / "r.txt")]) == 0
    _, reference_curves = read_fsc_table(tmp_path / "r.txt")
    assert list(reference_curves) == ["fsc", "no_mask", "spherical", "loose", "tight", "randomised"]
