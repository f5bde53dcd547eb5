"""Which arithmetic the networks run in: float32, or bfloat16 autocast where it pays.

Training uses bfloat16 under ``--amp``; interactive map decoding (the dashboard) uses it by default
on CPUs with native units, where a box-128 map decodes about 2× faster and differs from the float32 map
by 0.2% (FSC ≥ 0.9999 in every shell, measured on a fitted 256×3 decoder).

On a GPU, ``--amp`` runs the networks under bfloat16 autocast. On a CPU, bfloat16 matrix products
are only faster than float32 where the cores have native bfloat16 units (AVX-512 BF16 or AMX);
elsewhere PyTorch emulates them and they are slower, so ``--amp`` keeps float32 on such CPUs. The
CPU's features are read from the kernel's flag list at run time.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

import torch

NATIVE_BF16_FLAGS = ("amx_bf16", "avx512_bf16")  # /proc/cpuinfo names of bfloat16 matrix instructions
CPUINFO = Path("/proc/cpuinfo")


def cpu_bf16_units(cpuinfo: Path = CPUINFO) -> tuple[str, ...]:
    """Return the native bfloat16 instruction sets this CPU reports (empty when none or unknown)."""
    try:
        text = cpuinfo.read_text(errors="replace")
    except OSError:
        return ()
    flags: set[str] = set()
    for line in text.splitlines():
        if line.startswith("flags"):
            flags.update(line.split(":", 1)[-1].split())
    return tuple(name for name in NATIVE_BF16_FLAGS if name in flags)


@dataclass(frozen=True)
class Precision:
    """The arithmetic of a run's training steps, or of map decoding, on ``device_type`` ("cpu" or "cuda")."""

    device_type: str
    bfloat16: bool
    reason: str  # one line for the log: what runs and why

    def autocast(self) -> contextlib.AbstractContextManager:
        """Return the autocast context the networks' forward pass runs in."""
        if not self.bfloat16:
            return contextlib.nullcontext()
        # no weight cache: a CUDA graph may capture the step
        return torch.autocast(self.device_type, dtype=torch.bfloat16, cache_enabled=False)


def choose_precision(device: torch.device, amp: bool, cpu_units: tuple[str, ...] | None = None) -> Precision:
    """Return the precision of training on ``device`` with ``--amp`` given or not.

    ``cpu_units``: the CPU's native bfloat16 instruction sets (read from the machine when None).
    """
    if device.type == "cuda":
        if amp:
            return Precision("cuda", True, "mixed precision: bfloat16 autocast on the GPU")
        return Precision("cuda", False, "float32 with TF32 matrix products (--amp for bfloat16)")
    if not amp:
        return Precision("cpu", False, "float32 on the CPU")
    units = cpu_bf16_units() if cpu_units is None else cpu_units
    if units:
        return Precision("cpu", True, f"mixed precision: bfloat16 autocast on the CPU ({', '.join(units)})")
    return Precision("cpu", False, "--amp: this CPU has no native bfloat16 matrix units (AVX-512 BF16 or AMX), "
                                   "where bfloat16 is slower than float32: training in float32")


def decoding_precision(device: torch.device, float32: bool = False,
                       cpu_units: tuple[str, ...] | None = None) -> Precision:
    """Return the arithmetic of interactive map decoding on ``device``: bfloat16 on a CPU with native units.

    A GPU decodes a map in milliseconds in float32 (TF32), so it keeps float32; ``float32`` forces it
    everywhere. ``cpu_units`` as in :func:`choose_precision`.
    """
    if device.type == "cuda" or float32:
        return Precision(device.type, False, "maps decoded in float32" + (" (--float32)" if float32 else ""))
    units = cpu_bf16_units() if cpu_units is None else cpu_units
    if units:
        return Precision("cpu", True, f"maps decoded in bfloat16 on the CPU ({', '.join(units)}; --float32 for float32)")
    return Precision("cpu", False, "maps decoded in float32 (this CPU has no native bfloat16 units)")
