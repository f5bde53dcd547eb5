"""--stop-when-converged: the plateau rule on per-epoch statistics, and a trainer that obeys it."""

from __future__ import annotations

import numpy as np

from cryoscape.analysis.stopping import converged_reason, pending_tests, stop_plateaus


def _history(n: int, settle: float = 2.0, band_epochs: int = 0, drift: bool = False, direction: float = -0.3
             ) -> list[dict]:
    rows = []
    for epoch in range(n):
        decay = np.exp(-epoch / settle)
        row = {"epoch": epoch, "loss": 1.0 + decay + (0.05 * epoch if drift else 0.0),
               "band_full": epoch >= band_epochs}
        if epoch:
            row.update(latent_shift=0.1 + decay, map_correlation=0.99 - 0.5 * decay, map_fsc_area=0.9 - 0.6 * decay)
        if epoch > 1:
            row.update(latent_direction=direction)
        rows.append(row)
    return rows


def test_settled_metrics_stop_training():
    reason = converged_reason(_history(14))
    assert reason is not None and "latent shift since epoch" in reason and "map-to-map FSC" in reason


def test_a_latent_drifting_steadily_keeps_training():
    """Every plateau reached, but each particle keeps moving the way it moved the epoch before (Box 1: converged
    moves are randomly directed): the latent space is still taking shape."""
    assert converged_reason(_history(14, direction=0.4)) is None
    history = _history(14, direction=0.4)
    for row in history[-3:]:  # the last three epochs' moves turn random: it may stop
        row["latent_direction"] = 0.02
    reason = converged_reason(history)
    assert reason is not None and "randomly directed" in reason and "0.02" in reason


def test_a_metric_still_moving_keeps_training():
    assert converged_reason(_history(14, drift=True)) is None  # the loss still falls steadily
    assert converged_reason(_history(14, settle=40.0)) is None  # everything still moving


def test_too_few_whole_lattice_epochs_keep_training():
    assert converged_reason(_history(5)) is None
    assert converged_reason(_history(14, band_epochs=10)) is None  # only 4 epochs on the whole lattice


def test_band_epochs_are_left_out_of_the_plateaus():
    history = _history(16, band_epochs=4)
    for row in history[:4]:  # a narrower band's loss and maps: wildly different, but they do not count
        row.update(loss=50.0, latent_shift=9.0, map_correlation=0.1, map_fsc_area=0.1)
    plateaus = stop_plateaus(history)
    assert all(p.epoch is not None and p.epoch >= 5 for p in plateaus)


def test_a_run_that_goes_on_says_which_test_holds_it():
    """Every plateau reached, particles still drifting: the report names the plateaus and the drift."""
    line = pending_tests(_history(14, direction=0.6))
    assert "14 whole-lattice epochs" in line and "total loss since epoch" in line and "not yet" not in line
    assert "0.60 (stops at ≤ 0.1)" in line
    early = pending_tests(_history(4))
    assert "4 whole-lattice epochs (at least 6)" in early and "not yet" in early and "too few epochs" in early
