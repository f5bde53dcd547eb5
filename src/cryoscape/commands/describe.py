"""Every command's arguments as data, for the dashboard's command builder: the parsers are the only source.

Each command module's ``add_args`` is run on a fresh parser and its actions are listed (flags,
metavar, help, default, whether required, choices); a command with steps (``occupancy run``…) is
listed once per step. Nothing is hand-copied, so the builder cannot drift from the command line.
"""

from __future__ import annotations

import argparse
import importlib

from cryoscape.commands import COMMANDS

SKIPPED_DESTS = {"help", "path_roles"}


def _argument(action: argparse.Action) -> dict:
    takes_value = action.nargs != 0
    default = action.default if action.default not in (None, argparse.SUPPRESS) and takes_value else None
    return {
        "dest": action.dest,
        "flags": list(action.option_strings),
        "metavar": action.metavar if isinstance(action.metavar, str) else (action.dest.upper() if takes_value else ""),
        "help": (action.help or "").replace("%(default)s", str(default)).replace("%%", "%"),
        "default": default if isinstance(default, (str, int, float, bool)) else None,
        "required": bool(action.required),
        "switch": not takes_value,
        "repeat": "append" if isinstance(action, argparse._AppendAction) else ("list" if action.nargs in ("+", "*") else ""),
        "choices": [str(c) for c in action.choices] if action.choices and takes_value else [],
    }


def _describe(parser: argparse.ArgumentParser, name: str, summary: str) -> list[dict]:
    steps = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if steps:
        return [entry for step, sub in steps[0].choices.items()
                for entry in _describe(sub, f"{name} {step}", sub.description or summary)]
    arguments = [_argument(a) for a in parser._actions
                 if a.dest not in SKIPPED_DESTS and not isinstance(a, (argparse._HelpAction, argparse._VersionAction))]
    return [{"command": name, "summary": summary, "arguments": arguments}]


def describe_commands(names: tuple[str, ...] = COMMANDS) -> list[dict]:
    """Return, for each command (and step), its one-line summary and its arguments in declaration order."""
    described = []
    for name in names:
        module = importlib.import_module(f"cryoscape.commands.{name}")
        parser = argparse.ArgumentParser(prog=f"cryoscape {name}")
        module.add_args(parser)
        described.extend(_describe(parser, name, (module.__doc__ or "").strip().splitlines()[0]))
    return described
