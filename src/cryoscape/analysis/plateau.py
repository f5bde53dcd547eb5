"""When a convergence metric stops changing: plateau detection and an overall verdict.

A metric's series is smoothed by a centred rolling mean (3 epochs). Its plateau epoch is the first
epoch after which the smoothed series' change per epoch stays at or below ``tolerance`` (10%) of the
largest change per epoch it ever had — the "elbow and subsequent stabilization" of the protocol's
Box 1, independent of the metric's units and of whether it rises or falls. A plateau must span at
least 3 values (2 for map metrics, which are sampled every few epochs); a series that settles later
has none. The verdict, following the protocol ("the epoch upon which most of these metrics have
plateaued"), is the earliest epoch by which more than half of the metrics have plateaued; if that
leaves fewer than ``margin`` epochs of training after it, training has not converged yet.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Plateau:
    """A metric's plateau epoch (None: not reached), its final level and the per-epoch change allowed on the plateau."""

    metric: str
    epoch: int | None
    final_level: float
    tolerance: float


def rolling_mean(values: np.ndarray, window: int = 3) -> np.ndarray:
    """Return the centred rolling mean (shrinking at the ends) of a 1-D series."""
    return pd.Series(values, dtype=float).rolling(window, center=True, min_periods=1).mean().to_numpy()


def plateau_epoch(epochs: np.ndarray, values: np.ndarray, metric: str = "", tolerance: float = 0.1,
                  window: int = 3, min_points: int = 3) -> Plateau:
    """Return the first epoch after which the smoothed series changes by ≤ tolerance × its largest per-epoch change.

    The plateau must hold for at least ``min_points`` values (the last of them included).
    """
    epochs, values = np.asarray(epochs), np.asarray(values, float)
    finite = np.isfinite(values)
    epochs, values = epochs[finite], values[finite]
    if len(values) < max(window, min_points) + 1:
        return Plateau(metric, None, float("nan"), tolerance)
    smooth = rolling_mean(values, window)
    final = float(smooth[-min(window, len(smooth)):].mean())
    change = np.abs(np.diff(smooth))  # change[i]: from epoch i to epoch i + 1
    largest = float(change.max())
    if largest <= 1e-7 * max(1.0, abs(final)):  # flat up to rounding: settled from the start
        return Plateau(metric, int(epochs[0]), final, 0.0)
    steep = np.flatnonzero(change > tolerance * largest)
    first = int(steep[-1]) + 1
    if first > len(smooth) - min_points:
        return Plateau(metric, None, final, tolerance * largest)
    return Plateau(metric, int(epochs[first]), final, tolerance * largest)


def verdict(plateaus: list[Plateau], last_epoch: int, margin: int = 2, resume: str | None = None
            ) -> tuple[int | None, str]:
    """Return (epoch to analyse or None, one-line verdict) from the metrics' plateau epochs.

    ``resume``: the command that trains on (default cryoscape's, for epochs numbered from 0)."""
    resume = resume or f"train_vae … --load latest -n {2 * (last_epoch + 1)}"
    reached = sorted(p.epoch for p in plateaus if p.epoch is not None)
    needed = len(plateaus) // 2 + 1
    if len(reached) < needed:
        return None, (f"not converged: only {len(reached)} of {len(plateaus)} metrics have plateaued by epoch "
                      f"{last_epoch}; train longer ({resume})")
    epoch = reached[needed - 1]
    if epoch > last_epoch - margin:
        return None, (f"not yet converged: most metrics only plateau at epoch {epoch} of {last_epoch}; "
                      f"train longer ({resume}) to confirm")
    return epoch, (f"converged: {len(reached)} of {len(plateaus)} metrics have plateaued, most of them by epoch "
                   f"{epoch}; analyse epoch {epoch} or later (check late maps for noise or streaks)")
