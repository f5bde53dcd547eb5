"""The FSC curves a user asks for between two maps: unmasked, masked, corrected for the mask by phase
randomisation, and cryoSPARC's set of masks made from a reference map."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cryoscape.errors import InputError
from cryoscape.fourier.fsc import corrected_fsc, fsc, shell_below
from cryoscape.fourier.masks import spherical_mask, threshold_mask

# masks made from a reference map (threshold at half its maximum): dilation and soft edge in Å
LOOSE_MASK_ANGSTROM = (15.0, 10.0)
TIGHT_MASK_ANGSTROM = (3.0, 6.0)
# without --corrected, phases are randomised beyond the shell where the unmasked FSC drops below this
# (RELION's post-processing rule)
RANDOMISE_BELOW_FSC = 0.8


@dataclass(frozen=True)
class FscOptions:
    """mask: (D, D, D) or None; corrected_angstrom: randomise phases beyond this resolution (needs a mask);
    reference: a map (D, D, D) to build no/spherical/loose/tight masks from, as cryoSPARC reports."""

    mask: np.ndarray | None = None
    corrected_angstrom: float | None = None
    reference: np.ndarray | None = None
    seed: int = 0


def shell_of_resolution(resolution_angstrom: float, box_size: int, apix: float) -> int:
    """Return the Fourier shell (≥ 1) at a resolution in Å for a box of ``box_size`` px at ``apix`` Å/px."""
    if resolution_angstrom < 2 * apix:
        raise InputError(f"--corrected {resolution_angstrom} Å is beyond Nyquist ({2 * apix:.3g} Å at {apix:.4g} Å/px); "
                         "give a coarser resolution")
    return max(1, int(np.ceil(box_size * apix / resolution_angstrom)))


def fsc_curves(vol_a: np.ndarray, vol_b: np.ndarray, apix: float,
               options: FscOptions = FscOptions()) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Return (frequency 1/px, {name: FSC}) — the first curve is the one to report ("fsc")."""
    box_size = vol_a.shape[-1]
    if options.reference is not None:
        return _reference_masks(vol_a, vol_b, apix, options)
    if options.mask is None:
        if options.corrected_angstrom is not None:
            raise InputError("--corrected needs --mask (phase randomisation corrects a masked FSC)")
        freq, curve = fsc(vol_a, vol_b)
        return freq, {"fsc": curve}
    _check_mask(options.mask, vol_a.shape)
    if options.corrected_angstrom is None:
        freq, curve = fsc(vol_a * options.mask, vol_b * options.mask)
        return freq, {"fsc": curve}
    shell = shell_of_resolution(options.corrected_angstrom, box_size, apix)
    result = corrected_fsc(vol_a, vol_b, options.mask, shell, options.seed)
    return result["freq"], {"fsc": result["corrected"], "masked": result["masked"], "randomised": result["randomised"]}


def _reference_masks(vol_a: np.ndarray, vol_b: np.ndarray, apix: float, options: FscOptions):
    reference = options.reference
    _check_mask(reference, vol_a.shape, "--ref-volume")
    box_size = vol_a.shape[-1]
    level = 0.5 * float(reference.max())
    loose = threshold_mask(reference, apix, level, *LOOSE_MASK_ANGSTROM, name="--ref-volume")
    tight = options.mask if options.mask is not None else threshold_mask(reference, apix, level, *TIGHT_MASK_ANGSTROM,
                                                                         name="--ref-volume")
    freq, unmasked = fsc(vol_a, vol_b)
    sphere = spherical_mask(box_size, 0.4 * box_size, 0.05 * box_size)
    curves = {"no_mask": unmasked, "spherical": fsc(vol_a * sphere, vol_b * sphere)[1],
              "loose": fsc(vol_a * loose, vol_b * loose)[1]}
    shell = (shell_of_resolution(options.corrected_angstrom, box_size, apix) if options.corrected_angstrom
             else shell_below(unmasked, RANDOMISE_BELOW_FSC))
    corrected = corrected_fsc(vol_a, vol_b, tight, shell, options.seed)
    curves.update(tight=corrected["masked"], randomised=corrected["randomised"])
    return freq, {"fsc": corrected["corrected"], **curves}


def _check_mask(mask: np.ndarray, shape: tuple[int, ...], what: str = "--mask") -> None:
    if mask.shape != shape:
        raise InputError(f"{what} is {mask.shape[::-1]} voxels but the maps are {shape[::-1]}; give one on the maps' grid")
