"""The ``cryoscape`` command line: one subcommand per module of :mod:`cryoscape.commands`."""

from __future__ import annotations

import argparse
import importlib
import sys
from types import ModuleType

from cryoscape import __version__
from cryoscape.commands import COMMANDS
from cryoscape.errors import CryoscapeError
from cryoscape.logs import setup_logging


def _load(name: str) -> ModuleType:
    return importlib.import_module(f"cryoscape.commands.{name}")


def _summary(module: ModuleType) -> str:
    return (module.__doc__ or "").strip().splitlines()[0]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the top-level parser; with ``only``, import and fully define just that subcommand.

    Importing one command module instead of all keeps start-up time and memory to what the
    command needs (torch and matplotlib load only for the commands that use them).
    """
    parser = argparse.ArgumentParser(
        prog="cryoscape",
        description="Heterogeneous cryo-EM reconstruction and analysis of structural ensembles.",
    )
    parser.add_argument("--version", action="version", version=f"cryoscape {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMANDS:
        if only is not None and name != only:
            subparsers.add_parser(name)
            continue
        module = _load(name)
        sub = subparsers.add_parser(name, help=_summary(module), description=module.__doc__,
                                    formatter_class=argparse.ArgumentDefaultsHelpFormatter)
        module.add_args(sub)
        sub.add_argument("--debug", action="store_true", help="show full tracebacks on error")
        sub.set_defaults(run=module.main)
    return parser


def _one_line(exc: BaseException) -> str:
    """Return an exception's message on one line (messages quoting other libraries may hold newlines)."""
    return " ".join(part.strip() for part in str(exc).splitlines() if part.strip())


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; user errors print one line on stderr and return exit status 1."""
    argv = sys.argv[1:] if argv is None else argv
    chosen = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(chosen if chosen in COMMANDS else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    setup_logging()
    try:
        args.run(args)
    except CryoscapeError as exc:
        if args.debug:
            raise
        print(f"cryoscape {args.command}: error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"cryoscape {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # an unexpected failure still gets one line, unless --debug
        if args.debug:
            raise
        print(f"cryoscape {args.command}: internal error: {type(exc).__name__}: {_one_line(exc)} "
              "(rerun with --debug for the traceback and report it)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
