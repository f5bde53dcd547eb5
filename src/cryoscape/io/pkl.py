"""cryoDRGN-layout pickles (poses.pkl, ctf.pkl, index .pkl, z.N.pkl), read without running code.

A pickle is a program: loading one with :func:`pickle.load` can call any importable function.
:func:`load_pkl` runs it through an unpickler that resolves only the globals needed to rebuild
numpy arrays, numpy scalars and dtypes; containers (tuple, list, dict) and plain scalars need no
globals at all; a pandas Index (as cryoDRGN's notebooks save) is read as its numpy array by our own
function, without pandas. Anything else raises :class:`UnsafeFileError` before a single object is built.
"""

from __future__ import annotations

import io
import os
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from cryoscape.errors import InputError, UnsafeFileError
from cryoscape.io.files import atomic_path, require_file

# (module, name) pairs that rebuild numpy arrays. numpy 1.x pickles name numpy.core, numpy 2.x
# numpy._core; protocol-5 pickles of contiguous arrays use _frombuffer.
_NUMPY_MODULES = ("numpy.core.multiarray", "numpy._core.multiarray",
                  "numpy.core.numeric", "numpy._core.numeric")
_NUMPY_NAMES = {"_reconstruct", "scalar", "_frombuffer"}
_ALLOWED_GLOBALS = {("numpy", "ndarray"), ("numpy", "dtype"),
                    ("collections", "OrderedDict"), ("builtins", "bytearray"),
                    ("builtins", "complex"), ("builtins", "slice"),
                    # protocols 0-2 store bytes as codecs.encode(str, "latin1"): no code runs
                    ("_codecs", "encode")}
_ALLOWED_NUMPY_DTYPE_MODULE = "numpy.dtypes"
# cryoDRGN's notebooks save pandas Index objects (protocol step 24: kmeans500_labels.pkl). Their
# pickles call pandas' _new_Index(cls, {"data": array, "name": …}); we substitute our own function
# that returns just the array, so pandas code never runs and the result is a plain numpy array.
_PANDAS_INDEX_MODULES = ("pandas.core.indexes.base", "pandas.core.indexes.numeric", "pandas.core.indexes.range",
                         "pandas", "pandas.core.indexes.api")
_PANDAS_INDEX_CLASSES = {"Index", "Int64Index", "UInt64Index", "Float64Index", "RangeIndex"}


class _PandasIndexClass:
    """Stands in for a pandas Index class named in a pickle; only its name is kept."""

    def __init__(self, name: str):
        self.name = name


def _index_data(cls: Any, state: Any) -> np.ndarray:
    if not isinstance(cls, _PandasIndexClass) or not isinstance(state, dict):
        raise UnsafeFileError("holds a malformed pandas Index")
    if cls.name == "RangeIndex":
        return np.arange(state.get("start", 0), state["stop"], state.get("step", 1))
    return np.asarray(state.get("data"))


class _RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module in _PANDAS_INDEX_MODULES and name == "_new_Index":
            return _index_data
        if module in _PANDAS_INDEX_MODULES and name in _PANDAS_INDEX_CLASSES:
            return _PandasIndexClass(name)
        allowed = (
            (module in _NUMPY_MODULES and name in _NUMPY_NAMES)
            or (module, name) in _ALLOWED_GLOBALS
            or (module == _ALLOWED_NUMPY_DTYPE_MODULE and name.endswith("DType"))
        )
        if not allowed:
            raise UnsafeFileError(
                f"refers to {module}.{name}, which is not a numpy array, tuple, list, dict or "
                "scalar; cryoscape refuses to load it because unpickling it could run code. "
                "Recreate the file with cryoscape or cryoDRGN from trusted inputs"
            )
        return super().find_class(module, name)

    def persistent_load(self, pid: Any) -> Any:
        raise UnsafeFileError("uses persistent references, which cryoscape does not load")


def loads_pkl(data: bytes, source: str = "pickle") -> Any:
    """Return the object in pickled ``data``, admitting only numpy arrays, containers and scalars."""
    try:
        return _RestrictedUnpickler(io.BytesIO(data)).load()
    except UnsafeFileError as exc:
        raise UnsafeFileError(f"{source} {exc}") from None
    except Exception as exc:  # nothing ran (only numpy/containers are built): any failure means a malformed file
        raise InputError(
            f"{source} is not a readable pickle ({type(exc).__name__}: {exc}); "
            "it may be truncated or not a .pkl file"
        ) from None


def load_pkl(path: str | os.PathLike) -> Any:
    """Return the object stored in a cryoDRGN-layout .pkl file, refusing anything that runs code."""
    path = require_file(path, "pickle file")
    return loads_pkl(path.read_bytes(), source=str(path))


def save_pkl(obj: Any, path: str | os.PathLike) -> Path:
    """Pickle ``obj`` atomically (protocol 4, readable by cryoDRGN and older numpy)."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            pickle.dump(obj, fh, protocol=4)
    return Path(path)


def load_index(path: str | os.PathLike, n_total: int | None = None) -> np.ndarray:
    """Return a particle selection (1-D int64 indices) from an index .pkl, validated against ``n_total``."""
    obj = load_pkl(path)
    try:
        ind = np.asarray(obj)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{path} does not hold an index array ({exc})") from None
    if ind.dtype == bool:  # a mask selects particles only if it has one entry per particle
        if ind.ndim != 1 or (n_total is not None and ind.size != n_total):
            raise InputError(f"{path} is a boolean mask of {ind.size} entries but there are "
                             f"{n_total if n_total is not None else '?'} particles; give a mask of the same "
                             "length, or an array of particle indices")
        ind = np.flatnonzero(ind)
    if ind.ndim != 1 or ind.dtype.kind not in "iu":
        raise InputError(
            f"{path} holds {ind.dtype} data of shape {ind.shape}; an index file must be a 1-D "
            "integer array of particle indices"
        )
    if ind.size == 0:
        raise InputError(f"{path} selects no particles; check the filtering that produced it")
    ind = ind.astype(np.int64)
    if ind.min() < 0 or (n_total is not None and ind.max() >= n_total):
        raise InputError(
            f"{path} holds index {int(ind.max() if ind.min() >= 0 else ind.min())} outside 0..{n_total - 1 if n_total else '?'}"
            "; it was made for a different particle stack"
        )
    if np.unique(ind).size != ind.size:
        raise InputError(f"{path} repeats particle indices; an index file must list each particle once")
    return ind
