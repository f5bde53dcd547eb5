"""Explore, select and look at the ensemble of a run in the browser (a local web application)."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.commands.describe import describe_commands
from cryoscape.dashboard.exports import export_sources
from cryoscape.dashboard import (MapMaker, ServeOptions, access_token, check_port, create_app, occupancy_for,
                                 open_explorer, serve)


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_path(parser, "workdir", metavar="WORKDIR", help="train_vae output folder (analysed)",
                   role=flags.RUN_FOLDER)
    parser.add_argument("--epoch", type=flags.nonnegative_int, metavar="E",
                        help="epoch to show (default: the latest with an analyze.E folder)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on; anything but loopback requires the token printed at start")
    parser.add_argument("--port", type=flags.positive_int, default=5050, help="port to listen on")
    parser.add_argument("--no-browser", action="store_true", help="do not open a browser")
    flags.add_input(parser, "--occupancy", metavar="DIR",
                    help="an 'occupancy run' output on this epoch's k-means maps (default: WORKDIR/occupancy or "
                         "an occupancy folder beside WORKDIR, if there is one)")
    flags.add_input(parser, "--colour-by", metavar="PKL", action="append", default=[],
                    help="a .pkl of one number per particle (of the run, or of the whole stack) to colour by: "
                         "a per-image loss, a score, a class from another tool (repeatable)")
    parser.add_argument("--float32", action="store_true",
                        help="decode maps in float32 even on a CPU with native bfloat16 units (AVX-512 BF16, AMX), "
                             "where they are decoded in bfloat16 by default: about 2x faster, 0.2%% from float32")
    flags.add_input(parser, "--star", metavar="STAR",
                    help="the particles' .star file: each saved selection is also written as a subset of it")
    flags.add_input(parser, "--cs", metavar="CS",
                    help="the particles' .cs file: each saved selection is also written as a subset of it")


def main(args: argparse.Namespace) -> None:
    options = ServeOptions(args.host, args.port, not args.no_browser)
    check_port(options.host, options.port)
    explorer = open_explorer(args.workdir, args.epoch, tuple(args.colour_by))
    occupancy = occupancy_for(explorer, args.occupancy)
    exports = export_sources(explorer.run.config.data.particles, args.star, args.cs)
    token = access_token(options.host)
    maps = MapMaker(explorer.run, float32=args.float32)
    print(maps.precision.reason)
    serve(create_app(explorer, maps, token, occupancy, exports, describe_commands()), options, token)
