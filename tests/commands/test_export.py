"""Selections back to RELION and cryoSPARC: exports re-import to exactly the selected rows."""

from __future__ import annotations

import numpy as np
import pytest

from cryoscape.cli import main
from cryoscape.data import open_particles
from cryoscape.io import load_pkl, read_cs, read_star, save_pkl
from cryoscape.simulate import ClassSpec, HeterogeneitySpec, JunkSpec, SimulationSettings, assembly_model, simulate_dataset


@pytest.fixture(scope="module")
def small_sim(tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "sim"
    spec = HeterogeneitySpec(classes=(ClassSpec("full", 1.0, ("A", "B", "C", "D", "E", "F")),), junk=JunkSpec(0.0))
    simulate_dataset(SimulationSettings(60, 32, 6.0, 5.0, seed=2), spec, out, model=assembly_model(), progress=False)
    return out


SELECTION = np.array([3, 17, 18, 40, 59, 5])


@pytest.mark.parametrize("relion31", [False, True])
def test_write_starfile_reimports_the_selected_rows(small_sim, tmp_path, relion31):
    ind = save_pkl(SELECTION, tmp_path / "ind.pkl")
    star = tmp_path / "sel.star"
    argv = ["write_starfile", str(small_sim / "particles.mrcs"), str(small_sim / "ctf.pkl"), "--poses",
            str(small_sim / "poses.pkl"), "--ind", str(ind), "-o", str(star)] + (["--relion31"] if relion31 else [])
    assert main(argv) == 0
    assert read_star(star).relion_version == ("3.1" if relion31 else "3.0")
    assert main(["parse_pose_star", str(star), "-D", "32", "-o", str(tmp_path / "p.pkl")]) == 0
    assert main(["parse_ctf_star", str(star), "-D", "32", "--Apix", "6", "-o", str(tmp_path / "c.pkl")]) == 0
    rot, trans = load_pkl(small_sim / "poses.pkl")
    got_rot, got_trans = load_pkl(tmp_path / "p.pkl")
    np.testing.assert_allclose(got_rot, rot[SELECTION], atol=1e-5)
    np.testing.assert_allclose(got_trans, trans[SELECTION], atol=1e-5)
    np.testing.assert_allclose(load_pkl(tmp_path / "c.pkl"), load_pkl(small_sim / "ctf.pkl")[SELECTION], rtol=1e-5)
    # the image references address the same images
    original = open_particles(small_sim / "particles.mrcs").images(SELECTION)
    np.testing.assert_array_equal(open_particles(star).images(np.arange(len(SELECTION))), original)


def test_write_star_is_write_starfile(small_sim, tmp_path):
    """cryodrgn_utils' name for the same export writes the same file."""
    common = [str(small_sim / "particles.mrcs"), str(small_sim / "ctf.pkl"), "--poses", str(small_sim / "poses.pkl")]
    assert main(["write_starfile", *common, "-o", str(tmp_path / "a.star")]) == 0
    assert main(["write_star", *common, "-o", str(tmp_path / "b.star")]) == 0
    assert (tmp_path / "a.star").read_text() == (tmp_path / "b.star").read_text()


def test_cs_exports_reimport_the_selected_rows(small_sim, tmp_path):
    ind = save_pkl(SELECTION, tmp_path / "ind.pkl")
    source = small_sim / "particles.cs"
    assert main(["filter_cs", str(source), "--ind", str(ind), "-o", str(tmp_path / "f.cs")]) == 0
    np.testing.assert_array_equal(read_cs(tmp_path / "f.cs"), read_cs(source)[SELECTION])
    assert main(["write_cs", str(source), "--ind", str(ind), "--poses", str(small_sim / "poses.pkl"),
                 "--ctf", str(small_sim / "ctf.pkl"), "-o", str(tmp_path / "w.cs")]) == 0
    assert main(["parse_pose_csparc", str(tmp_path / "w.cs"), "-D", "32", "-o", str(tmp_path / "p.pkl")]) == 0
    assert main(["parse_ctf_csparc", str(tmp_path / "w.cs"), "-o", str(tmp_path / "c.pkl")]) == 0
    rot, trans = load_pkl(small_sim / "poses.pkl")
    got_rot, got_trans = load_pkl(tmp_path / "p.pkl")
    np.testing.assert_allclose(got_rot, rot[SELECTION], atol=1e-5)
    np.testing.assert_allclose(got_trans, trans[SELECTION], atol=1e-5)
    np.testing.assert_allclose(load_pkl(tmp_path / "c.pkl"), load_pkl(small_sim / "ctf.pkl")[SELECTION], rtol=1e-5)


def test_filter_star_keeps_optics_groups(formats_dir, reference_dir, tmp_path):
    source = formats_dir / "relion31.6opticsgroups.star"
    n = len(read_star(source))
    selection = np.arange(n)[::-2]
    ind = save_pkl(selection, tmp_path / "ind.pkl")
    assert main(["filter_star", str(source), "--ind", str(ind), "-o", str(tmp_path / "f.star")]) == 0
    written, original = read_star(tmp_path / "f.star"), read_star(source)
    assert written.optics.equals(original.optics)
    assert list(written.particles["rlnImageName"]) == list(original.particles["rlnImageName"].iloc[selection])
    assert main(["parse_ctf_star", str(tmp_path / "f.star"), "-o", str(tmp_path / "c.pkl")]) == 0
    assert main(["parse_pose_star", str(tmp_path / "f.star"), "-o", str(tmp_path / "p.pkl")]) == 0
    np.testing.assert_allclose(load_pkl(tmp_path / "c.pkl"),
                               load_pkl(reference_dir / "relion31.6opticsgroups.ctf.pkl")[selection], rtol=1e-6)
    np.testing.assert_allclose(load_pkl(tmp_path / "p.pkl")[0],
                               load_pkl(reference_dir / "relion31.6opticsgroups.pose.pkl")[0][selection], atol=1e-6)


@pytest.mark.parametrize("argv, message", [
    (["filter_star", "{formats}/relion31.star", "--ind", "{tmp}/big.pkl", "-o", "{tmp}/o.star"], "outside"),
    (["write_starfile", "{formats}/relion31.mrcs", "{reference}/relion31.ctf.pkl", "--ind", "{tmp}/big.pkl",
      "-o", "{tmp}/o.star"], "outside"),
    (["write_starfile", "{formats}/relion31.mrcs", "{reference}/P12_J24.ctf.pkl", "-o", "{tmp}/o.star"], "different datasets"),
])
def test_bad_selections_are_refused(formats_dir, reference_dir, tmp_path, capsys, argv, message):
    save_pkl(np.array([0, 1, 999]), tmp_path / "big.pkl")
    argv = [a.format(formats=formats_dir, reference=reference_dir, tmp=tmp_path) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err, err
    assert not (tmp_path / "o.star").exists()
