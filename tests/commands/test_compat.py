"""cryoDRGN 4.x command-line compatibility: eval_vol --z-start/--z-end/-n, --low-pass, --crop, --vol-start-index;
filter's default epoch; parse_pose_csparc --abinit/--hetrefine."""

from __future__ import annotations

import numpy as np
import numpy.lib.recfunctions as rfn
import pytest

from cryoscape.cli import main
from cryoscape.fourier import fsc
from cryoscape.io import load_pkl, read_cs, read_mrc, write_cs


def test_eval_vol_line_low_pass_crop_and_numbering(junk_run, tmp_path):
    _, run, _ = junk_run
    weights = str(run / "weights.7.pkl")
    assert main(["eval_vol", weights, "--z-start", *["0"] * 8, "--z-end", *["1"] * 8, "-n", "3", "-o",
                 str(tmp_path / "line"), "--vol-start-index", "1"]) == 0
    names = sorted(p.name for p in (tmp_path / "line").iterdir())
    assert names == ["vol_001.mrc", "vol_002.mrc", "vol_003.mrc"]
    assert main(["eval_vol", weights, "-z", *["0.5"] * 8, "-o", str(tmp_path / "mid.mrc")]) == 0
    np.testing.assert_allclose(read_mrc(tmp_path / "line" / "vol_002.mrc")[0], read_mrc(tmp_path / "mid.mrc")[0],
                               atol=1e-3)  # the middle of the line is z = 0.5 (batched float32 sums differ ~1e-4)
    assert main(["eval_vol", weights, "-z", *["0.5"] * 8, "-o", str(tmp_path / "lp.mrc"), "--low-pass", "24",
                 "--crop", "24"]) == 0
    filtered, header = read_mrc(tmp_path / "lp.mrc")
    assert filtered.shape == (24, 24, 24) and header.apix == pytest.approx(6.0)
    full = read_mrc(tmp_path / "mid.mrc")[0]
    freq, curve = fsc(full[4:28, 4:28, 4:28], filtered)
    assert curve[1:3].min() > 0.9  # below 1/24 Å⁻¹ (shell 6 of 24 at 6 Å/px) the map is kept
    spectrum = np.abs(np.fft.fftshift(np.fft.fftn(filtered)))
    k = np.arange(24) - 12
    radius = np.sqrt(k[:, None, None] ** 2 + k[None, :, None] ** 2 + k[None, None, :] ** 2)
    assert spectrum[radius > 10].max() < 0.05 * spectrum.max()  # beyond it, next to nothing (crop leaks a little)
    assert main(["eval_vol", weights, "-z", *["0"] * 8, "-o", str(tmp_path / "bad.mrc"), "--low-pass", "5"]) == 1
    assert main(["eval_vol", weights, "--z-start", *["0"] * 8, "-o", str(tmp_path / "bad")]) == 1
    assert not (tmp_path / "bad.mrc").exists() and not (tmp_path / "bad").exists()


def test_filter_defaults_to_the_last_epoch(junk_run, tmp_path, capsys):
    _, run, _ = junk_run
    assert main(["filter", str(run), "--zscore", "2", "-o", str(tmp_path / "sel")]) == 0
    assert main(["filter", str(run), "-e", "7", "--zscore", "2", "-o", str(tmp_path / "sel7")]) == 0
    kept = sorted(p.name for p in (tmp_path / "sel").glob("ind_keep*.pkl"))
    assert kept and kept == sorted(p.name for p in (tmp_path / "sel7").glob("ind_keep*.pkl"))
    np.testing.assert_array_equal(load_pkl(tmp_path / "sel" / kept[0]), load_pkl(tmp_path / "sel7" / kept[0]))


def test_parse_pose_csparc_abinit_and_hetrefine(tmp_path, formats_dir):
    source = formats_dir / "cryosparc_P12_J24_001_particles.cs"
    assert main(["parse_pose_csparc", str(source), "-o", str(tmp_path / "p.pkl")]) == 0
    rot, trans = load_pkl(tmp_path / "p.pkl")
    data = read_cs(source)
    renamed = rfn.rename_fields(data, {n: n.replace("alignments3D/", "alignments_class_0/")
                                       for n in data.dtype.names if n.startswith("alignments3D/")})
    write_cs(tmp_path / "abinit.cs", renamed)
    assert main(["parse_pose_csparc", str(tmp_path / "abinit.cs"), "-o", str(tmp_path / "a.pkl")]) == 1
    assert main(["parse_pose_csparc", str(tmp_path / "abinit.cs"), "--abinit", "-o", str(tmp_path / "a.pkl")]) == 0
    np.testing.assert_array_equal(load_pkl(tmp_path / "a.pkl")[0], rot)
    assert main(["parse_pose_csparc", str(source), "--hetrefine", "-o", str(tmp_path / "h.pkl")]) == 0
    np.testing.assert_allclose(load_pkl(tmp_path / "h.pkl")[1], 2 * trans, rtol=1e-6)
