"""Particle sources, typed per-particle metadata (CTF, poses) and the posed-particle set every command opens."""

from cryoscape.data.downsample import (auto_batch_size, chunk_paths, downsample_stack, downsample_volume,
                                       transform_stack)
from cryoscape.data.metadata import (CtfOverrides, cs_from_arrays, ctf_from_cs, ctf_from_star, poses_from_cs,
                                     poses_from_star, star_tables_from_arrays)
from cryoscape.data.params import CtfParameters, Poses, check_counts
from cryoscape.data.posed import (PosedParticles, load_ctf, load_poses, open_posed_particles, save_ctf,
                                  save_poses)
from cryoscape.data.spectra import ParticleSpectra
from cryoscape.data.sources import (PARTICLE_SUFFIXES, ParticleStack, open_particles,
                                    resolve_stack_path)

__all__ = [
    "CtfOverrides", "CtfParameters", "PARTICLE_SUFFIXES", "ParticleSpectra", "ParticleStack", "PosedParticles",
    "Poses", "auto_batch_size", "check_counts", "chunk_paths", "cs_from_arrays", "ctf_from_cs", "ctf_from_star",
    "downsample_stack", "downsample_volume", "load_ctf", "load_poses", "open_particles", "open_posed_particles",
    "poses_from_cs", "poses_from_star", "resolve_stack_path", "save_ctf", "save_poses", "star_tables_from_arrays",
    "transform_stack",
]
