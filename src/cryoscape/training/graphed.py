"""A training step replayed as one CUDA graph.

At batch size 8 a step of the 256×3 networks is ~200 small kernels: launching them from Python
costs several times the GPU's own work (measured on an H100: 0.8 ms of GPU time under ~10 ms of
launch overhead per step). Captured once as a CUDA graph, the whole step — gathering the batch from
the GPU-resident spectra, phase shifts, CTF, forward, backward and the fused Adam update — is
relaunched with one call. Only full batches are replayed; the last, shorter batch of an epoch
runs eagerly on the same parameters and optimiser state.
"""

from __future__ import annotations

from typing import Callable

import torch

from cryoscape.logs import get_logger

WARMUP_STEPS = 3  # eager steps on a side stream before capture (lets cuBLAS and the allocator settle)

StepFunction = Callable[[torch.Tensor, "torch.Tensor | None"], torch.Tensor]


class GraphedStep:
    """Calls ``step(index, raw)`` eagerly for the first full batches, then replays its captured graph.

    ``index`` (B,) are particle positions on the device; ``raw`` (B, P) spectra copied from the host
    when they are not resident on the GPU, else None. ``step`` returns a small tensor of statistics.
    """

    def __init__(self, step: StepFunction, batch_size: int):
        self.step, self.batch_size = step, batch_size
        self.calls = 0
        self.key: object = None
        self.graph: torch.cuda.CUDAGraph | None = None
        self.failed = False
        self.static_index: torch.Tensor | None = None
        self.static_raw: torch.Tensor | None = None
        self.static_out: torch.Tensor | None = None

    def __call__(self, index: torch.Tensor, raw: torch.Tensor | None, key: object = None) -> torch.Tensor:
        """Run one step; ``key`` names what else the captured graph bakes in (the fitted band): a new key
        releases the graph and captures another after its warm-up steps."""
        if key != self.key:
            self.key, self.graph, self.calls = key, None, 0
        if index.shape[0] != self.batch_size or self.failed:
            return self.step(index, raw)
        if self.calls < WARMUP_STEPS:
            self.calls += 1
            return self._on_side_stream(index, raw)
        if self.graph is None:
            self._capture(index, raw)
            if self.failed:
                return self.step(index, raw)
        self.static_index.copy_(index, non_blocking=True)
        if raw is not None:
            self.static_raw.copy_(raw, non_blocking=True)
        self.graph.replay()
        return self.static_out

    def _on_side_stream(self, index: torch.Tensor, raw: torch.Tensor | None) -> torch.Tensor:
        side = torch.cuda.Stream()
        side.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(side):
            out = self.step(index, raw)
        torch.cuda.current_stream().wait_stream(side)
        return out

    def _capture(self, index: torch.Tensor, raw: torch.Tensor | None) -> None:
        self.static_index = index.clone()
        self.static_raw = None if raw is None else raw.clone()
        torch.cuda.synchronize()
        graph = torch.cuda.CUDAGraph()
        try:
            with torch.cuda.graph(graph):
                self.static_out = self.step(self.static_index, self.static_raw)
        except RuntimeError as error:  # an op that cannot be captured: keep training eagerly
            self.failed = True
            get_logger().info(f"CUDA graph capture failed ({str(error).splitlines()[0]}); training eagerly")
            return
        self.graph = graph
