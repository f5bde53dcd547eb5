"""Property tests: any bytes given to the STAR, CS, MRC (and pickle) readers either parse or raise
cryoscape's own error — never another exception type, never a crash."""

from __future__ import annotations

import io
import string
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cryoscape.errors import CryoscapeError
from cryoscape.io import loads_pkl, read_cs, read_mrc, read_mrc_header, read_star

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse(suffix: str, data: bytes, reader) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            reader(path)
        except CryoscapeError:
            pass


star_tokens = st.sampled_from(["data_", "data_optics", "data_particles", "loop_", "_rlnImageName", "_rlnDefocusU",
                               "_rlnOpticsGroup", "_rlnImagePixelSize", "#1", "#2", "1@a.mrcs", "3.5", "-1", "nan",
                               "\n", " ", "\t", "#", "'", '"', "_rln", "data_x", "1"])


@SETTINGS
@given(st.lists(star_tokens, max_size=60))
def test_star_reader_parses_or_raises_its_own_error(tokens):
    _parse(".star", " ".join(tokens).encode(), read_star)


@SETTINGS
@given(st.text(alphabet=string.printable, max_size=400))
def test_star_reader_on_arbitrary_text(text):
    _parse(".star", text.encode(), read_star)


def _cs_bytes(fields: list[str], n: int, cut: int | None) -> bytes:
    dtype = [(name, "<f4") for name in dict.fromkeys(fields)] or [("uid", "<u8")]
    buffer = io.BytesIO()
    np.save(buffer, np.zeros(n, dtype=dtype))
    raw = buffer.getvalue()
    return raw if cut is None else raw[:cut]


@SETTINGS
@given(st.lists(st.sampled_from(["uid", "blob/idx", "ctf/df1_A", "alignments3D/pose", "x"]), max_size=5),
       st.integers(0, 20), st.one_of(st.none(), st.integers(0, 400)))
def test_cs_reader_parses_or_raises_its_own_error(fields, n, cut):
    _parse(".cs", _cs_bytes(fields, n, cut), read_cs)


@SETTINGS
@given(st.binary(max_size=600))
def test_cs_reader_on_arbitrary_bytes(data):
    _parse(".cs", data, read_cs)


def _mrc_bytes(nx: int, ny: int, nz: int, mode: int, extra: int, payload: int, stamp: bytes) -> bytes:
    header = bytearray(1024)
    header[0:12] = np.array([nx, ny, nz], "<i4").tobytes()
    header[12:16] = np.int32(mode).tobytes()
    header[92:96] = np.int32(extra).tobytes()
    header[208:212] = b"MAP "
    header[212:216] = stamp
    return bytes(header) + bytes(payload)


@SETTINGS
@given(st.integers(-5, 70), st.integers(-5, 70), st.integers(-5, 70), st.integers(-2, 20), st.integers(-10, 3000),
       st.integers(0, 5000), st.sampled_from([b"DA\x00\x00", b"\x11\x11\x00\x00", b"\x00\x00\x00\x00", b"zzzz"]))
def test_mrc_reader_parses_or_raises_its_own_error(nx, ny, nz, mode, extra, payload, stamp):
    data = _mrc_bytes(nx, ny, nz, mode, extra, payload, stamp)
    _parse(".mrcs", data, read_mrc_header)
    _parse(".mrc", data, read_mrc)


@SETTINGS
@given(st.binary(max_size=300))
@example(b"\x8d\x00\x00\x00\x00\x00\x00\x00\x80")  # found by hypothesis: a string length overflowing
def test_pickle_reader_on_arbitrary_bytes(data):
    try:
        loads_pkl(data)
    except CryoscapeError:
        pass
