"""A running average of a model's weights, the model a checkpoint holds.

Stochastic gradient steps leave the weights wandering around the optimum they approach, so the maps and
latents of the last step of an epoch carry that step's noise. An exponential moving average of the weights
over the last ``horizon_images`` trained images (Polyak–Ruppert averaging) removes most of it at no cost to
learning: the optimiser goes on with the live weights; checkpoints, latents and the convergence probe use
the average. Early in a run the average covers only the most recent tenth of the steps taken
(decay ``(1 + t) / (WARMUP + t)`` at step t, WARMUP = 10), so it never lags a model that is still changing fast.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import torch

from cryoscape.errors import InputError

WARMUP = 10  # the average's decay at step t is at most (1 + t) / (WARMUP + t): about the last 1/WARMUP of the steps


def warmed_decay(decay: float, steps: int, warmup: float = WARMUP) -> float:
    """Return an average's decay after ``steps`` updates: ``decay``, or less early in a run."""
    return min(decay, (1 + steps) / (warmup + steps))


class WeightAverage:
    """An exponential moving average of ``model``'s parameters, updated after each optimiser step."""

    def __init__(self, model: torch.nn.Module, horizon_images: float, batch_size: int):
        self.live = [param.detach() for param in model.parameters()]
        self.average = [param.clone() for param in self.live]
        self.decay = max(0.0, 1.0 - batch_size / horizon_images) if horizon_images > 0 else 0.0
        self.steps = 0

    def update(self) -> None:
        """Fold the live weights into the average (one optimiser step taken)."""
        self.steps += 1
        decay = warmed_decay(self.decay, self.steps)
        torch._foreach_lerp_(self.average, self.live, 1.0 - decay)

    @contextmanager
    def applied(self) -> Iterator[None]:
        """Hold the averaged weights in the model (in place: a captured CUDA graph keeps its tensors)."""
        kept = [param.clone() for param in self.live]
        torch._foreach_copy_(self.live, self.average)
        try:
            yield
        finally:
            torch._foreach_copy_(self.live, kept)

    def restore(self, averaged: dict[str, torch.Tensor], model: torch.nn.Module, steps: int) -> None:
        """Take the average from a checkpoint's averaged state dict of ``model`` after ``steps`` updates."""
        names = [name for name, _ in model.named_parameters()]
        torch._foreach_copy_(self.average, [averaged[name].to(param.device) for name, param in
                                            zip(names, self.live)])
        self.steps = int(steps)


def check_live_weights(state: dict, source: str) -> None:
    """Raise InputError unless a checkpoint's live weights, when it has them, have its model's names and shapes."""
    if "live_model" not in state:
        return
    live, model = state["live_model"], state["model"]
    if not isinstance(live, dict) or not isinstance(model, dict) or set(live) != set(model) or any(
            not isinstance(live[name], torch.Tensor) or not isinstance(model[name], torch.Tensor)
            or live[name].shape != model[name].shape for name in model):
        raise InputError(f"{source}: its live weights do not match its model (a damaged or foreign file); "
                         "resume from another checkpoint or start a new run without --load")
