"""Contrast transfer function with cryoDRGN's parameter layout.

``ctf_params`` arrays are (N, 9): box size, Å/px, defocus U (Å), defocus V (Å), defocus angle (°),
voltage (kV), Cs (mm), amplitude contrast, phase shift (°).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

CTF_COLUMNS = ("box_size", "apix", "defocus_u_angstrom", "defocus_v_angstrom",
               "defocus_angle_deg", "voltage_kv", "cs_mm", "amplitude_contrast",
               "phase_shift_deg")


def electron_wavelength_angstrom(voltage_kv: torch.Tensor | float) -> torch.Tensor:
    """Return the relativistic electron wavelength in Å for an accelerating voltage in kV."""
    volts = torch.as_tensor(voltage_kv, dtype=torch.float64) * 1e3
    return 12.2639 / torch.sqrt(volts + 0.97845e-6 * volts * volts)


def frequency_grid(box_size: int, apix: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Return (fx, fy), each (box, box), in 1/Å for a centred spectrum: fx along x, fy along y."""
    k = (np.arange(box_size) - box_size // 2) / (box_size * apix)
    fy, fx = np.meshgrid(k, k, indexing="ij")
    return fx, fy


@dataclass(frozen=True)
class CtfBatch:
    """Per-image CTF parameters as (N,) tensors, in the units their names give."""

    defocus_u_angstrom: torch.Tensor
    defocus_v_angstrom: torch.Tensor
    defocus_angle_deg: torch.Tensor
    voltage_kv: torch.Tensor
    cs_mm: torch.Tensor
    amplitude_contrast: torch.Tensor
    phase_shift_deg: torch.Tensor
    bfactor_angstrom2: torch.Tensor | None = None

    @classmethod
    def from_params(cls, ctf_params: np.ndarray | torch.Tensor) -> "CtfBatch":
        """Build from cryoDRGN-layout parameters (N, 9); a NaN phase shift means none (0°)."""
        if not isinstance(ctf_params, torch.Tensor):
            ctf_params = torch.as_tensor(np.asarray(ctf_params))
        p = ctf_params.to(torch.float64).reshape(-1, 9)
        phase = torch.nan_to_num(p[:, 8], nan=0.0)
        return cls(p[:, 2], p[:, 3], p[:, 4], p[:, 5], p[:, 6], p[:, 7], phase)


def compute_ctf(fx: torch.Tensor, fy: torch.Tensor, params: CtfBatch) -> torch.Tensor:
    """Return CTF values (N, …) at spatial frequencies fx, fy in 1/Å.

    fx, fy: (N, …) per-image grids, or (1, …) for one grid shared by all N images.
    """
    fx = torch.as_tensor(fx, dtype=torch.float64)
    fy = torch.as_tensor(fy, dtype=torch.float64)
    extra_dims = (1,) * (fx.dim() - 1)

    def per_image(t: torch.Tensor) -> torch.Tensor:
        return t.to(torch.float64).reshape(-1, *extra_dims)

    wavelength = per_image(electron_wavelength_angstrom(params.voltage_kv))
    cs_angstrom = per_image(params.cs_mm) * 1e7
    w = per_image(params.amplitude_contrast)
    s2 = fx * fx + fy * fy
    theta = torch.atan2(fy, fx)
    dfu, dfv = per_image(params.defocus_u_angstrom), per_image(params.defocus_v_angstrom)
    angle = torch.deg2rad(per_image(params.defocus_angle_deg))
    defocus = 0.5 * (dfu + dfv + (dfu - dfv) * torch.cos(2 * (theta - angle)))
    gamma = (2 * torch.pi * (-0.5 * defocus * wavelength * s2
                             + 0.25 * cs_angstrom * wavelength ** 3 * s2 * s2)
             - torch.deg2rad(per_image(params.phase_shift_deg)))
    ctf = torch.sqrt(1 - w * w) * torch.sin(gamma) - w * torch.cos(gamma)
    if params.bfactor_angstrom2 is not None:
        ctf = ctf * torch.exp(-per_image(params.bfactor_angstrom2) * s2 / 4)
    return ctf
