"""Summaries that the parse commands print, shared so they read the same for RELION and cryoSPARC."""

from __future__ import annotations

import numpy as np

from cryoscape.data import Poses
from cryoscape.logs import get_logger


def report_poses(poses: Poses, output: str) -> None:
    rot, trans = poses
    log = get_logger()
    log.info(f"parsed poses of {len(rot)} particles")
    log.info("first particle rotation:\n" + np.array2string(rot[0], precision=5, suppress_small=True))
    log.info(f"first particle translation (fraction of box): {np.array2string(trans[0], precision=5)}")
    log.info(f"wrote {output}")


def report_ctf(ctf: np.ndarray, output: str) -> None:
    log = get_logger()
    first = ctf[0]
    log.info(f"parsed CTF parameters of {len(ctf)} particles")
    log.info(f"image size {int(first[0])} px, pixel size {first[1]:.4f} Å/px")
    log.info(f"voltage {first[5]:g} kV, Cs {first[6]:g} mm, amplitude contrast {first[7]:g}, "
             f"phase shift {first[8]:g}°")
    log.info(f"defocus U/V range {ctf[:, 2].min():.0f}–{ctf[:, 2].max():.0f} / "
             f"{ctf[:, 3].min():.0f}–{ctf[:, 3].max():.0f} Å")
    groups = np.unique(ctf[:, [0, 1, 5, 6, 7]], axis=0)
    if len(groups) > 1:
        log.info(f"{len(groups)} distinct optics settings (box, Å/px, kV, Cs, w) among the particles")
    log.info(f"wrote {output}")
