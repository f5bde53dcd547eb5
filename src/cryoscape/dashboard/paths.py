"""The dashboard's one rule for paths: whatever the browser names is resolved inside the run folder, or refused."""

from __future__ import annotations

import os
import re
from pathlib import Path

from cryoscape.errors import InputError

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class OutsideRootError(InputError):
    """A path from the browser points outside the served folder (or is not a plain name)."""


def inside(root: Path, relative: str) -> Path:
    """Return ``root/relative`` resolved (links followed); raise OutsideRootError unless it stays inside ``root``.

    Absolute paths, ``..`` components and links leading out of ``root`` are all refused the same way.
    """
    root = Path(os.path.realpath(root))
    if not relative or "\x00" in relative or Path(relative).is_absolute() or "\\" in relative:
        raise OutsideRootError(f"{relative!r} is not a path inside the run folder")
    target = Path(os.path.realpath(root / relative))
    if target != root and root not in target.parents:
        raise OutsideRootError(f"{relative!r} leads outside the run folder {root}")
    return target


def safe_name(name: str, what: str = "name") -> str:
    """Return ``name`` if it can be a file name on its own (letters, digits, '.', '_', '-'); raise otherwise."""
    if not _SAFE_NAME.match(name or "") or ".." in name:
        raise OutsideRootError(f"{what} {name!r}: use letters, digits, '.', '_' and '-' only (at most 100)")
    return name
