"""Per-particle pickles of any cryoDRGN layout — an (N, …) array (CTF, z, labels) or a tuple of them (poses,
z with log-variances) — selected by rows, or joined end to end."""

from __future__ import annotations

from typing import Any

import numpy as np

from cryoscape.errors import InputError


def _parts(obj: Any, source: str) -> tuple[list[np.ndarray], bool]:
    """Return (arrays, was a tuple/list); every array must have one row per particle, the same N."""
    is_sequence = isinstance(obj, (tuple, list)) and len(obj) > 0 and all(np.ndim(p) >= 1 for p in obj)
    parts = [np.asarray(p) for p in obj] if is_sequence else [np.asarray(obj)]
    if any(p.ndim == 0 for p in parts):
        raise InputError(f"{source} holds a single value, not one row per particle")
    counts = {len(p) for p in parts}
    if len(counts) != 1:
        raise InputError(f"{source} holds arrays of {sorted(counts)} rows; per-particle parts must agree")
    return parts, is_sequence


def count_rows(obj: Any, source: str = "pickle") -> int:
    """Return the number of particles (rows) of a per-particle pickle's content."""
    parts, _ = _parts(obj, source)
    return len(parts[0])


def select_rows(obj: Any, rows: np.ndarray, source: str = "pickle") -> Any:
    """Return ``obj`` (array or tuple of arrays) keeping ``rows``, in the same layout."""
    parts, is_sequence = _parts(obj, source)
    n = len(parts[0])
    if rows.size and (rows.min() < 0 or rows.max() >= n):
        raise InputError(f"index {int(rows.max())} is outside the {n} rows of {source}; the index belongs to another "
                         "dataset")
    chosen = [p[rows] for p in parts]
    return tuple(chosen) if is_sequence else chosen[0]


def concat_rows(objects: list[Any], sources: list[str]) -> Any:
    """Return the pickles' contents joined end to end (same layout and per-row shapes required)."""
    split = [_parts(obj, src) for obj, src in zip(objects, sources)]
    layouts = {(seq, tuple((p.shape[1:], p.dtype.kind) for p in parts)) for parts, seq in split}
    if len(layouts) != 1:
        raise InputError(f"{', '.join(sources)} do not share one layout (array shapes per row and types differ); "
                         "concatenate files of one kind (poses with poses, CTF with CTF)")
    joined = [np.concatenate([parts[i] for parts, _ in split]) for i in range(len(split[0][0]))]
    return tuple(joined) if split[0][1] else joined[0]
