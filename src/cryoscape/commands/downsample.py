"""Downsample a particle stack (or a map with --is-vol) by Fourier cropping."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.data import downsample_stack, downsample_volume, open_particles
from cryoscape.fourier import check_new_box
from cryoscape.errors import InputError
from cryoscape.io import load_index, read_mrc_header
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="PARTICLES",
                        help="particles (.mrcs, .mrc, .txt, .star or .cs), or a map with --is-vol")
    parser.add_argument("-D", type=flags.positive_int, required=True, metavar="BOX", help="new box size in pixels (even)")
    flags.add_output(parser, ".mrcs stack (or .mrc map with --is-vol)")
    parser.add_argument("--chunk", type=flags.positive_int, metavar="N",
                        help="write N images per file: OUT.0.mrcs, OUT.1.mrcs, … listed in OUT.txt")
    parser.add_argument("--is-vol", action="store_true", help="the input is a 3D map, not a stack")
    parser.add_argument("-b", "--batch-size", type=flags.positive_int, metavar="N",
                        help="images processed at once; bounds memory (default: as many as keep "
                             "one batch's spectra under 128 MiB, e.g. 256 at 256 px)")
    flags.add_datadir(parser)
    flags.add_ind(parser)


def main(args: argparse.Namespace) -> None:
    log = get_logger()
    if args.is_vol:
        path = downsample_volume(args.input, args.D, args.o)
        log.info(f"wrote {path} ({args.D}³)")
        return
    if Path(args.input).suffix.lower() in (".mrc", ".mrcs") and read_mrc_header(args.input).is_volume:
        raise InputError(f"{args.input} is a 3D map, not a particle stack; add --is-vol to downsample a map")
    stack = open_particles(args.input, datadir=args.datadir)
    indices = load_index(args.ind, stack.n_images) if args.ind else None
    check_new_box(stack.box_size, args.D)
    n = stack.n_images if indices is None else len(indices)
    log.info(f"downsampling {n} particles from {stack.box_size} to {args.D} px")
    paths = downsample_stack(stack, args.D, args.o, indices=indices, chunk_size=args.chunk,
                             batch_size=args.batch_size)
    for path in paths:
        log.info(f"wrote {path}")
