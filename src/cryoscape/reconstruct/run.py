"""``backproject_voxel`` as a library call: back-project posed particles and write the map, half-maps and FSC."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cryoscape.data import PosedParticles
from cryoscape.fourier import fsc, resolution_at
from cryoscape.io import OutputGroup, atomic_path, write_mrc
from cryoscape.logs import get_logger
from cryoscape.plotting import plot_fsc
from cryoscape.reconstruct.backproject import TiltWeighting, backproject


@dataclass(frozen=True)
class BackprojectOptions:
    """How to back-project: sign of the data, how many particles, Wiener term and images per batch."""

    invert: bool = True
    first: int | None = 10_000  # the first N selected particles (None: all)
    reg_weight: float = 1.0
    batch_size: int = 256


def backproject_paths(output: str | os.PathLike) -> dict[str, Path]:
    """Return the files written for map ``output``: the map, two half-maps, the FSC as text and plot."""
    out = Path(output)
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return {"map": out, "half_a": out.with_name(f"{stem}.half_a.mrc"),
            "half_b": out.with_name(f"{stem}.half_b.mrc"), "fsc_txt": out.with_name(f"{stem}.fsc.txt"),
            "fsc_png": out.with_name(f"{stem}.fsc.png")}


def backproject_to_files(particles: PosedParticles, output: str | os.PathLike,
                         options: BackprojectOptions = BackprojectOptions(), progress: bool = True,
                         tilts: TiltWeighting | None = None) -> dict:
    """Back-project ``particles`` and write the files of :func:`backproject_paths`; return the FSC resolutions.

    ``tilts``: the selected images are tilt-series images (see :func:`backproject`); the selection is then
    already limited to the wanted particles, so ``options.first`` is not applied again.
    """
    log = get_logger()
    if options.first is not None and tilts is None:
        particles = particles.first(options.first)
    apix = particles.apix
    log.info(f"back-projecting {len(particles)} of {particles.stack.n_images} particles, box {particles.box_size}, "
             f"{apix:.4f} Å/px, {'inverting' if options.invert else 'not inverting'} the data")
    result = backproject(particles, invert=options.invert, reg=options.reg_weight, batch_size=options.batch_size,
                         progress=progress, tilts=tilts)
    freq, curve = fsc(result.half_a, result.half_b)
    paths = backproject_paths(output)
    with OutputGroup() as written:
        write_mrc(written.add(paths["map"]), result.volume, apix, is_stack=False)
        write_mrc(written.add(paths["half_a"]), result.half_a, apix, is_stack=False)
        write_mrc(written.add(paths["half_b"]), result.half_b, apix, is_stack=False)
        with atomic_path(written.add(paths["fsc_txt"])) as tmp:
            np.savetxt(tmp, np.stack([freq / apix, curve], 1), fmt="%.6f", header="frequency_1_per_angstrom fsc")
        plot_fsc(freq, curve, apix, written.add(paths["fsc_png"]))
    resolutions = {"fsc_0.5_angstrom": resolution_at(freq, curve, 0.5, apix),
                   "fsc_0.143_angstrom": resolution_at(freq, curve, 0.143, apix), "nyquist_angstrom": 2 * apix}
    log.info(f"half-map FSC = 0.5 at {resolutions['fsc_0.5_angstrom']:.2f} Å, FSC = 0.143 at "
             f"{resolutions['fsc_0.143_angstrom']:.2f} Å (Nyquist {2 * apix:.2f} Å)")
    for path in paths.values():
        log.info(f"wrote {path}")
    return resolutions
