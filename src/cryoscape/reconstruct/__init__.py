"""Direct reconstruction from posed particles (voxel back-projection)."""

from cryoscape.reconstruct.backproject import (BackprojectionResult, SliceAccumulator, backproject,
                                               centred_spectra, shift_spectra)

__all__ = ["BackprojectionResult", "SliceAccumulator", "backproject", "centred_spectra",
           "shift_spectra"]
