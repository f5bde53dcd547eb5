"""STAR and cryoSPARC tables: every RELION version reads, optics groups join, writers round-trip."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cryoscape.errors import InputError
from cryoscape.io import (parse_image_name, particles_with_optics, read_cs, read_star, write_cs,
                          write_star)


@pytest.mark.parametrize("name, n, version", [
    ("relion31.star", 5, "3.1"), ("relion31.v2.star", 5, "3.1"),
    ("relion31.6opticsgroups.star", 139, "3.1"), ("relion5.star", 17, "3.1"),
    ("empiar_10076_7.star", 7, "3.0"), ("FinalRefinement-OriginalParticles-PfCRT.star", 5, "3.0"),
    ("toy_projections.star", 1000, "3.0"),
])
def test_star_versions_are_detected(formats_dir, name, n, version):
    tables = read_star(formats_dir / name)
    assert len(tables) == n and tables.relion_version == version


def test_optics_groups_join_per_particle(formats_dir):
    tables = read_star(formats_dir / "relion31.6opticsgroups.star")
    merged = particles_with_optics(tables)
    assert len(merged) == 139
    by_group = tables.optics.set_index("rlnOpticsGroup")
    for _, row in merged.iterrows():
        assert row["rlnImagePixelSize"] == by_group.loc[row["rlnOpticsGroup"], "rlnImagePixelSize"]
        assert row["rlnSphericalAberration"] == by_group.loc[row["rlnOpticsGroup"], "rlnSphericalAberration"]
    assert merged["rlnSphericalAberration"].nunique() == 2


def test_unknown_optics_group_is_an_error(tmp_path, formats_dir):
    tables = read_star(formats_dir / "relion31.star")
    particles = tables.particles.copy()
    particles.loc[2, "rlnOpticsGroup"] = 7
    write_star(tmp_path / "bad.star", particles, tables.optics)
    with pytest.raises(InputError, match="optics group"):
        read_star(tmp_path / "bad.star")


@pytest.mark.parametrize("with_optics", [False, True])
def test_star_write_read_round_trip(tmp_path, formats_dir, with_optics):
    tables = read_star(formats_dir / "relion31.star")
    optics = tables.optics if with_optics else None
    particles = tables.particles if with_optics else particles_with_optics(tables)
    write_star(tmp_path / "rt.star", particles, optics)
    back = read_star(tmp_path / "rt.star")
    assert back.relion_version == ("3.1" if with_optics else "3.0")
    pd.testing.assert_frame_equal(back.particles[particles.columns], particles, check_dtype=False)


def test_empty_and_non_star_files_are_refused(tmp_path):
    (tmp_path / "empty_loop.star").write_text("data_particles\n\nloop_\n_rlnImageName #1\n")
    with pytest.raises(InputError):
        read_star(tmp_path / "empty_loop.star")
    with pytest.raises(InputError, match="does not exist"):
        read_star(tmp_path / "missing.star")


def test_image_name_parsing():
    assert parse_image_name("000012@Extract/job1/a.mrcs") == (11, "Extract/job1/a.mrcs")
    assert parse_image_name("stack.mrcs") == (0, "stack.mrcs")
    with pytest.raises(InputError):
        parse_image_name("x@a.mrcs")
    with pytest.raises(InputError):
        parse_image_name("0@a.mrcs")


def test_cs_read_write_round_trip(tmp_path, formats_dir):
    data = read_cs(formats_dir / "cryosparc_P12_J24_001_particles.cs")
    assert len(data) == 2019 and "alignments3D/pose" in data.dtype.names
    write_cs(tmp_path / "copy.cs", data)
    back = read_cs(tmp_path / "copy.cs")
    assert back.dtype == data.dtype
    np.testing.assert_array_equal(back["alignments3D/pose"], data["alignments3D/pose"])
    assert (tmp_path / "copy.cs").exists() and not (tmp_path / "copy.cs.npy").exists()


def test_non_table_cs_is_refused(tmp_path):
    np.save(tmp_path / "plain.npy", np.arange(5))
    (tmp_path / "plain.npy").rename(tmp_path / "plain.cs")
    with pytest.raises(InputError, match="not a cryoSPARC particle table"):
        read_cs(tmp_path / "plain.cs")
    (tmp_path / "junk.cs").write_bytes(b"\x93NUMPY garbage")
    with pytest.raises(InputError):
        read_cs(tmp_path / "junk.cs")
