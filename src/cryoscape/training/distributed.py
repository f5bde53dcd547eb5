"""Data-parallel training under ``torchrun``: process group, shards, and gathering in particle order.

Under ``torchrun --nproc_per_node=N cryoscape train_vae …`` every process holds the model, trains on
its shard of each epoch's permutation and averages gradients through DistributedDataParallel
(NCCL on GPUs, gloo on CPU). Only rank 0 writes files and logs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import torch
import torch.distributed as dist

from cryoscape.errors import InputError


@dataclass(frozen=True)
class ProcessGroup:
    """This process's place in the job (a single process is rank 0 of 1)."""

    rank: int = 0
    world_size: int = 1
    local_rank: int = 0

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def active(self) -> bool:
        return self.world_size > 1


def init_process_group() -> ProcessGroup:
    """Join the job torchrun started (from its environment variables), or return a single process."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return ProcessGroup()
    rank, local_rank = int(os.environ["RANK"]), int(os.environ.get("LOCAL_RANK", "0"))
    if not dist.is_initialized():
        backend = "nccl" if torch.cuda.is_available() else "gloo"
        if backend == "nccl":
            gpus = torch.cuda.device_count()
            if local_rank >= gpus:
                raise InputError(f"torchrun started process {local_rank} on a node with {gpus} visible GPU(s); "
                                 f"use --nproc_per_node={gpus} (or CUDA_VISIBLE_DEVICES= to train on the CPU)")
            torch.cuda.set_device(local_rank)
        dist.init_process_group(backend=backend)
    return ProcessGroup(rank, world_size, local_rank)


def shard(order: np.ndarray, group: ProcessGroup) -> np.ndarray:
    """Return this rank's part of an epoch's order; every rank gets the same count (DDP needs equal
    step counts), so up to world_size − 1 particles sit out each epoch (different ones each time)."""
    per_rank = len(order) // group.world_size
    return order[group.rank * per_rank:(group.rank + 1) * per_rank]


def block_range(n: int, group: ProcessGroup) -> tuple[int, int]:
    """Return the [start, stop) block of 0 … n − 1 that this rank encodes for the latents."""
    per_rank = -(-n // group.world_size)
    start = min(group.rank * per_rank, n)
    return start, min(start + per_rank, n)


def gather_rows(local: torch.Tensor, n: int, group: ProcessGroup) -> torch.Tensor:
    """Return the ranks' row blocks (from :func:`block_range`) concatenated in rank order, (n, …)."""
    if not group.active:
        return local
    per_rank = -(-n // group.world_size)
    padded = torch.zeros(per_rank, *local.shape[1:], dtype=local.dtype, device=local.device)
    padded[: local.shape[0]] = local
    parts = [torch.empty_like(padded) for _ in range(group.world_size)]
    dist.all_gather(parts, padded)
    return torch.cat(parts)[:n]


def sum_across(values: torch.Tensor, group: ProcessGroup) -> torch.Tensor:
    """Return ``values`` (on the training device, as NCCL needs) summed over all ranks."""
    if not group.active:
        return values
    values = values.clone()
    dist.all_reduce(values)
    return values


def barrier(group: ProcessGroup) -> None:
    if group.active:
        dist.barrier()


def shutdown(group: ProcessGroup) -> None:
    if group.active and dist.is_initialized():
        dist.destroy_process_group()


def multigpu_command(argv: list[str], n_gpus: int) -> list[str]:
    """Return the torchrun command line that runs ``cryoscape <argv>`` (without --multigpu) on ``n_gpus`` GPUs
    of this machine: cryoDRGN's ``--multigpu`` through cryoscape's distributed (DDP) path."""
    import sys

    rest = [a for a in argv if a != "--multigpu"]
    return [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={n_gpus}",
            "-m", "cryoscape", *rest]
