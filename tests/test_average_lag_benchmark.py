"""benchmarks/average_lag.py: extra weight averages kept beside the checkpoint's."""

from __future__ import annotations

import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from average_lag import CHECKPOINT_WARMUP, extra_average_class  # noqa: E402


def _steps(model: torch.nn.Module, average, n: int) -> None:
    for _ in range(n):
        with torch.no_grad():
            for param in model.parameters():
                param.add_(torch.randn_like(param))
        average.update()


def test_an_extra_average_with_the_checkpoints_warmup_is_the_checkpoints_average(tmp_path):
    torch.manual_seed(0)
    model = torch.nn.Linear(4, 3)
    average = extra_average_class([CHECKPOINT_WARMUP, 40], tmp_path)(model, horizon_images=80, batch_size=8)
    _steps(model, average, 25)
    for extra, own in zip(average.extra[CHECKPOINT_WARMUP], average.average):
        assert torch.equal(extra, own)
    live_gap = sum(float((a - p).abs().sum()) for a, p in zip(average.extra[40], average.live))
    own_gap = sum(float((a - p).abs().sum()) for a, p in zip(average.average, average.live))
    assert live_gap < own_gap  # a larger K covers fewer recent steps: nearer the live weights


def test_extra_averages_are_written_when_the_checkpoints_is_applied(tmp_path):
    model = torch.nn.Linear(2, 2)
    average = extra_average_class([20], tmp_path)(model, horizon_images=80, batch_size=8)
    _steps(model, average, 3)
    with average.applied():
        pass
    written = torch.load(tmp_path / "K20.step3.pt", weights_only=True)
    assert set(written) == {"weight", "bias"} and torch.equal(written["weight"], average.extra[20][0])
