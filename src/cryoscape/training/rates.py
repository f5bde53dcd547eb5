"""The decoder's learning-rate schedule: a high rate for the first images, decaying to its own rate.

The decoder learns the consensus and the large differences between states fastest at a high rate
(--dec-lr 1e-3 raised every early map on the benchmark data), but kept there its maps stop improving
and the rare state's falls back. So the rate can start at ``decoder_lr_start`` and fall
geometrically to ``decoder_lr`` over the first ``decoder_lr_decay_images`` images (train_vae
--dec-lr-start; measured, not a default: it delays the benchmark's hinge motion by ~2 epochs). It is
set at the start of each epoch and held through it (a captured CUDA-graph step bakes in its rate,
so it is recaptured once per epoch, not per step), and depends only on the epoch number: a resumed
run takes the same rates as an uninterrupted one.
"""

from __future__ import annotations

from cryoscape.models import TrainConfig


def decoder_rate(train: TrainConfig, images_before: float) -> float | None:
    """Return the decoder's rate for the epoch that starts after ``images_before`` trained images (None:
    the decoder has no rate of its own and follows ``train.lr``)."""
    end, start, span = train.decoder_lr, train.decoder_lr_start, train.decoder_lr_decay_images
    if end is None or start is None or span <= 0:
        return end
    progress = min(1.0, max(0.0, images_before) / span)
    return start * (end / start) ** progress
