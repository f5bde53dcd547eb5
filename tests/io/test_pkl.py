"""Pickles: cryoDRGN files load, round trips hold, and crafted pickles never run code."""

from __future__ import annotations

import os
import pickle
import subprocess

import numpy as np
import pytest

from cryoscape.errors import InputError, UnsafeFileError
from cryoscape.io import load_index, load_pkl, loads_pkl, save_pkl


def test_every_shared_cryodrgn_pickle_loads(formats_dir):
    paths = sorted(formats_dir.rglob("*.pkl"))
    assert len(paths) >= 15
    for path in paths:
        obj = load_pkl(path)
        arrays = obj if isinstance(obj, tuple) else (obj,)
        assert all(isinstance(a, np.ndarray) and a.size for a in arrays)


@pytest.mark.parametrize("protocol", range(0, pickle.HIGHEST_PROTOCOL + 1))
def test_round_trip_every_protocol(protocol):
    obj = (np.arange(6, dtype=np.float32).reshape(2, 3), np.eye(3)[None], np.int64(3),
           {"name": [1, 2.5, "x", b"raw"]})
    back = loads_pkl(pickle.dumps(obj, protocol=protocol))
    np.testing.assert_array_equal(back[0], obj[0])
    np.testing.assert_array_equal(back[1], obj[1])
    assert back[2] == 3 and back[3] == obj[3]


def test_save_pkl_is_readable_by_plain_pickle(tmp_path):
    poses = (np.zeros((3, 3, 3), np.float32), np.ones((3, 2), np.float32))
    save_pkl(poses, tmp_path / "p.pkl")
    with open(tmp_path / "p.pkl", "rb") as fh:
        plain = pickle.load(fh)
    np.testing.assert_array_equal(plain[1], poses[1])


class _RunsShell:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


class _RunsSubprocess:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (subprocess.call, (["touch", str(self.marker)],))


class _Evals:
    def __reduce__(self):
        return (eval, ("__import__('os').getcwd()",))


@pytest.mark.parametrize("payload", [_RunsShell, _RunsSubprocess])
def test_crafted_pickle_is_refused_and_runs_nothing(tmp_path, payload):
    marker = tmp_path / "pwned"
    path = tmp_path / "poses.pkl"
    path.write_bytes(pickle.dumps((np.zeros(3), payload(marker))))
    with pytest.raises(UnsafeFileError, match="refuses"):
        load_pkl(path)
    assert not marker.exists()


def test_eval_pickle_and_garbage_are_refused(tmp_path):
    with pytest.raises(UnsafeFileError):
        loads_pkl(pickle.dumps(_Evals()))
    with pytest.raises(InputError, match="not a readable pickle"):
        loads_pkl(b"definitely not a pickle")
    with pytest.raises(InputError):
        loads_pkl(pickle.dumps(np.arange(10))[:-5])


def test_index_files_are_validated(tmp_path):
    save_pkl(np.array([0, 2, 5]), tmp_path / "ok.pkl")
    np.testing.assert_array_equal(load_index(tmp_path / "ok.pkl", 6), [0, 2, 5])
    for bad, message in [(np.array([0, 9]), "outside"), (np.array([1, 1]), "repeats"),
                         (np.array([], int), "no particles"), (np.zeros((2, 2), int), "1-D")]:
        save_pkl(bad, tmp_path / "bad.pkl")
        with pytest.raises(InputError, match=message):
            load_index(tmp_path / "bad.pkl", 6)


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_pandas_index_pickles_from_cryodrgn_notebooks_load_as_arrays(tmp_path, protocol):
    pd = pytest.importorskip("pandas")
    path = tmp_path / "kmeans500_labels.pkl"  # protocol step 24 saves centers_ind_df, a pandas Index
    path.write_bytes(pickle.dumps(pd.Index(np.array([89122, 37896, 53298]), name="x"), protocol=protocol))
    assert load_index(path).tolist() == [89122, 37896, 53298]
    path.write_bytes(pickle.dumps(pd.RangeIndex(3, 12, 4), protocol=protocol))
    assert load_pkl(path).tolist() == [3, 7, 11]


def test_pandas_index_reconstructor_takes_no_other_class():
    # _new_Index applied to something that is not an Index class stand-in is refused
    payload = (b"\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00\x8c\x18pandas.core.indexes.base\x94"
               b"\x8c\n_new_Index\x94\x93\x94K\x01}\x94\x86\x94R\x94.")
    with pytest.raises(UnsafeFileError, match="malformed pandas Index"):
        loads_pkl(payload)
