"""YAML settings files and typed dataclasses built from them, with errors that name the problem."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, TypeVar

import yaml

from cryoscape.errors import InputError

T = TypeVar("T")


def read_yaml(path: str | os.PathLike, what: str) -> Any:
    """Return the parsed content of a YAML file, or raise InputError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{what} {path} does not exist")
    try:
        return yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        raise InputError(f"{path} is not valid YAML ({exc})") from None


def build_dataclass(cls: type[T], data: Any, where: str) -> T:
    """Return ``cls(**data)`` (lists become tuples), refusing unknown keys and wrong arguments."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{where} must be a mapping of settings, got {type(data).__name__}")
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise InputError(f"{where}: unknown setting(s) {unknown}; known: {sorted(names)}")
    converted = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    try:
        return cls(**converted)
    except TypeError as exc:
        raise InputError(f"{where}: {exc}") from None
