"""filter_pkl, concat_pkls, select_clusters, select_random, filter_mrcs, phase_flip, translate_mrcs, view_mrcs,
view_cs_header, parse_star, direct_traversal: results and refusals."""

from __future__ import annotations

import mrcfile
import numpy as np
import torch

from cryoscape.cli import main
from cryoscape.data import load_ctf, load_poses
from cryoscape.fourier import CtfBatch, compute_ctf, fft_center, frequency_grid
from cryoscape.io import load_pkl, save_pkl, write_mrc


def test_filter_and_concat_pkls_keep_layouts(tmp_path, formats_dir, reference_dir, capsys):
    poses = reference_dir / "relion31.pose.pkl"
    rot, trans = load_pkl(poses)
    save_pkl(np.array([4, 0, 2]), tmp_path / "ind.pkl")
    assert main(["filter_pkl", str(poses), "--ind", str(tmp_path / "ind.pkl"), "-o", str(tmp_path / "p.pkl")]) == 0
    kept = load_pkl(tmp_path / "p.pkl")
    assert isinstance(kept, tuple)
    np.testing.assert_array_equal(kept[0], rot[[4, 0, 2]])
    np.testing.assert_array_equal(kept[1], trans[[4, 0, 2]])
    ctf = reference_dir / "relion31.ctf.pkl"
    assert main(["filter_pkl", str(ctf), "--first", "2", "-o", str(tmp_path / "c2.pkl")]) == 0
    np.testing.assert_array_equal(load_pkl(tmp_path / "c2.pkl"), load_pkl(ctf)[:2])
    assert main(["concat_pkls", str(tmp_path / "p.pkl"), str(poses), "-o", str(tmp_path / "cat.pkl")]) == 0
    joined = load_pkl(tmp_path / "cat.pkl")
    np.testing.assert_array_equal(joined[0], np.concatenate([rot[[4, 0, 2]], rot]))
    assert len(load_poses(tmp_path / "cat.pkl")) == 8
    # refusals: mixed kinds, an index beyond the rows, too many --first
    assert main(["concat_pkls", str(poses), str(ctf), "-o", str(tmp_path / "bad.pkl")]) == 1
    save_pkl(np.array([9]), tmp_path / "far.pkl")
    assert main(["filter_pkl", str(ctf), "--ind", str(tmp_path / "far.pkl"), "-o", str(tmp_path / "bad.pkl")]) == 1
    assert main(["filter_pkl", str(ctf), "--first", "6", "-o", str(tmp_path / "bad.pkl")]) == 1
    assert not (tmp_path / "bad.pkl").exists()
    assert "do not share one layout" in capsys.readouterr().err


def test_select_clusters_counts_from_one_and_maps_to_parent(tmp_path, capsys):
    labels = np.array([0, 1, 2, 1, 0, 2, 2])
    save_pkl(labels, tmp_path / "labels.pkl")
    assert main(["select_clusters", str(tmp_path / "labels.pkl"), "--sel", "1", "3", "-o", str(tmp_path / "s.pkl")]) == 0
    np.testing.assert_array_equal(load_pkl(tmp_path / "s.pkl"), [0, 2, 4, 5, 6])
    parent = np.array([10, 11, 12, 13, 14, 15, 16]) * 2
    save_pkl(parent, tmp_path / "parent.pkl")
    assert main(["select_clusters", str(tmp_path / "labels.pkl"), "--sel", "2", "-o", str(tmp_path / "p.pkl"),
                 "--parent-ind", str(tmp_path / "parent.pkl"), "--N-orig", "40"]) == 0
    np.testing.assert_array_equal(load_pkl(tmp_path / "p.pkl"), [22, 26])
    assert main(["select_clusters", str(tmp_path / "labels.pkl"), "--sel", "4", "-o", str(tmp_path / "x.pkl")]) == 1
    assert "no particle has label 3" in capsys.readouterr().err


def test_select_random_is_a_seeded_partition(tmp_path):
    assert main(["select_random", "100", "-o", str(tmp_path / "a.pkl"), "-n", "30", "-s", str(tmp_path / "b.pkl")]) == 0
    a, b = load_pkl(tmp_path / "a.pkl"), load_pkl(tmp_path / "b.pkl")
    assert len(a) == 30 and len(b) == 70 and np.array_equal(np.sort(np.concatenate([a, b])), np.arange(100))
    assert main(["select_random", "100", "-o", str(tmp_path / "c.pkl"), "--frac", "0.3"]) == 0
    np.testing.assert_array_equal(load_pkl(tmp_path / "c.pkl"), a)  # same seed, same choice
    assert main(["select_random", "10", "-o", str(tmp_path / "d.pkl"), "-n", "11"]) == 1


def test_filter_mrcs_and_view_mrcs(tmp_path, formats_dir):
    stack = formats_dir / "hand.mrcs"
    save_pkl(np.array([7, 3, 50]), tmp_path / "ind.pkl")
    assert main(["filter_mrcs", str(stack), "--ind", str(tmp_path / "ind.pkl"), "-o", str(tmp_path / "sub.mrcs")]) == 0
    np.testing.assert_array_equal(mrcfile.read(tmp_path / "sub.mrcs"), mrcfile.read(stack)[[7, 3, 50]])
    assert main(["view_mrcs", str(tmp_path / "sub.mrcs"), "-o", str(tmp_path / "m.png")]) == 0
    assert (tmp_path / "m.png").stat().st_size > 1000


