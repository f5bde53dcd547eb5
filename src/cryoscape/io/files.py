"""File-system helpers shared by every writer: atomic replacement and input checks."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

from cryoscape.errors import InputError, OutputError
from cryoscape.io.guard import refuse_if_input


# compressed files read as garbage (e.g. "truncated"); torch's zip checkpoints are not listed on purpose
COMPRESSED_MAGIC = ((b"\x1f\x8b", "gzip", "gunzip"), (b"\xfd7zXZ\x00", "xz", "unxz"), (b"\x28\xb5\x2f\xfd", "zstd", "unzstd"))


def require_file(path: str | os.PathLike, what: str = "input file") -> Path:
    """Return ``path`` as a Path after checking it names a non-empty readable file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{what} {path} does not exist; check the path")
    if path.is_dir():
        raise InputError(f"{what} {path} is a directory; give a file")
    if path.stat().st_size == 0:
        raise InputError(f"{what} {path} is empty (0 bytes); re-export it from its source")
    with open(path, "rb") as fh:
        start = fh.read(6)
    for magic, kind, tool in COMPRESSED_MAGIC:
        if start.startswith(magic):
            raise InputError(f"{what} {path} is {kind}-compressed; decompress it first ({tool} {path.name})")
    return path


def check_free_space(directory: str | os.PathLike, needed_bytes: int) -> None:
    """Raise OutputError if ``directory`` lacks ``needed_bytes`` of free space (plus 1% margin)."""
    directory = Path(directory)
    free_bytes = shutil.disk_usage(directory).free
    if needed_bytes * 1.01 > free_bytes:
        raise OutputError(
            f"not enough disk space in {directory}: need {needed_bytes / 1e9:.2f} GB, "
            f"{free_bytes / 1e9:.2f} GB free; free space or write elsewhere"
        )


def prepare_output(path: str | os.PathLike) -> Path:
    """Return ``path`` as a Path after checking it may be written as a file: not a folder, not an input
    of the running command, in a writable folder (created with its parents if missing)."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is an existing folder; give the path of a file to write")
    refuse_if_input(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        parent.mkdir(parents=True, exist_ok=True)
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write to {parent}: permission denied; choose another -o")
    return path


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` only if the block succeeds.

    An interrupted or failed write therefore never leaves a truncated file under the final name.
    """
    final = prepare_output(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class OutputGroup:
    """Files a command writes together: each is written under a hidden temporary name beside its final
    one and all are renamed into place only when the block succeeds. On failure none is, so a failed
    command leaves no partial output and every file that existed before stays as it was."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self._staged: list[Path] = []

    def add(self, path: str | os.PathLike) -> Path:
        """Return the temporary path to write ``path``'s content to (same suffix, so writers pick the format)."""
        final = prepare_output(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.stem}.", suffix=f".staged{final.suffix}", dir=final.parent)
        os.close(fd)
        self.paths.append(final)
        self._staged.append(Path(tmp_name))
        return Path(tmp_name)

    def __enter__(self) -> "OutputGroup":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            for final in self.paths:
                refuse_if_input(final)
            for staged, final in zip(self._staged, self.paths):
                os.replace(staged, final)
        else:
            for staged in self._staged:
                staged.unlink(missing_ok=True)


@contextlib.contextmanager
def staged_folder(final: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary folder; on success move its entries into ``final``, replacing same-named ones.

    On failure the temporary folder is removed and ``final`` is untouched; an entry that would replace an
    input of the running command is refused before anything is moved.
    """
    final = Path(final)
    if final.exists() and not final.is_dir():
        raise OutputError(f"{final} is an existing file; give the path of a folder to write into")
    refuse_if_input(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    try:
        yield staging
        entries = sorted(staging.iterdir())
        for entry in entries:  # refuse before anything is replaced
            refuse_if_input(final / entry.name)
        final.mkdir(exist_ok=True)
        for entry in entries:
            target = final / entry.name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            os.replace(entry, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
