"""Logging to the terminal and, for long jobs, to a run.log file with the same lines."""

from __future__ import annotations

import logging
import os
import sys

LOGGER_NAME = "cryoscape"


def get_logger() -> logging.Logger:
    """Return the project logger (configured by :func:`setup_logging`)."""
    return logging.getLogger(LOGGER_NAME)


def setup_logging(verbose: bool = False, log_file: str | os.PathLike | None = None,
                  quiet: bool = False) -> logging.Logger:
    """Send cryoscape's messages to stdout (and ``log_file`` if given), replacing earlier handlers.

    ``quiet`` keeps only errors (the non-main processes of a distributed run).
    """
    logger = get_logger()
    logger.handlers.clear()
    logger.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    console = logging.StreamHandler(sys.stdout)
    console.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(console)
    if log_file is not None:
        handler = logging.FileHandler(log_file)
        handler.setFormatter(logging.Formatter("%(asctime)s  %(message)s", "%Y-%m-%d %H:%M:%S"))
        logger.addHandler(handler)
    return logger
