"""Logging to the terminal and, for long jobs, to a run.log file with the same lines; progress that suits both."""

from __future__ import annotations

import logging
import os
import sys
from typing import Iterable, Iterator

from tqdm import tqdm

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


class _LoggedProgress:
    """Progress for a log file or a pipe: one logged line per tenth of the work, no carriage returns."""

    def __init__(self, iterable: Iterable | None, total: int | None, desc: str, unit: str):
        self.iterable, self.desc, self.unit = iterable, desc, unit
        self.total = total if total is not None else (len(iterable) if hasattr(iterable, "__len__") else None)
        self.done, self.tenths = 0, 0

    def update(self, count: int = 1) -> None:
        self.done += count
        if not self.total:
            return
        tenths = min(10, self.done * 10 // self.total)
        if tenths > self.tenths:
            self.tenths = tenths
            get_logger().info(f"{self.desc}: {tenths * 10}% ({self.done}/{self.total} {self.unit})")

    def __iter__(self) -> Iterator:
        for item in self.iterable:
            yield item
            self.update()

    def __enter__(self) -> "_LoggedProgress":
        return self

    def __exit__(self, *exc) -> None:
        return None


def progress_bar(iterable: Iterable | None = None, total: int | None = None, desc: str = "", unit: str = "it",
                 enabled: bool = True, log_steps: bool = True):
    """Return a progress tracker (iterate it, or ``with … as bar: bar.update(n)``).

    On a terminal it is a tqdm bar redrawn in place; in a log file or pipe, where redraws would
    leave one line per update, it logs a line at each tenth of the work (nothing when ``log_steps``
    is false, for loops that log their own line per unit, such as training epochs).
    """
    if enabled and sys.stderr.isatty():
        return tqdm(iterable, total=total, desc=desc, unit=unit)
    if enabled and log_steps:
        return _LoggedProgress(iterable, total, desc, unit)
    return tqdm(iterable, total=total, desc=desc, unit=unit, disable=True)
