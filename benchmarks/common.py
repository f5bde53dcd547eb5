"""Helpers shared by the benchmark scripts (run as ``python benchmarks/NAME.py``)."""

from __future__ import annotations

import subprocess


def run_quiet(command: list[str]) -> None:
    """Run a command silently; on failure raise with the end of its output (the tool's own error lines)."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} … failed:\n{(result.stdout + result.stderr)[-2000:]}")
