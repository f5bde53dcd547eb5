"""MRC reading and writing: round trips, permissive headers, and refusal of corrupt data."""

from __future__ import annotations

import shutil

import mrcfile
import numpy as np
import pytest

from cryoscape.errors import InputError, OutputError
from cryoscape.io import (MrcStackWriter, read_mrc, read_mrc_header, read_mrc_indices,
                          read_mrc_slices, write_mrc)


def test_volume_round_trip_keeps_values_and_voxel_size(tmp_path, rng):
    vol = rng.normal(size=(16, 16, 16)).astype(np.float32)
    write_mrc(tmp_path / "v.mrc", vol, apix=2.5)
    back, header = read_mrc(tmp_path / "v.mrc")
    np.testing.assert_array_equal(back, vol)
    assert header.apix == pytest.approx(2.5)
    assert not header.is_stack


def test_stack_round_trip_and_memory_map(tmp_path, rng):
    stack = rng.normal(size=(7, 12, 12)).astype(np.float32)
    write_mrc(tmp_path / "s.mrcs", stack, apix=1.1)
    header = read_mrc_header(tmp_path / "s.mrcs")
    assert header.is_stack and header.n_images == 7 and header.box_size == 12
    mapped, _ = read_mrc(tmp_path / "s.mrcs", mmap=True)
    np.testing.assert_array_equal(np.asarray(mapped), stack)
    np.testing.assert_array_equal(read_mrc_slices(header, 2, 5), stack[2:5])
    np.testing.assert_array_equal(read_mrc_indices(header, np.array([6, 0, 3, 4, 0])), stack[[6, 0, 3, 4, 0]])


def test_zero_machine_stamp_and_zero_pixel_size_are_accepted(tmp_path, formats_dir):
    path = tmp_path / "zero_stamp.mrcs"
    shutil.copy(formats_dir / "hand.mrcs", path)
    with open(path, "r+b") as fh:  # machine stamp: bytes 212-215
        fh.seek(212)
        fh.write(b"\x00\x00\x00\x00")
    data, header = read_mrc(path)
    assert data.shape == (100, 64, 64)
    _, empiar = read_mrc(formats_dir / "empiar_10076_7.mrc")
    assert empiar.apix == 0.0  # header says 0 Å/px; callers fall back to CTF pixel size


def test_truncated_file_is_refused(tmp_path, formats_dir):
    path = tmp_path / "cut.mrcs"
    shutil.copy(formats_dir / "hand.mrcs", path)
    with open(path, "r+b") as fh:
        fh.truncate(5000)
    with pytest.raises(InputError, match="truncated"):
        read_mrc_header(path)


@pytest.mark.filterwarnings("ignore:Data array contains NaN")
def test_complex_mode_nan_pixels_and_empty_file_are_refused(tmp_path):
    with mrcfile.new(tmp_path / "c.mrc") as mrc:
        mrc.set_data(np.zeros((4, 4, 4), dtype=np.complex64))
    with pytest.raises(InputError, match="mode 4"):
        read_mrc(tmp_path / "c.mrc")
    bad = np.ones((2, 4, 4), np.float32)
    bad[1, 2, 2] = np.nan
    with pytest.raises(OutputError, match="NaN"):  # cryoscape never writes a non-finite map
        write_mrc(tmp_path / "nan.mrcs", bad, 1.0)
    assert not (tmp_path / "nan.mrcs").exists()
    with mrcfile.new(tmp_path / "nan.mrcs") as mrc:  # another program may
        mrc.set_data(bad)
    with pytest.raises(InputError, match="NaN"):
        read_mrc(tmp_path / "nan.mrcs")
    (tmp_path / "empty.mrc").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_mrc(tmp_path / "empty.mrc")


def test_stack_writer_streams_and_leaves_nothing_on_failure(tmp_path, rng):
    images = rng.normal(size=(10, 8, 8)).astype(np.float32)
    with MrcStackWriter(tmp_path / "w.mrcs", 10, 8, apix=3.0) as writer:
        writer.write(images[:4])
        writer.write(images[4:])
    data, header = read_mrc(tmp_path / "w.mrcs")
    np.testing.assert_array_equal(data, images)
    assert header.apix == pytest.approx(3.0)
    with mrcfile.open(tmp_path / "w.mrcs", header_only=True) as mrc:
        assert float(mrc.header.dmean) == pytest.approx(float(images.mean()), abs=1e-5)
    with pytest.raises(RuntimeError):
        with MrcStackWriter(tmp_path / "fail.mrcs", 10, 8, apix=3.0) as writer:
            writer.write(images[:4])
            raise RuntimeError("interrupted")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.mrcs"]
