"""cryoSPARC ``.cs`` files: numpy structured arrays saved with ``np.save``.

Fields used by cryoscape: ``blob/path`` (stack path), ``blob/idx`` (0-based image index),
``blob/shape`` (box size), ``blob/psize_A``, ``alignments3D/pose`` (rotation vector, radians),
``alignments3D/shift`` (pixels of the refinement box) and ``ctf/*``.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from cryoscape.errors import InputError
from cryoscape.io.files import atomic_path, require_file


def read_cs(path: str | os.PathLike) -> np.ndarray:
    """Return the structured particle array of a cryoSPARC .cs file (no pickled objects allowed)."""
    path = require_file(path, "cryoSPARC file")
    try:
        data = np.load(path, allow_pickle=False)
    except ValueError as exc:
        raise InputError(
            f"{path} is not a plain cryoSPARC .cs array ({exc}); re-export it from cryoSPARC"
        ) from None
    except (OSError, EOFError, OverflowError, MemoryError, TypeError) as exc:
        raise InputError(f"{path} is not a readable .cs file ({type(exc).__name__}: {exc}); it may be truncated") from None
    if not isinstance(data, np.ndarray) or data.dtype.names is None or data.ndim != 1:
        raise InputError(f"{path} is a numpy file but not a cryoSPARC particle table (no named fields)")
    if data.size == 0:
        raise InputError(f"{path} holds no particles")
    return data


def require_fields(data: np.ndarray, fields: list[str], path: str | os.PathLike, purpose: str) -> None:
    """Raise InputError naming the missing fields when ``data`` lacks any of ``fields``."""
    missing = [f for f in fields if f not in data.dtype.names]
    if missing:
        raise InputError(f"{path} has no {', '.join(missing)} field(s), needed for {purpose}")


def write_cs(path: str | os.PathLike, data: np.ndarray) -> Path:
    """Write a structured array as a .cs file (np.save without the .npy suffix), atomically."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            np.save(fh, data, allow_pickle=False)
    return Path(path)


def decode_path(value: bytes | str) -> str:
    """Return a cryoSPARC ``blob/path`` as text; a leading '>' marks a path relative to the project."""
    text = value.decode() if isinstance(value, (bytes, np.bytes_)) else str(value)
    return text[1:] if text.startswith(">") else text
