"""Direct reconstruction from posed particles (voxel back-projection)."""

from cryoscape.reconstruct.backproject import (BackprojectionResult, SliceAccumulator, backproject,
                                               centred_spectra, shift_spectra)
from cryoscape.reconstruct.run import BackprojectOptions, backproject_paths, backproject_to_files

__all__ = ["BackprojectOptions", "BackprojectionResult", "SliceAccumulator", "backproject", "backproject_paths",
           "backproject_to_files", "centred_spectra", "shift_spectra"]
