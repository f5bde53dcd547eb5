"""The demo's score card: every step measured against the simulation's ground truth."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score
from sklearn.neighbors import NearestNeighbors

from cryoscape.analysis import TrainingRun
from cryoscape.demo.plan import DemoSize
from cryoscape.fourier import fsc, resolution_at
from cryoscape.io import load_pkl, read_mrc, read_mrc_header

RARE_CLASS = "rare_no_side"
CLASS_FILE = re.compile(r"^class_(\d+)\.\d+_particles\.pkl$")


class GroundTruth:
    """The simulation's labels (per particle of the full stack) and true maps."""

    def __init__(self, sim: Path):
        self.sim = Path(sim)
        self.labels = pd.read_csv(self.sim / "truth" / "labels.csv").set_index("particle").sort_index()
        self.good_classes = sorted(self.labels.loc[~self.labels["is_junk"], "class"].unique())

    def true_class(self, ids: np.ndarray) -> np.ndarray:
        return self.labels.loc[ids, "class"].to_numpy()

    def is_junk(self, ids: np.ndarray) -> np.ndarray:
        return self.labels.loc[ids, "is_junk"].to_numpy(bool)

    def map_path(self, name: str, box: int) -> Path:
        """Return the true map of a class at ``box`` (maps/ holds them at the particles' own box)."""
        smaller = self.sim / "truth" / f"maps_{box}" / f"{name}.mrc"
        full = self.sim / "truth" / "maps" / f"{name}.mrc"
        if not smaller.is_file() and full.is_file() and read_mrc_header(full).box_size == box:
            return full
        return smaller

    def occupancy_classes(self, occdir: Path, ids: np.ndarray) -> np.ndarray:
        """Return the occupancy class of each particle of ``ids`` (stack indices; 0 where none was assigned)."""
        of_particle = {}
        for path in sorted((occdir / "clusters").glob("class_*_particles.pkl")):
            label = int(CLASS_FILE.match(path.name).group(1))
            of_particle.update({int(i): label for i in np.asarray(load_pkl(path))})
        return np.array([of_particle.get(int(i), 0) for i in ids])


def high_run_ids(out: Path, size: DemoSize) -> np.ndarray:
    """Return the stack index of every row of the second training's final z (its --ind selection)."""
    run = TrainingRun.open(out / "train_high", size.high_epochs - 1)
    return run.particle_ids(len(run.latents()))


def class_centroid_rows(z: np.ndarray, classes: np.ndarray) -> list[int]:
    """Return, per occupancy class, the row whose latent is nearest the class's mean latent."""
    rows = []
    for label in sorted(set(classes.tolist()) - {0}):
        members = np.flatnonzero(classes == label)
        centre = z[members].mean(axis=0)
        rows.append(int(members[np.argmin(((z[members] - centre) ** 2).sum(axis=1))]))
    return rows


def rare_class_file(occdir: Path, truth: GroundTruth) -> Path | None:
    """Return the class file whose particles are mostly the rare state (the class a user would pick by its
    occupancy pattern; the demo knows the truth), or None when no class is."""
    best, best_share = None, 0.5
    for path in sorted((occdir / "clusters").glob("class_*_particles.pkl")):
        ids = np.asarray(load_pkl(path))
        share = float((truth.true_class(ids) == RARE_CLASS).mean()) if ids.size else 0.0
        if share > best_share:
            best, best_share = path, share
    return best


def filtering_scores(out: Path, truth: GroundTruth) -> dict:
    bad = np.asarray(load_pkl(next((out / "filter").glob("ind_bad.*_particles.pkl"))))
    junk = truth.labels["is_junk"].to_numpy(bool)
    removed = np.zeros(len(junk), bool)
    removed[bad] = True
    return {"particles": int(len(junk)), "junk": int(junk.sum()), "removed": int(removed.sum()),
            "junk_recall": float((removed & junk).sum() / max(junk.sum(), 1)),
            "good_lost": float((removed & ~junk).sum() / max((~junk).sum(), 1))}


def occupancy_scores(out: Path, size: DemoSize, truth: GroundTruth) -> dict:
    ids = high_run_ids(out, size)
    classes = truth.occupancy_classes(out / "occupancy", ids)
    good = ~truth.is_junk(ids) & (classes > 0)
    true = truth.true_class(ids)
    table = pd.crosstab(classes[good], true[good])
    rare_rows = true == RARE_CLASS
    best = {"class": None, "precision": 0.0, "recall": 0.0}
    for label in table.index:
        members = (classes == label) & good
        precision = float((true[members] == RARE_CLASS).mean())
        recall = float((members & rare_rows).sum() / max((rare_rows & good).sum(), 1))
        if precision * recall > best["precision"] * best["recall"]:
            best = {"class": int(label), "precision": precision, "recall": recall}
    n_classes = int(pd.read_csv(out / "occupancy" / "clusters" / "classes.csv")["class"].max())
    return {"classes": n_classes, "classes_with_good_particles": int(table.shape[0]), "ari": float(adjusted_rand_score(true[good], classes[good])),
            "rare_recovered": bool(best["precision"] >= 0.5 and best["recall"] >= 0.5), "rare_best": best,
            "composition": {int(k): {c: int(v) for c, v in row.items() if v} for k, row in table.iterrows()}}


