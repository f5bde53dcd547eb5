"""Figures. The only package that imports matplotlib; it uses the object API (no pyplot), so it runs headless."""

from cryoscape.plotting.fsc import plot_fsc
from cryoscape.plotting.latent import (grey_png, pair_grid_png, plot_clusters, plot_hexbin, plot_learning_curve, plot_montage,
                                       plot_scatter, plot_selection)

__all__ = ["grey_png", "pair_grid_png", "plot_clusters", "plot_fsc", "plot_hexbin", "plot_learning_curve", "plot_montage",
           "plot_scatter", "plot_selection"]
