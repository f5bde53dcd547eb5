"""Subsets of the consensus refinement's .star/.cs files for a saved selection (back to RELION, cryoSPARC)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cryoscape.data.export import subset_cs, subset_star
from cryoscape.errors import InputError
from cryoscape.io import read_cs, read_star, write_cs, write_star


def export_sources(particles: str, star: str | None = None, cs: str | None = None) -> dict[str, Path]:
    """Return the files a selection is also written as: the given .star/.cs, or the run's own particle file
    when it is one (its rows are the stack's particles)."""
    sources = {".star": star, ".cs": cs}
    suffix = Path(particles).suffix.lower()
    if suffix in sources and sources[suffix] is None:
        sources[suffix] = particles
    found = {}
    for suffix, path in sources.items():
        if path is None:
            continue
        if not Path(path).is_file():
            raise InputError(f"{path} does not exist; give the {suffix} file of the particles the run was trained on")
        found[suffix] = Path(path)
    return found


def write_subsets(folder: Path, kept_rows: np.ndarray, sources: dict[str, Path]) -> list[Path]:
    """Write ``folder/particles.star`` and/or ``particles.cs`` holding the kept rows (of a tilt series: every
    tilt image of the kept particles); return their paths."""
    written = []
    if ".star" in sources:
        particles, optics = subset_star(read_star(sources[".star"]), kept_rows)
        written.append(write_star(folder / "particles.star", particles, optics))
    if ".cs" in sources:
        written.append(write_cs(folder / "particles.cs", subset_cs(read_cs(sources[".cs"]), kept_rows,
                                                                    str(sources[".cs"]))))
    return [Path(p) for p in written]
