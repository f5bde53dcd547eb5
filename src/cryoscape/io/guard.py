"""Output safety: an output never replaces an input, and each output is of the kind it will be written as.

Two lines of defence. :func:`check_command_paths` runs before a command does anything: it compares
the command's declared outputs with its inputs. :func:`protected_inputs` then stays in force while the
command runs: every writer of :mod:`cryoscape.io` (atomic files, staged folders, stacks) asks
:func:`refuse_if_input` before a file takes its final name, which also covers outputs derived from a
flag (half-maps beside a map, files inside an output folder).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from cryoscape.errors import OutputError

# roles of the paths a command is given (commands/flags.py declares them with each flag)
INPUT, RUN_FOLDER = "input", "run folder"  # a run folder is read, and some commands add files to it
OUTPUT_FILE, OUTPUT_FOLDER, OUTPUT = "output file", "output folder", "output"  # OUTPUT: file or folder by mode
READ_ROLES = (INPUT, RUN_FOLDER)

_PROTECTED: contextvars.ContextVar[dict[Path, str]] = contextvars.ContextVar("protected_inputs", default={})


@dataclass(frozen=True)
class CommandPath:
    """One path given on the command line: the flag it came with, its role and the path."""

    flag: str
    role: str  # one of the roles above
    path: Path


def _key(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return _key(a) == _key(b)


def check_command_paths(paths: Iterable[CommandPath]) -> None:
    """Raise OutputError if an output is one of the inputs, or is a file where a folder is written (or vice versa)."""
    paths = list(paths)
    inputs = [p for p in paths if p.role == INPUT]
    for out in paths:
        if out.role == OUTPUT_FILE and out.path.is_dir():
            raise OutputError(f"{out.flag} {out.path} is an existing folder; give the path of a file to write")
        if out.role == OUTPUT_FOLDER and out.path.exists() and not out.path.is_dir():
            raise OutputError(f"{out.flag} {out.path} is an existing file; give the path of a folder to write into")
        if out.role in READ_ROLES:
            continue
        for source in inputs:
            if _same(out.path, source.path):
                raise OutputError(f"{out.flag} {out.path} is also this command's input {source.flag}; writing there "
                                  "would destroy the input: choose another output path")


@contextlib.contextmanager
def protected_inputs(paths: Iterable[Path]) -> Iterator[None]:
    """Within the block, refuse any write that would replace one of the existing files ``paths``."""
    protected = dict(_PROTECTED.get())
    for path in paths:
        path = Path(path)
        if path.is_file():
            protected[_key(path)] = str(path)
    token = _PROTECTED.set(protected)
    try:
        yield
    finally:
        _PROTECTED.reset(token)


def refuse_if_input(path: str | os.PathLike) -> None:
    """Raise OutputError if ``path`` is an input of the running command (see :func:`protected_inputs`)."""
    protected = _PROTECTED.get()
    if protected and _key(Path(path)) in protected:
        raise OutputError(f"refusing to write {path}: it is an input of this command ({protected[_key(Path(path))]}); "
                          "choose another output path")
