"""Select the particles of some clusters of a labels .pkl (e.g. analyze's k-means labels)."""

from __future__ import annotations

import argparse

import numpy as np

from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.io import load_index, load_pkl, save_pkl
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "labels", metavar="PKL", help="one cluster label per particle (e.g. kmeans20/labels.pkl)")
    parser.add_argument("--sel", nargs="+", type=flags.positive_int, required=True, metavar="ID",
                        help="clusters to keep, counted from 1 as in cryoDRGN 4.3.1: --sel 1 is label 0 "
                             "(the cluster of vol_000.mrc)")
    flags.add_output(parser, "index .pkl of the selected particles")
    group = parser.add_argument_group("when the run was trained on a subset (--ind), give indices into the whole stack")
    flags.add_input(group, "--parent-ind", metavar="PKL", help="the run's --ind")
    group.add_argument("--N-orig", type=flags.positive_int, metavar="N", help="number of particles of the whole stack")


def main(args: argparse.Namespace) -> None:
    labels = np.asarray(load_pkl(args.labels))
    if labels.ndim != 1 or labels.dtype.kind not in "iu":
        raise InputError(f"{args.labels} is not a 1-D array of integer cluster labels (got {labels.dtype} {labels.shape})")
    wanted = np.asarray(args.sel) - 1
    absent = sorted(set(wanted.tolist()) - set(np.unique(labels).tolist()))
    if absent:
        raise InputError(f"--sel {' '.join(str(a + 1) for a in absent)}: no particle has label "
                         f"{', '.join(map(str, absent))} (labels present: {labels.min()}…{labels.max()}; --sel counts from 1)")
    rows = np.flatnonzero(np.isin(labels, wanted)).astype(np.int64)
    if args.parent_ind:
        if args.N_orig is None:
            raise InputError("--parent-ind needs --N-orig, the number of particles of the whole stack")
        parent = load_index(args.parent_ind, args.N_orig)
        if len(parent) != len(labels):
            raise InputError(f"--parent-ind selects {len(parent)} particles but {args.labels} has {len(labels)} labels")
        rows = np.sort(parent[rows])
    save_pkl(rows, args.o)
    get_logger().info(f"selected {len(rows)} particles of clusters (labels) {', '.join(map(str, wanted))}: {args.o}")
