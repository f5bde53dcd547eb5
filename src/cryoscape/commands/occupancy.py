"""Subunit occupancy analysis from an atomic model (steps 24–33): element maps, masks, occupancies, clustering."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.io import atomic_path
from cryoscape.occupancy import (NORMALIZATIONS, OccupancyOptions, cluster_occupancies, measure_folder,
                                 read_occupancies, run_occupancy, write_element_maps, write_masks)


def _model_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "models", nargs="+", metavar="MODEL", help="aligned atomic model(s), PDB or mmCIF")
    parser.add_argument("--res", type=flags.positive_float, required=True, help="resolution of the element maps in Å (molmap)")
    flags.add_input(parser, "--groups", metavar="YAML", help="elements as named groups of chains/residues/files")


def _mask_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--threshold", type=flags.finite_float, default=0.01, help="binarise element maps above this value")
    parser.add_argument("--extend", type=flags.nonnegative_float, default=0.0, metavar="Å", help="grow each mask by this distance")
    parser.add_argument("--soft-edge", type=flags.nonnegative_float, default=0.0, metavar="Å", help="raised-cosine edge width")


def _cluster_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--normalize", choices=NORMALIZATIONS, default="percentile",
                        help="column rescaling before clustering (percentile: between the 10th and 90th)")
    parser.add_argument("--row-threshold", type=flags.positive_float, help="linkage distance cutting maps into classes "
                        "(default 0.7 × the largest)")
    parser.add_argument("--col-threshold", type=flags.positive_float, help="linkage distance cutting elements into blocks")


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
    flags.add_input(maps, "--ref-map", required=True, help="a map whose grid (box, pixel size, origin) to use")
    flags.add_output_folder(maps, "-o", required=True, metavar="DIR", help="output folder")
    masks = _step(steps, "masks", "binarised (optionally grown, soft-edged) element masks")
    flags.add_input(masks, "mapdir", metavar="DIR", help="folder written by 'occupancy maps'")
    _mask_args(masks)
    flags.add_output_folder(masks, "-o", required=True, metavar="MASKDIR", help="output folder")
    measure = _step(steps, "measure", "occupancy of every element in every map")
    flags.add_input(measure, "--maps", required=True, metavar="VOLDIR", help="folder of maps (e.g. analyze's kmeans500)")
    flags.add_input(measure, "--masks", required=True, metavar="MASKDIR", help="folder written by 'occupancy masks'")
    flags.add_input(measure, "--refs", metavar="DIR", help="element maps to normalise by (default: sums recorded with the masks)")
    flags.add_path(measure, "-o", required=True, metavar="CSV", role=flags.OUTPUT_FILE, help="output occupancies.csv")
    clustering = _step(steps, "cluster", "classes of maps and blocks of elements")
    flags.add_input(clustering, "occupancies", metavar="CSV", help="occupancies.csv")
    _cluster_args(clustering)
    flags.add_output_folder(clustering, "-o", required=True, metavar="DIR", help="output folder")
    run = _step(steps, "run", "all four steps on a folder of maps")
    _model_args(run)
    flags.add_input(run, "--vols", required=True, metavar="VOLDIR", help="folder of maps (analyze's kmeansK: also "
                     "writes each class's particles)")
    flags.add_input(run, "--ref-map", help="grid reference (default: the first map)")
    _mask_args(run)
    _cluster_args(run)
    flags.add_output_folder(run, "-o", required=True, metavar="DIR", help="output folder")


def main(args: argparse.Namespace) -> None:
    if args.step == "maps":
        write_element_maps(args.models, args.ref_map, args.res, args.o, args.groups)
    elif args.step == "masks":
        write_masks(args.mapdir, args.o, args.threshold, args.extend, args.soft_edge)
    elif args.step == "measure":
        matrix = measure_folder(args.maps, args.masks, args.refs)
        with atomic_path(args.o) as tmp:
            matrix.to_csv(tmp)
    elif args.step == "cluster":
        cluster_occupancies(read_occupancies(args.occupancies), args.o, args.normalize, args.row_threshold,
                            args.col_threshold)
    else:
        options = OccupancyOptions(args.res, args.ref_map, args.groups, args.threshold, args.extend, args.soft_edge,
                                   args.normalize, args.row_threshold, args.col_threshold)
        run_occupancy(args.models, args.vols, args.o, options)
