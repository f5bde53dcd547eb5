"""Particle sources: every input kind gives the same images; broken references explain themselves."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from cryoscape.data import downsample_stack, open_particles
from cryoscape.errors import InputError
from cryoscape.io import read_mrc, write_mrc, write_stack_list, write_star


def test_txt_list_paths_are_relative_to_the_list(tmp_path, rng):
    a = rng.normal(size=(3, 8, 8)).astype(np.float32)
    b = rng.normal(size=(2, 8, 8)).astype(np.float32)
    (tmp_path / "stacks").mkdir()
    write_mrc(tmp_path / "stacks/a.mrcs", a, 1.0)
    write_mrc(tmp_path / "stacks/b.mrcs", b, 1.0)
    write_stack_list(tmp_path / "stacks/all.txt", [tmp_path / "stacks/a.mrcs", tmp_path / "stacks/b.mrcs"])
    assert (tmp_path / "stacks/all.txt").read_text().split() == ["a.mrcs", "b.mrcs"]
    stack = open_particles(tmp_path / "stacks/all.txt")
    assert stack.n_images == 5
    np.testing.assert_array_equal(stack.images([4, 0, 3]), np.concatenate([a, b])[[4, 0, 3]])


def test_star_references_resolve_with_datadir(tmp_path, formats_dir):
    shutil.copy(formats_dir / "relion31.star", tmp_path / "p.star")
    with pytest.raises(InputError, match="--datadir"):
        open_particles(tmp_path / "p.star")
    stack = open_particles(tmp_path / "p.star", datadir=formats_dir)
    expected, _ = read_mrc(formats_dir / "relion31.mrcs")
    np.testing.assert_array_equal(stack.images(np.arange(5)), expected)


def test_cs_source_and_out_of_range_reference(tmp_path, formats_dir):
    stack = open_particles(formats_dir / "empiar_10076_7.cs")
    expected, _ = read_mrc(formats_dir / "empiar_10076_7.mrc")
    np.testing.assert_array_equal(stack.images(np.arange(7)), expected)
    import pandas as pd
    table = pd.DataFrame({"rlnImageName": ["1@relion31.mrcs", "9@relion31.mrcs"]})
    write_star(tmp_path / "over.star", table)
    with pytest.raises(InputError, match="holds only 5"):
        open_particles(tmp_path / "over.star", datadir=formats_dir)


def test_mixed_boxes_and_non_square_images_are_refused(tmp_path, rng):
    write_mrc(tmp_path / "a.mrcs", rng.normal(size=(2, 8, 8)), 1.0)
    write_mrc(tmp_path / "b.mrcs", rng.normal(size=(2, 10, 10)), 1.0)
    write_stack_list(tmp_path / "l.txt", [tmp_path / "a.mrcs", tmp_path / "b.mrcs"])
    with pytest.raises(InputError, match="box sizes"):
        open_particles(tmp_path / "l.txt")
    write_mrc(tmp_path / "rect.mrcs", rng.normal(size=(2, 8, 10)), 1.0)
    with pytest.raises(InputError, match="square"):
        open_particles(tmp_path / "rect.mrcs")
    with pytest.raises(InputError, match="unknown particle file type"):
        open_particles(tmp_path / "x.h5")


def test_chunked_downsample_equals_single_file(tmp_path, formats_dir):
    stack = open_particles(formats_dir / "hand.mrcs")
    single = downsample_stack(stack, 32, tmp_path / "one.mrcs", batch_size=17, progress=False)
    chunked = downsample_stack(stack, 32, tmp_path / "many.mrcs", chunk_size=30, batch_size=7, progress=False)
    assert [p.name for p in chunked] == ["many.0.mrcs", "many.1.mrcs", "many.2.mrcs", "many.3.mrcs", "many.txt"]
    assert not (tmp_path / "many.mrcs").exists()
    one, header = read_mrc(single[0])
    assert header.apix == pytest.approx(2.0)
    np.testing.assert_array_equal(open_particles(tmp_path / "many.txt").images(np.arange(100)), one)
    selected = downsample_stack(stack, 32, tmp_path / "sel.mrcs", indices=np.array([5, 1]), progress=False)
    np.testing.assert_array_equal(read_mrc(selected[0])[0], one[[5, 1]])
