"""Remove the intermediate epochs of training runs (weights, latents, poses), keeping every n-th, the last
and those that were analysed."""

from __future__ import annotations

import argparse

from cryoscape.analysis import clean_plan
from cryoscape.commands import flags
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_path(parser, "outdirs", nargs="+", metavar="WORKDIR", role=flags.RUN_FOLDER,
                   help="training run folders (train_vae -o); cryoDRGN's default of the current folder and its "
                        "glob patterns are not taken, so that nothing is removed by accident")
    parser.add_argument("-n", "--every-n-epochs", type=flags.positive_int, default=1, metavar="N",
                        help="keep every N-th epoch, counted from 1 as cryoDRGN does (N = 5 keeps cryoscape epochs "
                             "4, 9, …); the last epoch and analysed epochs are always kept")
    parser.add_argument("-d", "--dry-run", action="store_true", help="list what would be removed; remove nothing")
    parser.add_argument("-f", "--force", action="store_true", help="accepted for cryoDRGN compatibility (never prompts)")
    parser.add_argument("-v", "--verbose", action="store_true", help="name every file")


def main(args: argparse.Namespace) -> None:
    log = get_logger()
    plans = [(workdir, *clean_plan(workdir, args.every_n_epochs)) for workdir in args.outdirs]  # check all first
    for workdir, removable, kept in plans:
        freed = sum(p.stat().st_size for p in removable)
        for path in removable:
            if args.verbose or args.dry_run:
                log.info(f"{'would remove' if args.dry_run else 'removing'} {path}")
            if not args.dry_run:
                path.unlink()
        log.info(f"{workdir}: {'would remove' if args.dry_run else 'removed'} {len(removable)} files "
                 f"({freed / 2**20:.1f} MiB); epochs kept: {', '.join(map(str, kept)) or 'none'}")
