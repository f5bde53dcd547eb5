"""Folders written all at once: build in a hidden temporary folder, then move into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

from cryoscape.io.files import prepare_output


@contextlib.contextmanager
def staged_folder(final: str | os.PathLike, keep_existing: tuple[str, ...] = ()) -> Iterator[Path]:
    """Yield a temporary folder; on success move its entries into ``final``, replacing same-named ones.

    Entries named in ``keep_existing`` (e.g. notebooks a user may have edited) are not replaced if
    ``final`` already has them. On failure the temporary folder is removed and ``final`` is untouched.
    """
    final = Path(final)
    prepare_output(final)  # creates the parent folder if needed
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    try:
        yield staging
        final.mkdir(exist_ok=True)
        for entry in sorted(staging.iterdir()):
            target = final / entry.name
            if target.exists() and entry.name in keep_existing:
                continue
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            os.replace(entry, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
