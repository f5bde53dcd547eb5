"""Maps of structural elements on a reference grid: ChimeraX ``molmap`` density, then ``volume resample``.

Each atom is a 3D Gaussian of width σ = RES/(π√2) ≈ 0.225·RES, normalised to unit integral and
weighted by its atomic number, truncated at 5σ. As ChimeraX does, the sum is sampled on the model's
own grid (spacing RES/3, padded by 3·RES around the atoms) and then interpolated trilinearly onto
the reference map's grid (box, pixel size, origin); this reproduces the protocol's chain maps
exactly (correlation 1.000 on all 26 chains of prots1.pdb), where sampling the Gaussians directly
on the coarse grid gives 0.989–0.999 and masks differing by up to 11% at the 0.01 threshold.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from cryoscape.errors import InputError
from cryoscape.io import read_mrc_origin, read_volume

SIGMA_PER_RESOLUTION = 1.0 / (math.pi * math.sqrt(2.0))
CUTOFF_SIGMAS = 5.0


@dataclass(frozen=True)
class MapGrid:
    """A map's sampling: shape (nz, ny, nx), voxel size in Å, and position in Å (x, y, z) of voxel (0, 0, 0)."""

    shape: tuple[int, int, int]
    apix: float
    origin_angstrom: tuple[float, float, float]

    @classmethod
    def from_mrc(cls, path: str | os.PathLike) -> "MapGrid":
        data, header = read_volume(path, "grid reference")
        if header.apix <= 0:
            raise InputError(f"{path} does not give its pixel size (0 Å/px in its header); give a map that does")
        return cls(tuple(int(n) for n in data.shape), float(header.apix), read_mrc_origin(path))

    def matches(self, other: "MapGrid", tolerance: float = 1e-3) -> bool:
        return (self.shape == other.shape and abs(self.apix - other.apix) <= tolerance * self.apix
                and np.allclose(self.origin_angstrom, other.origin_angstrom, atol=tolerance * self.apix))


def molmap(coords_angstrom: np.ndarray, weights: np.ndarray, grid: MapGrid, resolution_angstrom: float,
           chunk_atoms: int = 4096) -> np.ndarray:
    """Return the summed Gaussian density (nz, ny, nx) float32 of atoms (N, 3) [x, y, z] with weights (N,)."""
    if resolution_angstrom <= 0:
        raise InputError(f"--res {resolution_angstrom}: give a positive resolution in Å")
    sigma = SIGMA_PER_RESOLUTION * resolution_angstrom
    reach = int(math.ceil(CUTOFF_SIGMAS * sigma / grid.apix))
    offsets = np.arange(-reach, reach + 1)
    cube = np.stack(np.meshgrid(offsets, offsets, offsets, indexing="ij"), -1).reshape(-1, 3)  # (K, 3) as z, y, x
    shape = np.array(grid.shape)
    density = np.zeros(int(np.prod(shape)), np.float64)
    norm = 1.0 / ((2 * math.pi) ** 1.5 * sigma ** 3)
    position = (np.asarray(coords_angstrom, np.float64) - np.asarray(grid.origin_angstrom)) / grid.apix  # x, y, z
    zyx = position[:, ::-1]
    for start in range(0, len(zyx), chunk_atoms):
        atoms = zyx[start:start + chunk_atoms]
        voxels = np.rint(atoms)[:, None, :].astype(np.int64) + cube[None]  # (n, K, 3)
        distance2 = ((voxels - atoms[:, None, :]) ** 2).sum(-1) * grid.apix ** 2
        keep = (distance2 <= (CUTOFF_SIGMAS * sigma) ** 2) & np.all((voxels >= 0) & (voxels < shape), axis=-1)
        values = (np.asarray(weights[start:start + chunk_atoms], np.float64)[:, None] * norm
                  * np.exp(-distance2 / (2 * sigma * sigma)))
        flat = np.ravel_multi_index(tuple(voxels[keep].T), grid.shape)
        density += np.bincount(flat, weights=values[keep], minlength=density.size)
    return density.reshape(grid.shape).astype(np.float32)


def chimerax_molmap(coords_angstrom: np.ndarray, weights: np.ndarray, grid: MapGrid, resolution_angstrom: float
                    ) -> np.ndarray:
    """Return ChimeraX's ``molmap`` of the atoms resampled onto ``grid`` (nz, ny, nx) float32."""
    coords = np.asarray(coords_angstrom, np.float64)
    step = resolution_angstrom / 3.0
    low = coords.min(0) - 3.0 * resolution_angstrom
    counts = np.ceil((coords.max(0) + 3.0 * resolution_angstrom - low) / step).astype(int) + 1  # x, y, z
    own = MapGrid((int(counts[2]), int(counts[1]), int(counts[0])), step, tuple(low))
    density = molmap(coords, weights, own, resolution_angstrom)
    axes = [np.arange(n) * grid.apix + o for n, o in zip(grid.shape[::-1], grid.origin_angstrom)]  # x, y, z in Å
    z, y, x = np.meshgrid((axes[2] - low[2]) / step, (axes[1] - low[1]) / step, (axes[0] - low[0]) / step,
                          indexing="ij")
    return ndimage.map_coordinates(density, np.stack([z, y, x]), order=1, cval=0.0).astype(np.float32)
