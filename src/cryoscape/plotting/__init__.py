"""Figures. The only package that imports matplotlib (always with the headless Agg backend)."""

from cryoscape.plotting.fsc import plot_fsc

__all__ = ["plot_fsc"]
