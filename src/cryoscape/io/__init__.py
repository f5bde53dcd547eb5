"""Readers and writers for the files cryo-EM users have on disk."""

from cryoscape.io.atomic import AtomicModel, coarse_grain, read_atomic_models, write_pseudo_atomic_pdb
from cryoscape.io.cs import decode_path, read_cs, require_fields, write_cs
from cryoscape.io.files import OutputGroup, atomic_path, check_free_space, require_file, staged_folder
from cryoscape.io.fsc_table import read_fsc_table, write_fsc_table
from cryoscape.io.guard import CommandPath, check_command_paths, protected_inputs, refuse_if_input
from cryoscape.io.mrc import (HEADER_BYTES, MrcHeader, MrcStackWriter, read_mrc, read_mrc_header,
                              read_mrc_indices, mrc_header_fields, read_mrc_origin, read_mrc_slices, read_volume,
                              rewrite_mrc,
                              write_mrc)
from cryoscape.io.per_particle import concat_rows, count_rows, select_rows
from cryoscape.io.pkl import load_index, load_pkl, loads_pkl, save_pkl
from cryoscape.io.settings import build_dataclass, read_yaml
from cryoscape.io.stack_list import read_stack_list, write_stack_list
from cryoscape.io.star import (StarTables, parse_image_name, particles_with_optics, read_star,
                               write_star, write_star_blocks)

__all__ = [
    "AtomicModel", "CommandPath", "HEADER_BYTES", "MrcHeader", "MrcStackWriter", "OutputGroup", "StarTables",
    "atomic_path", "build_dataclass", "check_command_paths", "check_free_space", "coarse_grain", "concat_rows", "count_rows", "select_rows", "decode_path",
    "load_index", "mrc_header_fields", "load_pkl", "loads_pkl", "parse_image_name", "particles_with_optics", "protected_inputs",
    "read_atomic_models", "read_cs", "read_fsc_table", "write_fsc_table", "read_mrc", "read_mrc_header", "read_mrc_indices", "read_mrc_origin",
    "read_mrc_slices", "read_stack_list", "read_star", "read_volume", "read_yaml", "refuse_if_input",
    "require_fields", "rewrite_mrc", "require_file", "save_pkl", "staged_folder", "write_cs", "write_mrc",
    "write_pseudo_atomic_pdb", "write_stack_list", "write_star", "write_star_blocks",
]
