"""``analyze_convergence``: every Box 1 heuristic of one training run, with data, plots and a verdict.

Encoder: total loss, UMAP panels of sampled epochs on one embedding (fitted on the final epoch,
earlier epochs placed into it), latent shifts. Decoder: maps at the on-data median latent of the
particles of each UMAP local maximum, every ``epoch_interval`` epochs, compared between consecutive
sampled epochs by real-space correlation and FSC.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.analysis.latents import fit_umap, load_latents, nearest_on_data
from cryoscape.analysis.maxima import LocalMaximum, MaximaSettings, local_maxima
from cryoscape.analysis.plateau import Plateau, plateau_epoch, verdict
from cryoscape.analysis.shifts import latent_shifts
from cryoscape.io.files import staged_folder
from cryoscape.analysis.volumes import VolumeOptions, resolve_box_apix, save_volume
from cryoscape.analysis.workdir import TrainingRun, learning_curve
from cryoscape.errors import InputError
from cryoscape.fourier import fsc, map_correlation, resolution_at
from cryoscape.logs import get_logger
from cryoscape.models import decode_volumes
from cryoscape.models import load_trained_model


@dataclass(frozen=True)
class ConvergenceOptions:
    """Sampling of epochs and particles, the maxima method's settings, and how maps are written."""

    epoch_interval: int = 5
    subset: int = 50_000
    max_epochs: int | None = None  # at most this many sampled epochs (the latest) get maps
    maxima: MaximaSettings = field(default_factory=MaximaSettings)
    volumes: VolumeOptions = field(default_factory=VolumeOptions)
    seed: int = 0
    umap_max_fit: int = 15_000


def saved_epochs(workdir: Path, pattern: str, last: int) -> list[int]:
    """Return the epochs ≤ ``last`` for which ``pattern`` (e.g. 'z.{}.pkl') exists in ``workdir``."""
    regex = re.compile("^" + re.escape(pattern).replace(r"\{\}", r"(\d+)") + "$")
    found = [int(m.group(1)) for p in workdir.iterdir() if (m := regex.match(p.name))]
    return sorted(e for e in found if e <= last)


def sampled_epochs(available: list[int], last: int, interval: int) -> list[int]:
    """Return the epochs last, last − interval, … (ascending) that are available."""
    wanted = set(range(last, -1, -interval))
    return [e for e in available if e in wanted]


def maxima_latents(latents: dict[int, np.ndarray], maxima: list[LocalMaximum], epochs: list[int]
                   ) -> pd.DataFrame:
    """Return, per sampled epoch and maximum, the on-data median latent of its particles (and which particle)."""
    rows = []
    for epoch in epochs:
        z = latents[epoch]
        medians = np.stack([np.median(z[m.members], axis=0) for m in maxima])
        nearest = nearest_on_data(z, medians)
        for maximum, row in zip(maxima, nearest):
            rows.append({"epoch": epoch, "maximum": maximum.label, "row": int(row),
                         **{f"z{i}": float(v) for i, v in enumerate(z[row])}})
    return pd.DataFrame(rows)


def _compare_maps(previous: dict[str, np.ndarray], current: dict[str, np.ndarray], epoch: int, apix: float,
                  pairs: list, curves: list) -> None:
    for label, volume in current.items():
        freq, curve = fsc(previous[label], volume)
        pairs.append({"epoch": epoch, "maximum": label, "map_correlation": map_correlation(previous[label], volume),
                      "fsc_at_nyquist": float(curve[-1]), "fsc_05_resolution_angstrom": resolution_at(freq, curve, 0.5, apix)})
        curves.extend({"epoch": epoch, "maximum": label, "frequency_per_px": float(f), "fsc": float(c)}
                      for f, c in zip(freq, curve))


