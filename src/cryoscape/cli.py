"""The ``cryoscape`` command line: one subcommand per module of :mod:`cryoscape.commands`."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

from cryoscape import __version__
from cryoscape.commands import COMMANDS
from cryoscape.errors import CryoscapeError
from cryoscape.io import CommandPath, check_command_paths, protected_inputs
from cryoscape.io.guard import READ_ROLES
from cryoscape.logs import setup_logging

USAGE_ERROR = 1  # every refusal, whether of a flag or of a file, exits with the same status
BROKEN_PIPE = 141  # 128 + SIGPIPE: a Unix tool's status when the reader of its output stops early


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (what is wrong; where the help is), exit status 1."""

    def error(self, message: str):
        print(f"{self.prog}: error: {_one_line(message)} (see {self.prog} --help)", file=sys.stderr)
        sys.exit(USAGE_ERROR)


def _load(name: str) -> ModuleType:
    return importlib.import_module(f"cryoscape.commands.{name}")


def _summary(module: ModuleType) -> str:
    return (module.__doc__ or "").strip().splitlines()[0]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the top-level parser; with ``only``, import and fully define just that subcommand.

    Importing one command module instead of all keeps start-up time and memory to what the
    command needs (torch and matplotlib load only for the commands that use them).
    """
    parser = OneLineParser(
        prog="cryoscape",
        description="Heterogeneous cryo-EM reconstruction and analysis of structural ensembles.",
    )
    parser.add_argument("--version", action="version", version=f"cryoscape {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands",
                                       parser_class=OneLineParser)
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


def command_paths(args: argparse.Namespace) -> list[CommandPath]:
    """Return the paths given to a command, with the flag and role each was declared with (commands.flags)."""
    paths = []
    for dest, (role, flag) in (getattr(args, "path_roles", None) or {}).items():
        value = getattr(args, dest, None)
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item not in (None, "", "latest"):
                paths.append(CommandPath(flag, role, Path(item)))
    return paths


def _run(args: argparse.Namespace) -> None:
    paths = command_paths(args)
    check_command_paths(paths)
    with protected_inputs(p.path for p in paths if p.role in READ_ROLES):
        args.run(args)


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; user errors print one line on stderr and return exit status 1.

    When the reader of the output goes away (``cryoscape … | head``) the command stops quietly with
    status 141, as a Unix tool killed by SIGPIPE would, instead of printing tracebacks.
    """
    try:
        return _main(argv)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's flush at exit must not fail again
        return BROKEN_PIPE


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    chosen = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(chosen if chosen in COMMANDS else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # a refused flag (already reported in one line) returns its status; --help exits
        if stop.code in (0, None):
            raise
        return int(stop.code)
    if args.command is None:
        parser.print_help()
        return 2
    args.argv = list(map(str, argv))  # the command line as given (train_vae --multigpu relaunches it)
    setup_logging()
    try:
        _run(args)
    except CryoscapeError as exc:
        if args.debug:
            raise
        print(f"cryoscape {args.command}: error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"cryoscape {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # an unexpected failure still gets one line, unless --debug
        if args.debug:
            raise
        print(f"cryoscape {args.command}: internal error: {type(exc).__name__}: {_one_line(exc)} "
              "(rerun with --debug for the traceback and report it)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
