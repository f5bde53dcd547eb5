"""Subunit occupancy analysis against an atomic model (protocol steps 24–33): element maps, masks,
the occupancy matrix, its clustering into classes of maps and blocks of elements, and the outputs."""

from cryoscape.occupancy.classes import cluster_occupancies, read_occupancies
from cryoscape.occupancy.cluster import NORMALIZATIONS
from cryoscape.occupancy.masks import element_mask
from cryoscape.occupancy.molmap import MapGrid, molmap
from cryoscape.occupancy.run import OccupancyOptions, run_occupancy
from cryoscape.occupancy.workflow import list_maps, map_label, measure_folder, write_element_maps, write_masks

__all__ = [
    "MapGrid", "NORMALIZATIONS", "OccupancyOptions", "cluster_occupancies", "element_mask", "list_maps", "map_label",
    "measure_folder", "molmap", "read_occupancies", "run_occupancy", "write_element_maps", "write_masks",
]
