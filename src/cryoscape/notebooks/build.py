"""Notebooks as nbformat documents: a parameter cell with this run's paths, then the template cells.

Templates are plain Python files in ``templates/`` (``viz.py``, ``filtering.py``); ``# %%`` lines
split them into code cells and ``# %% [markdown]`` cells hold text, so the templates stay readable
and diffable as code (the parameter names are defined by the notebook's first cell).
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat

from cryoscape.io import atomic_path

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _cells_from_template(name: str) -> list:
    text = (TEMPLATES / name).read_text()
    cells = []
    for block in text.split("# %%")[1:]:
        header, _, body = block.partition("\n")
        body = body.strip("\n")
        if header.strip() == "[markdown]":
            markdown = "\n".join(line[2:] if line.startswith("# ") else line.lstrip("#") for line in body.splitlines())
            cells.append(nbformat.v4.new_markdown_cell(markdown))
        elif body:
            cells.append(nbformat.v4.new_code_cell(body))
    return cells


def _notebook(template: str, title: str, workdir: Path, epoch: int, ksample: int, analysis_dir: Path):
    parameters = (f"WORKDIR = {str(workdir.resolve())!r}  # the train_vae output folder\n"
                  f"EPOCH = {epoch}  # the epoch analysed (epochs count from 0)\n"
                  f"KMEANS = {ksample}  # K of the k-means run by analyze\n"
                  f"ANALYSIS = {str(analysis_dir.resolve())!r}  # the analyze output folder")
    parameter_cell = nbformat.v4.new_code_cell(parameters)
    parameter_cell.metadata["tags"] = ["parameters"]
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell(title), parameter_cell] + _cells_from_template(template)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return notebook


def build_viz_notebook(workdir: Path, epoch: int, ksample: int, analysis_dir: Path):
    """Return the latent-space exploration notebook for one analysed epoch."""
    return _notebook("viz.py", "# cryoscape: exploring the latent space\nImaging parameters and poses on the "
                     "embedding, k-means at any K, maps at chosen particles.", workdir, epoch, ksample, analysis_dir)


def build_filtering_notebook(workdir: Path, epoch: int, ksample: int, analysis_dir: Path):
    """Return the particle-filtering notebook (protocol Box 2) for one analysed epoch."""
    return _notebook("filtering.py", "# cryoscape: particle filtering (protocol Box 2)\nSelect junk by k-means "
                     "cluster, GMM cluster, latent magnitude or a polygon; look at the particles; save the "
                     "selection for `train_vae --ind`.", workdir, epoch, ksample, analysis_dir)


def write_notebooks(outdir: str | os.PathLike, workdir: str | os.PathLike, epoch: int, ksample: int,
                    keep_existing: bool = True) -> list[Path]:
    """Write cryoscape_viz.ipynb and cryoscape_filtering.ipynb into an analysis folder; return the paths written.

    With ``keep_existing`` a notebook already there (perhaps edited by the user) is left as it is.
    """
    outdir, workdir = Path(outdir), Path(workdir)
    paths = []
    for name, builder in (("cryoscape_viz.ipynb", build_viz_notebook),
                          ("cryoscape_filtering.ipynb", build_filtering_notebook)):
        if keep_existing and (outdir / name).exists():
            continue
        with atomic_path(outdir / name) as tmp:
            nbformat.write(builder(workdir, epoch, ksample, outdir), str(tmp))
        paths.append(outdir / name)
    return paths
