"""Summaries that the parse commands print, shared so they read the same for RELION and cryoSPARC."""

from __future__ import annotations

import numpy as np

from cryoscape.data import CtfParameters, Poses
from cryoscape.logs import get_logger


def report_poses(poses: Poses, output: str) -> None:
    rot, trans = poses.rotations, poses.translations_box
    log = get_logger()
    log.info(f"parsed poses of {len(rot)} particles")
    log.info("first particle rotation:\n" + np.array2string(rot[0], precision=5, suppress_small=True))
    log.info(f"first particle translation (fraction of box): {np.array2string(trans[0], precision=5)}")
    log.info(f"wrote {output}")


def report_ctf(ctf: CtfParameters, output: str) -> None:
    log = get_logger()
    log.info(f"parsed CTF parameters of {len(ctf)} particles")
    log.info(f"image size {int(ctf.box_size[0])} px, pixel size {ctf.apix[0]:.4f} Å/px")
    log.info(f"voltage {ctf.voltage_kv[0]:g} kV, Cs {ctf.cs_mm[0]:g} mm, amplitude contrast "
             f"{ctf.amplitude_contrast[0]:g}, phase shift {ctf.phase_shift_deg[0]:g}°")
    log.info(f"defocus U/V range {ctf.defocus_u_angstrom.min():.0f}–{ctf.defocus_u_angstrom.max():.0f} / "
             f"{ctf.defocus_v_angstrom.min():.0f}–{ctf.defocus_v_angstrom.max():.0f} Å")
    groups = np.unique(ctf.optics, axis=0)
    if len(groups) > 1:
        log.info(f"{len(groups)} distinct optics settings (box, Å/px, kV, Cs, w) among the particles")
    log.info(f"wrote {output}")
