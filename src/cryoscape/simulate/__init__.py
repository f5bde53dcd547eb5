"""Synthetic particle datasets with ground truth, from atomic models, maps or a built-in assembly."""

from cryoscape.simulate.assembly import assembly_model, assembly_spec
from cryoscape.simulate.config import (ClassSpec, HeterogeneitySpec, ImagingSpec, JunkSpec, MotionSpec,
                                       load_spec, spec_from_dict)
from cryoscape.simulate.dataset import SimulationSettings, SimulationSummary, simulate_dataset
from cryoscape.simulate.particles import JUNK_KINDS
from cryoscape.simulate.projection import atoms_to_map, project_atoms, project_map

__all__ = [
    "ClassSpec", "HeterogeneitySpec", "ImagingSpec", "JUNK_KINDS", "JunkSpec", "MotionSpec",
    "SimulationSettings", "SimulationSummary", "assembly_model", "assembly_spec", "atoms_to_map",
    "load_spec", "project_atoms", "project_map", "simulate_dataset", "spec_from_dict",
]
