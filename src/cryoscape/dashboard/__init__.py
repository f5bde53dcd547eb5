"""``cryoscape dashboard``: a local web application to explore, select and look at the ensemble of one run."""

from cryoscape.dashboard.app import create_app
from cryoscape.dashboard.explorer import Explorer, Quantity, latest_analyzed_epoch, open_explorer
from cryoscape.dashboard.maps import DecodedMap, MapMaker, default_level, isosurface
from cryoscape.dashboard.paths import OutsideRootError, inside, safe_name
from cryoscape.dashboard.results import (OccupancyView, convergence_plots, find_occupancy, occupancy_for,
                                         open_occupancy)
from cryoscape.dashboard.server import ServeOptions, access_token, check_port, is_loopback, serve

__all__ = [
    "DecodedMap", "Explorer", "MapMaker", "OccupancyView", "OutsideRootError", "Quantity", "ServeOptions",
    "access_token", "check_port", "convergence_plots", "create_app", "default_level", "find_occupancy", "inside",
    "is_loopback", "isosurface", "latest_analyzed_epoch", "occupancy_for", "open_explorer", "open_occupancy",
    "safe_name", "serve",
]
