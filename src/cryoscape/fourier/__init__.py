"""Fourier-space building blocks: transforms, cropping, CTF and FSC."""

from cryoscape.fourier.crop import check_new_box, fourier_crop
from cryoscape.fourier.ctf import (CTF_COLUMNS, CtfBatch, compute_ctf,
                                   electron_wavelength_angstrom, frequency_grid)
from cryoscape.fourier.fsc import fsc, map_correlation, resolution_at, shell_index
from cryoscape.fourier.lattice import (HalfLattice, centred_rfft2, soft_circular_window,
                                       translation_phase)
from cryoscape.fourier.transforms import fft_center, hartley_center, ifft_center, ihartley_center

__all__ = [
    "HalfLattice", "centred_rfft2", "soft_circular_window", "translation_phase",
    "CTF_COLUMNS", "CtfBatch", "check_new_box", "compute_ctf", "electron_wavelength_angstrom",
    "fft_center", "fourier_crop", "frequency_grid", "fsc", "hartley_center", "ifft_center",
    "ihartley_center", "map_correlation", "resolution_at", "shell_index",
]
