"""FSC curves as text: cryoDRGN's layout (a ``pixres fsc`` header, space-separated rows), extra curves as
extra named columns; headerless two-column files (frequency, FSC) are read too."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.errors import InputError
from cryoscape.io.files import atomic_path, require_file


def write_fsc_table(path: str | os.PathLike, freq_per_px: np.ndarray, curves: dict[str, np.ndarray]) -> Path:
    """Write frequency (1/px, column ``pixres``) and one column per named curve, the first named ``fsc``."""
    table = pd.DataFrame({"pixres": np.asarray(freq_per_px, np.float64)})
    for name, curve in curves.items():
        table[name] = np.asarray(curve, np.float64)
    with atomic_path(path) as tmp:
        table.to_csv(tmp, sep=" ", header=True, index=False, float_format="%.6g")
    return Path(path)


def read_fsc_table(path: str | os.PathLike) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Return (frequency in 1/px, {name: curve}) from an FSC table written by cryoscape or cryoDRGN."""
    path = require_file(path, "FSC table")
    try:
        table = pd.read_csv(path, sep=r"\s+", header=None, comment="#", dtype=str)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} is not an FSC table ({type(exc).__name__}); give the text file written by "
                         "`fsc -o` (columns: pixres fsc)") from None
    names = list(table.iloc[0])
    if not _is_number(names[0]):
        table = table.iloc[1:]
    else:
        names = ["pixres"] + ["fsc" if i == 1 else f"fsc{i}" for i in range(1, table.shape[1])]
    try:
        values = table.to_numpy(dtype=np.float64)
    except ValueError:
        raise InputError(f"{path}: non-numeric values below the header; give an FSC table (columns: pixres fsc)") from None
    if values.ndim != 2 or values.shape[1] < 2 or len(values) < 2 or not np.isfinite(values).all():
        raise InputError(f"{path} holds no FSC curve (need ≥ 2 rows of frequency and FSC, all finite)")
    return values[:, 0], {str(name): values[:, i] for i, name in enumerate(names) if i > 0}


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
