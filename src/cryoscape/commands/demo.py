"""Run the whole protocol on a simulated assembly and write a scored report (report.html, summary.json)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryoscape.commands import flags
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_output_folder(parser, "-o", "--outdir", default="cryoscape_demo", metavar="DIR",
                        help="output folder (must be new or empty)")
    parser.add_argument("--quick", action="store_true",
                        help="small dataset and networks: about 10 minutes on 2 CPU cores")
    parser.add_argument("--particles", type=flags.positive_int, metavar="N", help="number of simulated particles")
    flags.add_seed(parser, "the simulation")


def main(args: argparse.Namespace) -> None:
    from cryoscape.cli import main as command_line  # each demo step runs as a real command
    from cryoscape.demo import demo_size, run_demo
    from cryoscape.demo.report import dashboard_command
    from cryoscape.errors import InputError

    if args.particles is not None and args.particles < 500:
        raise InputError(f"--particles {args.particles}: the demo needs at least 500 particles "
                         "(the rare state is 1% of them)")
    summary = run_demo(args.outdir, demo_size(args.quick, args.particles), command_line, args.seed)
    f, o = summary["filtering"], summary["occupancy"]
    get_logger().info(f"junk recall {f['junk_recall']:.3f}, good particles lost {f['good_lost']:.3f}; "
                      f"occupancy classes {o['classes']}, ARI {o['ari']:.3f}, rare state recovered: "
                      f"{'yes' if o['rare_recovered'] else 'no'}")
    get_logger().info(f"report: {args.outdir}/report.html; numbers: {args.outdir}/summary.json")
    get_logger().info(f"explore in the browser: {dashboard_command(Path(args.outdir))}")