def test_phase_flip_makes_every_ctf_positive(tmp_path, rng):
    """An image that is pure CTF (the CTF applied to a flat spectrum) becomes |CTF| after phase flipping."""
    box, apix = 32, 2.0
    params = np.array([[box, apix, 15000, 14000, 30, 300, 2.7, 0.1, 0],
                       [box, apix, 25000, 25000, 0, 300, 2.7, 0.07, 0]], np.float32)
    fx, fy = frequency_grid(box, apix)
    ctf = compute_ctf(torch.from_numpy(fx)[None], torch.from_numpy(fy)[None], CtfBatch.from_params(params)).numpy()
    images = np.fft.fftshift(np.fft.ifft2(np.fft.ifftshift(ctf, axes=(-2, -1))), axes=(-2, -1)).real.astype(np.float32)
    write_mrc(tmp_path / "p.mrcs", images, apix)
    save_pkl(params, tmp_path / "ctf.pkl")
    assert main(["phase_flip", str(tmp_path / "p.mrcs"), str(tmp_path / "ctf.pkl"), "-o", str(tmp_path / "f.mrcs")]) == 0
    flipped = fft_center(mrcfile.read(tmp_path / "f.mrcs").astype(np.float64), 2).real
    # the Nyquist row and column (index 0) have no Hermitian partner: compare the rest
    np.testing.assert_allclose(flipped[:, 1:, 1:], np.abs(ctf)[:, 1:, 1:], atol=1e-4)
    save_pkl(params[:1], tmp_path / "one.pkl")
    assert main(["phase_flip", str(tmp_path / "p.mrcs"), str(tmp_path / "one.pkl"), "-o", str(tmp_path / "x.mrcs")]) == 1
    assert not (tmp_path / "x.mrcs").exists()


def test_translate_mrcs_centres_particles(tmp_path):
    """A dot drawn off centre by −t·D is back at the centre after shifting by the translation t (box fractions)."""
    box = 32
    trans = np.array([[0.125, -0.0625], [-0.25, 0.1875]], np.float32)
    images = np.zeros((2, box, box), np.float32)
    for i, (tx, ty) in enumerate(trans * box):
        images[i, box // 2 - int(ty), box // 2 - int(tx)] = 1.0
    write_mrc(tmp_path / "p.mrcs", images, 1.0)
    save_pkl((np.tile(np.eye(3, dtype=np.float32), (2, 1, 1)), trans), tmp_path / "poses.pkl")
    assert main(["translate_mrcs", str(tmp_path / "p.mrcs"), str(tmp_path / "poses.pkl"), "-o", str(tmp_path / "t.mrcs")]) == 0
    shifted = mrcfile.read(tmp_path / "t.mrcs")
    for image in shifted:
        assert np.unravel_index(np.argmax(image), image.shape) == (box // 2, box // 2)
        assert image.max() > 0.99
    save_pkl(trans * box, tmp_path / "pixels.pkl")  # translations in pixels: refused with the remedy
    assert main(["translate_mrcs", str(tmp_path / "p.mrcs"), str(tmp_path / "pixels.pkl"), "-o", str(tmp_path / "x.mrcs")]) == 1


def test_view_cs_header_and_parse_star(tmp_path, formats_dir, reference_dir, capsys):
    assert main(["view_cs_header", str(formats_dir / "cryosparc_P12_J24_001_particles.cs")]) == 0
    out = capsys.readouterr().out
    assert "alignments3D/pose" in out and "ctf/df1_A" in out
    star = formats_dir / "relion31.star"
    assert main(["parse_star", str(star), "--poses", str(tmp_path / "p.pkl"), "--ctf", str(tmp_path / "c.pkl")]) == 0
    np.testing.assert_allclose(load_poses(tmp_path / "p.pkl").rotations, load_poses(reference_dir / "relion31.pose.pkl").rotations, atol=1e-5)
    np.testing.assert_allclose(load_ctf(tmp_path / "c.pkl").values, load_pkl(reference_dir / "relion31.ctf.pkl"), rtol=1e-5)
    # a star file without poses: one line, and neither file is written
    assert main(["parse_star", str(formats_dir / "empiar_10076_7.star"), "--poses", str(tmp_path / "p2.pkl"),
                 "--ctf", str(tmp_path / "c2.pkl"), "-D", "320", "--Apix", "1.31"]) == 1
    assert not (tmp_path / "p2.pkl").exists() and not (tmp_path / "c2.pkl").exists()


def test_direct_traversal_points_and_loop(tmp_path, capsys):
    z = np.array([[0, 0], [1, 0], [1, 1], [5, 5]], np.float32)
    save_pkl(z, tmp_path / "z.pkl")
    (tmp_path / "a.txt").write_text("1\n2\n")
    assert main(["direct_traversal", str(tmp_path / "z.pkl"), "--anchors", "0", str(tmp_path / "a.txt"), "-n", "3",
                 "-o", str(tmp_path / "path.txt")]) == 0
    path = np.loadtxt(tmp_path / "path.txt")
    np.testing.assert_allclose(path, [[0, 0], [0.5, 0], [1, 0], [1, 0.5], [1, 1]])
    capsys.readouterr()
    assert main(["direct_traversal", str(tmp_path / "z.pkl"), "--anchors", "0", "1", "-n", "2", "--loop"]) == 0
    printed = np.loadtxt(capsys.readouterr().out.strip().splitlines())
    np.testing.assert_allclose(printed, [[0, 0], [1, 0]])
    assert main(["direct_traversal", str(tmp_path / "z.pkl"), "--anchors", "0", "9"]) == 1
    assert "outside the 4 rows" in capsys.readouterr().err
