"""Figures. The only package that imports matplotlib; it uses the object API (no pyplot), so it runs headless."""

from cryoscape.plotting.fsc import plot_fsc, plot_fsc_curves
from cryoscape.plotting.classes import class_colours, plot_classes
from cryoscape.plotting.maps import plot_image_grid, plot_map_slices
from cryoscape.plotting.latent import (grey_png, pair_grid_png, plot_clusters, plot_hexbin, plot_learning_curve, plot_montage,
                                       plot_scatter, plot_selection)

__all__ = ["class_colours", "plot_classes", "plot_image_grid", "plot_map_slices", "grey_png", "pair_grid_png", "plot_clusters", "plot_fsc", "plot_fsc_curves", "plot_hexbin", "plot_learning_curve", "plot_montage",
           "plot_scatter", "plot_selection"]