def decoder_maps(run_dir: Path, table: pd.DataFrame, epochs: list[int], out: Path, options: ConvergenceOptions,
                 progress: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write vols.EPOCH/vol_LABEL.mrc for each sampled epoch; return (per-pair CC/FSC, FSC curves)."""
    pairs: list = []
    curves: list = []
    previous = None
    zcols = [c for c in table.columns if c.startswith("z")]
    for epoch in epochs:
        model, config = load_trained_model(run_dir / f"weights.{epoch}.pkl", run_dir / "config.yaml")
        box, apix = resolve_box_apix(config, options.volumes)
        rows = table[table["epoch"] == epoch]
        labels = rows["maximum"].tolist()
        volumes = decode_volumes(model, rows[zcols].to_numpy(np.float32), box, config.dataset.spectrum_rms)
        (out / f"vols.{epoch}").mkdir(parents=True, exist_ok=True)
        for label, volume in zip(labels, volumes):
            save_volume(out / f"vols.{epoch}" / f"vol_{label}.mrc", volume, apix, options.volumes)
        current = dict(zip(labels, volumes))
        if previous is not None:
            _compare_maps(previous, current, epoch, apix, pairs, curves)
        previous = current
    return pd.DataFrame(pairs), pd.DataFrame(curves)


def load_epoch_latents(run: TrainingRun, epochs: list[int], rows: np.ndarray) -> dict[int, np.ndarray]:
    """Return the selected rows of every epoch's latents; every z file must hold the same particles."""
    latents = {}
    n_total = None
    for epoch in epochs:
        z = load_latents(run.workdir / f"z.{epoch}.pkl")
        if n_total is not None and len(z) != n_total:
            raise InputError(f"z.{epoch}.pkl has {len(z)} particles, other epochs {n_total}: mixed runs in "
                             f"{run.workdir}")
        n_total = len(z)
        latents[epoch] = z[rows]
    return latents


def particle_subset(n: int, subset: int, seed: int) -> np.ndarray:
    """Return the sorted rows of at most ``subset`` particles, drawn once with ``seed``."""
    if subset >= n:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, subset, replace=False))


def plateaus(loss: pd.DataFrame, shifts: pd.DataFrame, pairs: pd.DataFrame) -> list[Plateau]:
    """Return the plateau of every metric: loss, the three shift medians, mean map CC and mean FSC at Nyquist."""
    found = [plateau_epoch(loss["epoch"], loss["loss"], "total loss")] if len(loss) else []
    for column in ("median_magnitude", "median_dot_product", "median_cosine_distance"):
        if len(shifts):
            found.append(plateau_epoch(shifts["epoch"], shifts[column], f"latent shift {column[7:].replace('_', ' ')}"))
    if len(pairs):
        means = pairs.groupby("epoch")[["map_correlation", "fsc_at_nyquist"]].mean().reset_index()
        for column, metric in (("map_correlation", "map-to-map correlation"), ("fsc_at_nyquist", "FSC at Nyquist")):
            found.append(plateau_epoch(means["epoch"], means[column], metric, window=1, min_points=2))
    return found


def _resume_command(run: TrainingRun) -> str | None:
    """Return how to train a cryoDRGN run on (its own train_vae: cryoscape cannot resume it), else None."""
    from cryoscape.models.cryodrgn import read_cryodrgn_config

    if read_cryodrgn_config(run.config_path) is None:
        return None
    return f"cryodrgn train_vae … --load {run.workdir / f'weights.{run.epoch}.pkl'} -n {2 * run.epoch}"


def _summary(plateau_list: list[Plateau], last_epoch: int, maxima: list[LocalMaximum], sampled: list[int],
             n_particles: int, resume: str | None = None) -> tuple[dict, str]:
    epoch, message = verdict(plateau_list, last_epoch, resume=resume)
    rule = ("plateau = first epoch after which the metric's change per epoch (of its 3-epoch rolling mean; per "
            "sampled epoch, unsmoothed, for map metrics) stays at or below 10% of its largest change, for at least "
            "3 values (2 for map metrics); verdict = the earliest epoch by which more than half of the metrics "
            "have plateaued, with at least 2 epochs of training after it")
    data = {"last_epoch": last_epoch, "particles_used": n_particles, "sampled_epochs": sampled,
            "plateaus": {p.metric: p.epoch for p in plateau_list}, "rule": rule,
            "maxima": {m.label: len(m.members) for m in maxima}, "converged_epoch": epoch, "verdict": message}
    lines = [f"convergence of epochs 0..{last_epoch} ({n_particles} particles)", ""]
    lines += [f"  {p.metric:<36s} plateau at epoch {p.epoch if p.epoch is not None else '— (not reached)'}"
              for p in plateau_list]
    lines += ["", f"rule: {rule}", "", f"VERDICT: {message}"]
    return data, "\n".join(lines) + "\n"


