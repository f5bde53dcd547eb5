"""Particle sources and the conversion of refinement metadata to cryoDRGN-layout poses and CTF."""

from cryoscape.data.downsample import auto_batch_size, chunk_paths, downsample_stack, downsample_volume
from cryoscape.data.metadata import (CtfOverrides, Poses, check_counts, cs_from_arrays,
                                     ctf_from_cs, ctf_from_star, poses_from_cs, poses_from_star,
                                     star_tables_from_arrays, validate_ctf, validate_poses)
from cryoscape.data.spectra import ParticleSpectra
from cryoscape.data.sources import (PARTICLE_SUFFIXES, ParticleStack, open_particles,
                                    resolve_stack_path)

__all__ = [
    "CtfOverrides", "PARTICLE_SUFFIXES", "ParticleSpectra", "auto_batch_size", "ParticleStack", "Poses", "check_counts", "chunk_paths",
    "downsample_stack", "downsample_volume",
    "cs_from_arrays", "ctf_from_cs", "ctf_from_star", "open_particles", "poses_from_cs",
    "poses_from_star", "resolve_stack_path", "star_tables_from_arrays", "validate_ctf",
    "validate_poses",
]
