"""Jupyter notebook templates written by ``analyze``: latent-space exploration and particle filtering."""

from cryoscape.notebooks.build import build_filtering_notebook, build_viz_notebook, write_notebooks

__all__ = ["build_filtering_notebook", "build_viz_notebook", "write_notebooks"]
