"""CtfParameters and Poses: the one validation every reader and consumer relies on (examples and properties)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.spatial.transform import Rotation

from cryoscape.data import CtfParameters, Poses
from cryoscape.errors import InputError

GOOD_ROW = [128, 1.5, 15000, 14000, 30.0, 300, 2.7, 0.1, 0.0]


def ctf_rows(n: int = 4) -> np.ndarray:
    return np.tile(np.array(GOOD_ROW, np.float32), (n, 1))


def rotations(n: int = 4, seed: int = 0) -> np.ndarray:
    return Rotation.random(n, random_state=seed).as_matrix().astype(np.float32)


@pytest.mark.parametrize("column, value, phrase", [
    (0, 0, "box size"), (0, -64, "box size"), (0, 64.5, "box size"), (1, 0, "pixel size"), (1, -1.2, "pixel size"),
    (2, -100, "defocus"), (3, -1, "defocus"), (5, 0, "voltage"), (5, -300, "voltage"), (5, 300_000, "voltage"),
    (6, -2.7, "spherical aberration"), (7, -0.1, "amplitude contrast"), (7, 1.5, "amplitude contrast"),
    (2, np.nan, "NaN"), (6, np.inf, "NaN"),
])
def test_impossible_ctf_values_are_refused_naming_the_value(column, value, phrase):
    rows = ctf_rows()
    rows[2, column] = value
    with pytest.raises(InputError, match=phrase) as info:
        CtfParameters(rows, "c.pkl")
    assert "c.pkl" in str(info.value) and "particle 2" in str(info.value)


def test_ctf_accepts_real_values_and_keeps_the_callers_array():
    rows = ctf_rows()
    rows[:, 8] = np.nan  # no phase plate: a missing phase shift means 0
    ctf = CtfParameters(rows, "c.pkl")
    assert (ctf.phase_shift_deg == 0).all() and np.isnan(rows[:, 8]).all()
    assert not ctf.values.flags.writeable
    np.testing.assert_allclose(ctf.extent_angstrom, 192.0)
    small = ctf.for_box(64)
    np.testing.assert_allclose(small.apix, 3.0) and np.testing.assert_allclose(small.extent_angstrom, 192.0)
    assert len(ctf.select(np.array([3, 1]))) == 2


@pytest.mark.parametrize("obj", [np.zeros((4, 8)), np.zeros(9), "text", {"ctf": 1}, np.zeros((0, 9)),
                                 np.array([["a"] * 9], dtype=object)])
def test_objects_that_are_not_ctf_files(obj):
    with pytest.raises(InputError):
        CtfParameters.from_object(obj, "c.pkl")


@pytest.mark.parametrize("transform, phrase", [
    (lambda r: r * 2.0, "not a rotation"), (lambda r: -r, "reflection"), (lambda r: r * 0.0, "reflection|rotation"),
    (lambda r: np.where(np.eye(3, dtype=bool), r, r + 0.1), "not a rotation"), (lambda r: r * np.nan, "NaN"),
])
def test_matrices_that_are_not_rotations_are_refused(transform, phrase):
    rot = rotations()
    rot[1] = transform(rot[1])
    with pytest.raises(InputError, match=phrase):
        Poses(rot, np.zeros((4, 2), np.float32), "p.pkl")


@pytest.mark.parametrize("shift", [1e6, -1.5, np.inf])
def test_shifts_beyond_the_box_are_refused(shift):
    trans = np.zeros((4, 2), np.float32)
    trans[3, 1] = shift
    with pytest.raises(InputError, match="-D|NaN"):
        Poses(rotations(), trans, "p.pkl")


def test_poses_from_the_layouts_cryodrgn_writes():
    rot = rotations()
    assert Poses.from_object(rot, "rot.pkl").translations_box.shape == (4, 2)
    assert len(Poses.from_object((rot,), "rot.pkl")) == 4
    poses = Poses.from_object([rot, np.full((4, 2), 0.1)], "p.pkl")
    assert poses.to_tuple()[1].dtype == np.float32
    for bad in ({"rot": rot}, (rot, np.zeros((3, 2))), (rot, np.zeros((4, 2)), 1), ("a", "b")):
        with pytest.raises(InputError):
            Poses.from_object(bad, "p.pkl")


finite = st.floats(-1e4, 1e4, allow_nan=False, width=32)


any_value = st.one_of(st.floats(-2, 2, width=32), st.floats(-1e6, 1e6, width=32),
                      st.sampled_from([np.nan, np.inf, -np.inf, 0.0, 1.0, 64.0, 300.0, 1e6]))


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 4), st.lists(st.tuples(st.integers(0, 3), st.integers(0, 8), any_value), max_size=4))
def test_ctf_validation_accepts_exactly_the_physical_rows(n, edits):
    values = ctf_rows(n)
    for row, column, value in edits:
        values[row % n, column] = value
    v = values.astype(np.float64)
    phase = np.nan_to_num(v[:, 8], nan=0.0)
    rest = np.delete(v, 8, axis=1)
    physical = (np.isfinite(rest).all() and np.isfinite(phase).all()
                and (v[:, 0] >= 1).all() and (v[:, 0] == np.round(v[:, 0])).all() and (v[:, 1] > 0).all()
                and (v[:, 2] >= 0).all() and (v[:, 3] >= 0).all() and (v[:, 5] > 0).all() and (v[:, 5] <= 1000).all()
                and (v[:, 6] >= 0).all() and (v[:, 7] >= 0).all() and (v[:, 7] <= 1).all())
    try:
        ctf = CtfParameters(values, "c.pkl")
    except InputError as exc:
        assert not physical, exc
        assert "\n" not in str(exc) and "c.pkl" in str(exc)
    else:
        assert physical
        assert np.isfinite(ctf.values).all()


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 6), st.integers(0, 2**31 - 1), st.floats(0.5, 2.0), st.booleans(), finite)
def test_pose_validation_accepts_exactly_rotations_within_the_box(n, seed, scale, reflect, shift):
    rot = rotations(n, seed) * np.float32(scale)
    if reflect:
        rot[-1] = -rot[-1]
    trans = np.full((n, 2), shift / 1e3, np.float32)
    proper = abs(scale - 1) <= 4e-4 and not reflect and abs(shift / 1e3) <= 1.0
    try:
        poses = Poses(rot, trans, "p.pkl")
    except InputError as exc:
        assert not proper or abs(scale - 1) > 1e-4, exc  # near the tolerance either answer is fine
        assert "\n" not in str(exc) and "p.pkl" in str(exc)
    else:
        assert abs(scale - 1) <= 1e-3 and not reflect
        assert np.isfinite(poses.rotations).all()
