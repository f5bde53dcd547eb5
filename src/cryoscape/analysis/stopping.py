"""``train_vae --stop-when-converged``: the Box 1 plateau rule applied while training runs.

The trainer's per-epoch statistics carry the total loss and, from its convergence probe, the median
latent shift of a fixed particle subset and the correlation and FSC of fixed particles' maps with
their maps of the epoch before. Training may stop once every one of these has reached its plateau
(:func:`~cryoscape.analysis.plateau.plateau_epoch`: a change per epoch, of the 3-epoch rolling mean,
of at most 10% of the largest change it had, held for at least 3 epochs) — all of them, not only
most, so neither the latent space nor the maps are still moving when it stops. A plateau of the latent
shift alone does not tell a latent that jitters about its place from one that drifts steadily into
shape (with averaged weights the shift is small and steady while the states still separate), so
Box 1's second test of the shifts is applied too: particles' consecutive moves must be randomly
directed — the median cosine between a particle's move over an epoch and over the epoch before,
averaged over the last 3 epochs, at most ``MAX_DRIFT_COSINE``. Only epochs trained on the whole
lattice count (during coarse to fine the loss is that of a narrower band), and at least
``min_epochs`` of them.
"""

from __future__ import annotations

from cryoscape.analysis.plateau import Plateau, plateau_epoch

STOP_METRICS = {"loss": "total loss", "latent_shift": "latent shift", "map_correlation": "map-to-map correlation",
                "map_fsc_area": "map-to-map FSC"}
MIN_FULL_EPOCHS = 6
# consecutive latent moves with a median cosine above this are a drift, not jitter. Measured on the 8,000-particle
# benchmark (benchmarks/time_to_quality.py): 0.22-0.52 over epochs 2-19 while the purity rose 0.31 -> 0.80 with
# averaged weights, -0.28 to -0.51 from epoch 3 with the last step's weights (their moves are mostly noise)
MAX_DRIFT_COSINE = 0.1
DRIFT_EPOCHS = 3


def stop_plateaus(history: list[dict], tolerance: float = 0.1) -> list[Plateau]:
    """Return the plateau of each stopping metric over the whole-lattice epochs of ``history``."""
    rows = [row for row in history if row.get("band_full", True)]
    found = []
    for key, name in STOP_METRICS.items():
        # a probe measure compares with the epoch before: the first whole-lattice epoch's compares with a band's
        series = [(row["epoch"], row[key]) for i, row in enumerate(rows) if key in row
                  and (key == "loss" or i > 0 or row is history[0])]
        epochs, values = [e for e, _ in series], [v for _, v in series]
        found.append(plateau_epoch(epochs, values, name, tolerance=tolerance))
    return found


def converged_reason(history: list[dict], min_epochs: int = MIN_FULL_EPOCHS) -> str | None:
    """Return why training can stop now (every metric has plateaued), or None to go on."""
    full = sum(1 for row in history if row.get("band_full", True))
    if full < min_epochs:
        return None
    plateaus = stop_plateaus(history)
    if any(p.epoch is None for p in plateaus):
        return None
    drift = latent_drift(history)
    if drift is None or drift > MAX_DRIFT_COSINE:
        return None
    settled = ", ".join(f"{p.metric} since epoch {p.epoch}" for p in plateaus)
    return (f"converged (Box 1 plateaus: {settled}; latent moves randomly directed: median cosine of "
            f"consecutive moves {drift:.2f} over the last {DRIFT_EPOCHS} epochs)")


def pending_tests(history: list[dict], min_epochs: int = MIN_FULL_EPOCHS) -> str:
    """Return where each of the rule's tests stands on ``history`` (epochs as in ``run.log``): the reason a
    run that :func:`converged_reason` does not stop goes on."""
    full = sum(1 for row in history if row.get("band_full", True))
    plateaus = "; ".join(f"{p.metric} since epoch {p.epoch}" if p.epoch is not None else f"{p.metric} not yet"
                         for p in stop_plateaus(history))
    drift = latent_drift(history)
    moves = "too few epochs" if drift is None else f"{drift:.2f} (stops at ≤ {MAX_DRIFT_COSINE})"
    return (f"{full} whole-lattice epochs (at least {min_epochs}); plateaus: {plateaus}; "
            f"latent direction over the last {DRIFT_EPOCHS} epochs: {moves}")


def latent_drift(history: list[dict]) -> float | None:
    """Return the mean of the last ``DRIFT_EPOCHS`` whole-lattice epochs' ``latent_direction`` (None: fewer)."""
    rows = [row for row in history if row.get("band_full", True)]
    # a move compares with the move before: both must be whole-lattice epochs' (the first two of them have none)
    values = [row["latent_direction"] for row in rows[2:] if "latent_direction" in row]
    return float(sum(values[-DRIFT_EPOCHS:]) / DRIFT_EPOCHS) if len(values) >= DRIFT_EPOCHS else None
