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
    extent_angstrom: torch.Tensor | None = None  # image width (box × Å/px) the parameters were estimated at

    @classmethod
    def from_params(cls, ctf_params: np.ndarray | torch.Tensor) -> "CtfBatch":
        """Build from cryoDRGN-layout parameters (N, 9) (see :data:`CTF_COLUMNS`); a NaN phase shift means 0°."""
        if not isinstance(ctf_params, torch.Tensor):
            ctf_params = torch.from_numpy(np.array(ctf_params))  # a copy: the caller may hold a read-only array
        columns = dict(zip(CTF_COLUMNS, ctf_params.to(torch.float64).reshape(-1, 9).unbind(1)))
        return cls(columns["defocus_u_angstrom"], columns["defocus_v_angstrom"], columns["defocus_angle_deg"],
                   columns["voltage_kv"], columns["cs_mm"], columns["amplitude_contrast"],
                   torch.nan_to_num(columns["phase_shift_deg"], nan=0.0),
                   extent_angstrom=columns["box_size"] * columns["apix"])


def compute_ctf(fx: torch.Tensor, fy: torch.Tensor, params: CtfBatch) -> torch.Tensor:
    """Return CTF values (N, …) at spatial frequencies fx, fy in 1/Å.

    fx, fy: (N, …) per-image grids, or (1, …) for one grid shared by all N images.
    """
    fx = torch.as_tensor(fx, dtype=torch.float64)
    fy = torch.as_tensor(fy, dtype=torch.float64)
    extra_dims = (1,) * (fx.dim() - 1)

    def per_image(t: torch.Tensor) -> torch.Tensor:
        return t.to(torch.float64).reshape(-1, *extra_dims)

    wavelength_angstrom = per_image(electron_wavelength_angstrom(params.voltage_kv))
    cs_angstrom = per_image(params.cs_mm) * 1e7
    amplitude_contrast = per_image(params.amplitude_contrast)
    freq2_per_angstrom2 = fx * fx + fy * fy
    azimuth_rad = torch.atan2(fy, fx)
    defocus_u, defocus_v = per_image(params.defocus_u_angstrom), per_image(params.defocus_v_angstrom)
    astigmatism_rad = torch.deg2rad(per_image(params.defocus_angle_deg))
    defocus_angstrom = 0.5 * (defocus_u + defocus_v
                              + (defocus_u - defocus_v) * torch.cos(2 * (azimuth_rad - astigmatism_rad)))
    phase_aberration_rad = (
        2 * torch.pi * (-0.5 * defocus_angstrom * wavelength_angstrom * freq2_per_angstrom2
                        + 0.25 * cs_angstrom * wavelength_angstrom ** 3 * freq2_per_angstrom2 ** 2)
        - torch.deg2rad(per_image(params.phase_shift_deg)))
    ctf = (torch.sqrt(1 - amplitude_contrast ** 2) * torch.sin(phase_aberration_rad)
           - amplitude_contrast * torch.cos(phase_aberration_rad))
    if params.bfactor_angstrom2 is not None:
        ctf = ctf * torch.exp(-per_image(params.bfactor_angstrom2) * freq2_per_angstrom2 / 4)
    return ctf
