"""The project's exception types.

Every error a user can cause raises a subclass of :class:`CryoscapeError` whose message says what
is wrong and what to do; the command line prints it on one line and exits non-zero.
"""


class CryoscapeError(Exception):
    """Base class of all errors cryoscape reports to the user."""


class InputError(CryoscapeError):
    """An input file or argument is missing, malformed or inconsistent with the others."""


class UnsafeFileError(InputError):
    """A file would execute code or reference objects outside the allowed set if loaded."""


class OutputError(CryoscapeError):
    """An output cannot be written (missing directory, no space, permission)."""


class Superseded(Exception):
    """Work abandoned because a newer request replaced it (not an error: nothing is reported)."""
