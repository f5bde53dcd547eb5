"""Fourier-space building blocks: transforms, cropping, CTF and FSC."""

from cryoscape.fourier.crop import check_new_box, fourier_crop
from cryoscape.fourier.ctf import (CTF_COLUMNS, CtfBatch, compute_ctf,
                                   electron_wavelength_angstrom, frequency_grid)
from cryoscape.fourier.filters import crop_volume, low_pass_volume, phase_flip, shift_images
from cryoscape.fourier.fsc import (corrected_fsc, fsc, map_correlation, randomise_phases, resolution_at, shell_below,
                                  shell_index)
from cryoscape.fourier.fsc_report import FscOptions, fsc_curves
from cryoscape.fourier.masks import spherical_mask, threshold_mask
from cryoscape.fourier.lattice import (HalfLattice, centred_rfft2, soft_circular_window,
                                       translation_phase)
from cryoscape.fourier.transforms import fft_center, hartley_center, ifft_center, ihartley_center

__all__ = [
    "FscOptions", "HalfLattice", "fsc_curves", "centred_rfft2", "soft_circular_window", "translation_phase",
    "CTF_COLUMNS", "CtfBatch", "corrected_fsc", "randomise_phases", "shell_below", "spherical_mask",
    "threshold_mask", "phase_flip", "shift_images", "crop_volume", "low_pass_volume", "check_new_box", "compute_ctf", "electron_wavelength_angstrom",
    "fft_center", "fourier_crop", "frequency_grid", "fsc", "hartley_center", "ifft_center",
    "ihartley_center", "map_correlation", "resolution_at", "shell_index",
]
