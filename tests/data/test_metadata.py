"""Pose and CTF parsing against cryoDRGN's references, clear errors, and round trips."""

from __future__ import annotations

import numpy as np
import pytest

from cryoscape.data import (CtfOverrides, CtfParameters, Poses, cs_from_arrays, ctf_from_cs, ctf_from_star,
                            poses_from_cs, poses_from_star, star_tables_from_arrays)
from cryoscape.errors import InputError
from cryoscape.io import load_pkl, read_cs, read_star, write_cs, write_star


def assert_poses_match(poses, reference):
    reference = reference.to_tuple() if isinstance(reference, Poses) else reference
    np.testing.assert_allclose(poses.rotations, reference[0], atol=1e-4)
    np.testing.assert_allclose(poses.translations_box, reference[1], atol=1e-5)


def assert_ctf_match(ctf, reference):
    ctf = ctf.values
    reference = np.array(reference.values if isinstance(reference, CtfParameters) else reference, dtype=np.float64)
    # cryoDRGN writes NaN for a missing phase-shift column; cryoscape writes 0° (no phase plate)
    missing = np.isnan(reference)
    assert (ctf[missing] == 0).all()
    reference[missing] = 0
    np.testing.assert_allclose(ctf, reference, rtol=1e-4, atol=1e-6)


def test_cryosparc_parse_matches_reference(formats_dir, reference_dir):
    data = read_cs(formats_dir / "cryosparc_P12_J24_001_particles.cs")
    reference = load_pkl(reference_dir / "P12_J24.pose.pkl")
    assert_poses_match(poses_from_cs(data, "x.cs", box_size=180), reference)
    assert_poses_match(poses_from_cs(data, "x.cs"), reference)  # box from blob/shape
    assert_ctf_match(ctf_from_cs(data, "x.cs"), load_pkl(reference_dir / "P12_J24.ctf.pkl"))


@pytest.mark.parametrize("cs_name, reference", [
    ("empiar_10076_7.cs", "empiar_10076_7.cs.ctf.pkl"),
    ("cryosparc_J2_particles_exported.cs", "J2_exported.ctf.pkl"),
])
def test_cryosparc_ctf_only_files(formats_dir, reference_dir, cs_name, reference):
    assert_ctf_match(ctf_from_cs(read_cs(formats_dir / cs_name), cs_name), load_pkl(reference_dir / reference))


@pytest.mark.parametrize("name", ["relion31", "relion31.v2", "relion31.6opticsgroups", "relion5"])
def test_star_parse_matches_reference(formats_dir, reference_dir, name):
    tables = read_star(formats_dir / f"{name}.star")
    assert_poses_match(poses_from_star(tables), load_pkl(reference_dir / f"{name}.pose.pkl"))
    assert_ctf_match(ctf_from_star(tables), load_pkl(reference_dir / f"{name}.ctf.pkl"))


def test_relion30_star_ctf_with_box_and_pixel_size(formats_dir, reference_dir):
    tables = read_star(formats_dir / "empiar_10076_7.star")
    ctf = ctf_from_star(tables, CtfOverrides(box_size=320, apix=1.31))
    assert_ctf_match(ctf, load_pkl(reference_dir / "empiar_10076_7.star.ctf.pkl"))
    # without --Apix the pixel size comes from detector pixel size and magnification
    ctf_auto = ctf_from_star(tables, CtfOverrides(box_size=320))
    assert ctf_auto.apix[0] == pytest.approx(5 * 1e4 / 38168)


@pytest.mark.parametrize("name", ["empiar_10076_7.cs", "cryosparc_J2_particles_exported.cs"])
def test_cs_without_3d_poses_names_what_is_missing(formats_dir, name):
    with pytest.raises(InputError, match="no 3D poses.*alignments3D/pose"):
        poses_from_cs(read_cs(formats_dir / name), name, box_size=320)


def test_star_without_3d_poses_names_what_is_missing(formats_dir):
    with pytest.raises(InputError, match="no 3D poses.*_rlnAngleRot"):
        poses_from_star(read_star(formats_dir / "empiar_10076_7.star"), box_size=320)


def test_relion30_pixel_origins_need_box(formats_dir):
    tables = read_star(formats_dir / "FinalRefinement-OriginalParticles-PfCRT.star")
    with pytest.raises(InputError, match="-D"):
        poses_from_star(tables)
    trans = poses_from_star(tables, box_size=200).translations_box
    np.testing.assert_allclose(trans, tables.particles[["rlnOriginX", "rlnOriginY"]].to_numpy() / 200, atol=1e-7)


@pytest.mark.parametrize("relion31", [True, False])
def test_star_round_trip(tmp_path, formats_dir, relion31):
    tables = read_star(formats_dir / "relion31.6opticsgroups.star")
    poses, ctf = poses_from_star(tables), ctf_from_star(tables)
    names = [f"{i + 1:06d}@stack.mrcs" for i in range(len(ctf))]
    particles, optics = star_tables_from_arrays(names, ctf, poses, relion31=relion31)
    write_star(tmp_path / "out.star", particles, optics)
    back = read_star(tmp_path / "out.star")
    assert back.relion_version == ("3.1" if relion31 else "3.0")
    back_poses = poses_from_star(back, box_size=None if relion31 else 196)
    assert_poses_match(back_poses, poses)
    assert_ctf_match(ctf_from_star(back, CtfOverrides(box_size=None if relion31 else 196)), ctf)
    if relion31:
        assert len(back.optics) == 3  # one optics group per distinct (box, Å/px, kV, Cs, w)


def test_cs_round_trip_with_template_and_fresh(tmp_path, formats_dir):
    data = read_cs(formats_dir / "cryosparc_P12_J24_001_particles.cs")
    poses, ctf = poses_from_cs(data, "in.cs"), ctf_from_cs(data, "in.cs")
    for template in (data, None):
        write_cs(tmp_path / "out.cs", cs_from_arrays(ctf, poses, template=template))
        back = read_cs(tmp_path / "out.cs")
        assert_poses_match(poses_from_cs(back, "out.cs"), poses)
        assert_ctf_match(ctf_from_cs(back, "out.cs"), ctf)


def test_loaded_poses_and_ctf_are_validated():
    rot = np.broadcast_to(np.eye(3, dtype=np.float32), (4, 3, 3))
    poses = Poses.from_object((rot, np.zeros((4, 2))), "p.pkl")
    assert poses.translations_box.dtype == np.float32
    assert Poses.from_object(np.array(rot), "rot-only.pkl").translations_box.shape == (4, 2)
    with pytest.raises(InputError, match="not a poses file"):
        Poses.from_object({"rot": rot}, "p.pkl")
    with pytest.raises(InputError):
        Poses.from_object((rot, np.zeros((3, 2))), "p.pkl")
    with pytest.raises(InputError, match=r"\(N, 9\)"):
        CtfParameters.from_object(np.zeros((4, 8)), "c.pkl")
