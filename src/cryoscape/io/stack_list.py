"""``.txt`` lists of particle stacks, one path per line, relative paths taken from the list's folder."""

from __future__ import annotations

import os
from pathlib import Path

from cryoscape.errors import InputError
from cryoscape.io.files import atomic_path, require_file


def read_stack_list(path: str | os.PathLike) -> list[Path]:
    """Return the stack paths named in a .txt list, resolved against the list's directory."""
    path = require_file(path, "stack list")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # a byte-order mark is not part of a path
    except UnicodeDecodeError:
        raise InputError(f"{path} is not a text list of .mrcs paths (binary content)") from None
    entries = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not entries:
        raise InputError(f"{path} lists no stacks")
    stacks = []
    for entry in entries:
        stack = Path(entry)
        if not stack.is_absolute():
            stack = path.parent / stack
        if not stack.exists():
            raise InputError(f"{path} lists {entry}, which does not exist at {stack}")
        stacks.append(stack)
    return stacks


def write_stack_list(path: str | os.PathLike, stacks: list[Path]) -> Path:
    """Write a .txt list naming ``stacks`` relative to the list's own directory when possible."""
    path = Path(path)
    base = path.parent.resolve()
    lines = []
    for stack in stacks:
        stack = Path(stack).resolve()
        try:
            lines.append(str(stack.relative_to(base)))
        except ValueError:
            lines.append(str(stack))
    with atomic_path(path) as tmp:
        tmp.write_text("\n".join(lines) + "\n")
    return path
