"""Subunit occupancy analysis from an atomic model (steps 24–33): element maps, masks, occupancies, clustering."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cryoscape.occupancy.classes import cluster_occupancies, read_occupancies
from cryoscape.occupancy.cluster import NORMALIZATIONS
from cryoscape.occupancy.run import run_occupancy
from cryoscape.occupancy.workflow import measure_folder, write_element_maps, write_masks


def _model_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("models", nargs="+", metavar="MODEL", help="aligned atomic model(s), PDB or mmCIF")
    parser.add_argument("--res", type=float, required=True, help="resolution of the element maps in Å (molmap)")
    parser.add_argument("--groups", metavar="YAML", help="elements as named groups of chains/residues/files")


def _mask_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--threshold", type=float, default=0.01, help="binarise element maps above this value")
    parser.add_argument("--extend", type=float, default=0.0, metavar="Å", help="grow each mask by this distance")
    parser.add_argument("--soft-edge", type=float, default=0.0, metavar="Å", help="raised-cosine edge width")


def _cluster_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--normalize", choices=NORMALIZATIONS, default="percentile",
                        help="column rescaling before clustering (percentile: between the 10th and 90th)")
    parser.add_argument("--row-threshold", type=float, help="linkage distance cutting maps into classes "
                        "(default 0.7 × the largest)")
    parser.add_argument("--col-threshold", type=float, help="linkage distance cutting elements into blocks")


def _step(steps, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = steps.add_parser(name, help=help_text, description=help_text,
                              formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    # also accepted after the step name; SUPPRESS keeps a --debug given before it
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show full tracebacks on error")
    return parser


def add_args(parser: argparse.ArgumentParser) -> None:
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    maps = _step(steps, "maps", "one map per element on the grid of a reference map")
    _model_args(maps)
    maps.add_argument("--ref-map", required=True, help="a map whose grid (box, pixel size, origin) to use")
    maps.add_argument("-o", required=True, metavar="DIR", help="output folder")
    masks = _step(steps, "masks", "binarised (optionally grown, soft-edged) element masks")
    masks.add_argument("mapdir", metavar="DIR", help="folder written by 'occupancy maps'")
    _mask_args(masks)
    masks.add_argument("-o", required=True, metavar="MASKDIR", help="output folder")
    measure = _step(steps, "measure", "occupancy of every element in every map")
    measure.add_argument("--maps", required=True, metavar="VOLDIR", help="folder of maps (e.g. analyze's kmeans500)")
    measure.add_argument("--masks", required=True, metavar="MASKDIR", help="folder written by 'occupancy masks'")
    measure.add_argument("--refs", metavar="DIR", help="element maps to normalise by (default: sums recorded with the masks)")
    measure.add_argument("-o", required=True, metavar="CSV", help="output occupancies.csv")
    clustering = _step(steps, "cluster", "classes of maps and blocks of elements")
    clustering.add_argument("occupancies", metavar="CSV", help="occupancies.csv")
    _cluster_args(clustering)
    clustering.add_argument("-o", required=True, metavar="DIR", help="output folder")
    run = _step(steps, "run", "all four steps on a folder of maps")
    _model_args(run)
    run.add_argument("--vols", required=True, metavar="VOLDIR", help="folder of maps (analyze's kmeansK: also "
                     "writes each class's particles)")
    run.add_argument("--ref-map", help="grid reference (default: the first map)")
    _mask_args(run)
    _cluster_args(run)
    run.add_argument("-o", required=True, metavar="DIR", help="output folder")


def main(args: argparse.Namespace) -> None:
    if args.step == "maps":
        write_element_maps(args.models, args.ref_map, args.res, args.o, args.groups)
    elif args.step == "masks":
        write_masks(args.mapdir, args.o, args.threshold, args.extend, args.soft_edge)
    elif args.step == "measure":
        matrix = measure_folder(args.maps, args.masks, args.refs)
        Path(args.o).parent.mkdir(parents=True, exist_ok=True)
        matrix.to_csv(args.o)
    elif args.step == "cluster":
        cluster_occupancies(read_occupancies(args.occupancies), args.o, args.normalize, args.row_threshold,
                            args.col_threshold)
    else:
        summary = run_occupancy(args.models, args.vols, args.res, args.o, args.ref_map, args.groups, args.threshold,
                                args.extend, args.soft_edge, args.normalize, args.row_threshold, args.col_threshold)
        (Path(args.o) / "summary.json").write_text(json.dumps(summary, indent=1))