def map_scores(out: Path, size: DemoSize, truth: GroundTruth) -> dict:
    """FSC of the map decoded at each true state's median latent (second run) against its true map."""
    from cryoscape.models import decode_volume
    from cryoscape.models import load_trained_model

    high = out / "train_high"
    model, config = load_trained_model(high / "weights.pkl", high / "config.yaml")
    z = np.asarray(load_pkl(high / "z.pkl"))
    true = truth.true_class(high_run_ids(out, size))
    scores = {}
    for name in truth.good_classes:
        members = true == name
        if not members.any():
            continue
        volume = decode_volume(model, np.median(z[members], axis=0), spectrum_rms=config.dataset.spectrum_rms)
        freq, curve = fsc(volume, read_mrc(truth.map_path(name, size.high_box_px))[0])
        scores[name] = {"particles": int(members.sum()), "fsc05_angstrom": resolution_at(freq, curve, 0.5,
                                                                                          size.high_apix),
                        "mean_fsc": float(curve[1:].mean())}
    good = np.isin(true, truth.good_classes)
    _, neighbours = NearestNeighbors(n_neighbors=11).fit(z[good]).kneighbors(z[good])
    purity = float((true[good][neighbours[:, 1:]] == true[good][:, None]).mean())
    return {"per_state": scores, "latent_purity_10nn": purity}


def data_scores(out: Path, size: DemoSize, truth: GroundTruth) -> dict:
    """The .star route against the .cs route, and the consensus back-projection against the mature state."""
    rot_cs, trans_cs = load_pkl(out / "poses.pkl")
    rot_star, trans_star = load_pkl(out / "poses_star.pkl")
    ctf_diff = np.abs(np.asarray(load_pkl(out / "ctf.pkl")) - np.asarray(load_pkl(out / "ctf_star.pkl")))
    volume = read_mrc(out / "backproject" / "backproject.mrc")[0]
    freq, curve = fsc(volume, read_mrc(truth.map_path("mature", size.high_box_px))[0])
    return {"star_vs_cs": {"rotation_max_diff": float(np.abs(np.asarray(rot_cs) - rot_star).max()),
                           "translation_max_diff": float(np.abs(np.asarray(trans_cs) - trans_star).max()),
                           "ctf_max_diff": float(np.nanmax(ctf_diff))},
            "backprojection_vs_mature": {"fsc05_angstrom": resolution_at(freq, curve, 0.5, size.high_apix),
                                         "mean_fsc": float(curve[1:].mean())}}


def convergence_summary(out: Path, size: DemoSize) -> dict:
    path = out / "train_low" / f"convergence.{size.low_epochs - 1}" / "summary.json"
    if not path.is_file():
        return {}
    summary = json.loads(path.read_text())
    return {"converged_epoch": summary.get("converged_epoch"), "verdict": summary.get("verdict")}


def score_demo(out: Path, size: DemoSize, truth: GroundTruth, voldir: Path) -> dict:
    return {"data": data_scores(out, size, truth), "convergence": convergence_summary(out, size),
            "filtering": filtering_scores(out, truth), "occupancy": occupancy_scores(out, size, truth),
            "maps": map_scores(out, size, truth), "kmeans_maps": len(list(voldir.glob("*.mrc")))}


def landscape_scores(landscape_dir: Path, truth: GroundTruth, ids: np.ndarray, box: int) -> dict:
    """Score an analyze_landscape folder against the simulation: adjusted Rand index of the particles' states
    against the true classes (junk a class of its own; and over non-junk particles only), and the FSC of each
    state's mean map against the true map of the class most of its particles belong to."""

    states = np.asarray(load_pkl(landscape_dir / "state_labels.pkl"))
    analysed = states >= 0  # particles left out with --ind have state −1
    states, ids = states[analysed], np.asarray(ids)[analysed]
    true = truth.true_class(ids)
    good = ~truth.is_junk(ids)
    cluster_dir = next(landscape_dir.glob("clustering_L2_*"))
    per_state = {}
    for state in np.unique(states):
        members = true[states == state]
        names, counts = np.unique(members, return_counts=True)
        majority = str(names[np.argmax(counts)])
        entry = {"particles": int(len(members)), "majority": majority, "purity": float(counts.max() / len(members))}
        if majority in truth.good_classes and truth.map_path(majority, box).is_file():
            mean_map = read_mrc(cluster_dir / f"state_{state}_mean.mrc")[0]
            _, curve = fsc(mean_map, read_mrc(truth.map_path(majority, box))[0])
            entry["mean_fsc"] = float(curve[1:].mean())
        per_state[int(state)] = entry
    found = {e["majority"] for e in per_state.values()}
    return {"ari": float(adjusted_rand_score(true, states)),
            "ari_without_junk": float(adjusted_rand_score(true[good], states[good])),
            "classes_found": sorted(found & set(truth.good_classes)), "per_state": per_state}