def analyze_convergence(run: TrainingRun, outdir: str | os.PathLike, options: ConvergenceOptions = ConvergenceOptions(),
                        progress: bool = True) -> dict:
    """Compute every convergence heuristic of ``run`` up to its epoch into ``outdir``; return the summary."""
    from cryoscape.plotting import convergence as plots

    log = get_logger()
    epochs = saved_epochs(run.workdir, "z.{}.pkl", run.epoch)
    with_weights = set(saved_epochs(run.workdir, "weights.{}.pkl", run.epoch))
    sampled = [e for e in sampled_epochs(epochs, run.epoch, options.epoch_interval) if e in with_weights]
    if options.max_epochs:
        sampled = sampled[-options.max_epochs:]
    if len(epochs) < 3 or len(sampled) < 2:
        raise InputError(f"{run.workdir} has z files for epochs {epochs} and weights for {sorted(with_weights)}; "
                         "convergence needs z for ≥ 3 epochs and weights at ≥ 2 sampled epochs (train with "
                         "--checkpoint 1, or lower --epoch-interval)")
    n_total = len(run.latents())
    rows = particle_subset(n_total, options.subset, options.seed)
    latents = load_epoch_latents(run, epochs, rows)
    log.info(f"convergence: {len(epochs)} epochs, {len(rows)} of {n_total} particles, maps at epochs {sampled}")
    umap = fit_umap(latents[run.epoch], options.seed, options.umap_max_fit)
    embeddings = {e: (umap.embedding if e == run.epoch else umap.place(latents[e])) for e in sampled}
    maxima = local_maxima(umap.embedding, options.maxima)
    loss = learning_curve(run.workdir)
    loss = loss[loss["epoch"] <= run.epoch]
    shifts = latent_shifts(latents)
    medians = maxima_latents(latents, maxima, sampled)
    medians.insert(2, "particle", run.particle_ids(n_total)[rows][medians["row"].to_numpy()])
    with staged_folder(outdir) as out:
        pairs, curves = decoder_maps(run.workdir, medians, sampled, out, options, progress)
        plateau_list = plateaus(loss, shifts, pairs)
        summary, text = _summary(plateau_list, run.epoch, maxima, sampled, len(rows), _resume_command(run))
        loss.to_csv(out / "loss.csv", index=False)
        shifts.to_csv(out / "latent_shifts.csv", index=False)
        pd.DataFrame([{"maximum": m.label, "particles": len(m.members), "umap_x": m.position[0], "umap_y": m.position[1],
                       "smoothed_count": m.density} for m in maxima]).to_csv(out / "umap_maxima.csv", index=False)
        medians.drop(columns="row").to_csv(out / "maxima_latents.csv", index=False)
        pd.concat([pd.DataFrame({"epoch": e, "umap1": xy[:, 0], "umap2": xy[:, 1]}) for e, xy in embeddings.items()]
                  ).to_csv(out / "umap_embeddings.csv", index=False)
        pairs.to_csv(out / "map_comparisons.csv", index=False)
        curves.to_csv(out / "fsc_curves.csv", index=False)
        plot_dir = out / "plots"
        plot_dir.mkdir()
        by_metric = {p.metric: p.epoch for p in plateau_list}
        plots.plot_loss(loss, plot_dir / "00_total_loss.png", by_metric.get("total loss"))
        plots.plot_umap_panels(embeddings, plot_dir / "01_encoder_umaps.png", density=False)
        plots.plot_umap_panels(embeddings, plot_dir / "02_encoder_umap_densities.png", density=True)
        plots.plot_shifts(shifts, plot_dir / "03_encoder_latent_shifts.png")
        plots.plot_maxima(umap.embedding, maxima, plot_dir / "04_encoder_umap_maxima.png")
        plots.plot_pairwise(pairs, "map_correlation", "map-to-map correlation", plot_dir / "05_decoder_map_correlation.png")
        plots.plot_fsc_curves(curves, plot_dir / "06_decoder_fsc_curves.png")
        plots.plot_pairwise(pairs, "fsc_at_nyquist", "FSC at Nyquist", plot_dir / "07_decoder_fsc_nyquist.png")
        (out / "summary.json").write_text(json.dumps(summary, indent=1))
        (out / "summary.txt").write_text(text)
    log.info(text.rstrip())
    return summary
