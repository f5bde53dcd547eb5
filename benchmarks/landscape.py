"""Landscape analysis against the simulation's truth: cryoscape (its particle-weighted k-means and
cryoDRGN's agglomerative clustering) and, optionally, cryoDRGN 4.3.1's analyze_landscape, timed.

Runs on the output of `cryoscape demo --quick` (the second training run, after filtering). cryoDRGN needs
its own run of the same particles (cryoscape cannot open cryoDRGN's weights yet), e.g.

    cryodrgn train_vae DEMO/particles.48.txt --poses DEMO/poses.pkl --ctf DEMO/ctf.pkl \
        --ind DEMO/filter/ind_keep.N_particles.pkl --zdim 8 --enc-dim 128 --enc-layers 2 --dec-dim 128 \
        --dec-layers 2 --lr 1e-3 -n 40 -b 8 --no-analysis -o CDRUN

    python benchmarks/landscape.py --demo DEMO [--cryodrgn /venv/bin/cryodrgn --cryodrgn-run CDRUN]

Each tool runs alone on the machine, one after the other. Prints a table; writes results/landscape.csv.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import run_quiet  # noqa: E402

from cryoscape.demo.scores import GroundTruth, landscape_scores  # noqa: E402
from cryoscape.io import load_pkl, read_mrc_header, save_pkl  # noqa: E402

CRYOSCAPE = [sys.executable, "-m", "cryoscape"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    run_quiet(command)
    return time.perf_counter() - start


def cryodrgn_states(landscape: Path, m: int, ids: np.ndarray, out: Path) -> Path:
    """Write cryoDRGN's states as one label per particle of ``ids`` into ``out``/state_labels.pkl (for scoring)."""
    of_particle = {}
    for path in sorted((landscape / f"sketch_clustering_average_{m}").glob("state_*_particle_ind.pkl")):
        state = int(path.name.split("_")[1]) - 1
        of_particle.update({int(i): state for i in np.asarray(load_pkl(path))})
    labels = np.array([of_particle.get(int(i), -1) for i in ids])
    cluster_dir = out / f"clustering_L2_average_{m}"
    cluster_dir.mkdir(parents=True, exist_ok=True)
    save_pkl(labels, out / "state_labels.pkl")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--demo", type=Path, required=True, help="output folder of `cryoscape demo --quick`")
    parser.add_argument("--epoch", type=int, help="epoch of the demo's train_high (default: its last)")
    parser.add_argument("-N", type=int, default=1000, help="sketch maps")
    parser.add_argument("-M", type=int, default=5, help="states")
    parser.add_argument("--cryodrgn", help="cryoDRGN's `cryodrgn` executable (separate environment)")
    parser.add_argument("--cryodrgn-run", type=Path, help="cryoDRGN's train_vae folder on the same particles")
    parser.add_argument("--cryodrgn-epoch", type=int,
                        help="its epoch (cryoDRGN counts from 1: give EPOCH + 1 for the same training; default: last)")
    parser.add_argument("--work", type=Path, default=Path("landscape_bench"))
    args = parser.parse_args()
    run = args.demo / "train_high"
    epoch = args.epoch if args.epoch is not None else max(int(p.name.split(".")[1]) for p in run.glob("z.*.pkl")
                                                          if p.name.split(".")[1].isdigit())
    truth = GroundTruth(args.demo / "sim")
    ind = next((args.demo / "filter").glob("ind_keep.*_particles.pkl"))
    ids = np.asarray(load_pkl(ind))
    rows = []
    ours = args.work / "cryoscape"
    seconds = timed([*CRYOSCAPE, "analyze_landscape", str(run), str(epoch), "-o", str(ours), "-N", str(args.N),
                     "-M", str(args.M)])
    box = read_mrc_header(next((ours / "sketch").glob("vol_*.mrc"))).box_size
    rows.append(("cryoscape", "weighted k-means", seconds, landscape_scores(ours, truth, ids, box)))
    agglomerative = args.work / "cryoscape_agglomerative"
    shutil.copytree(ours, agglomerative)
    for path in agglomerative.glob("clustering_L2_*"):
        shutil.rmtree(path)
    seconds = timed([*CRYOSCAPE, "analyze_landscape", str(run), str(epoch), "-o", str(agglomerative), "-N",
                     str(args.N), "-M", str(args.M), "--skip-vol", "--cluster", "agglomerative"])
    rows.append(("cryoscape", "agglomerative (--skip-vol)", seconds, landscape_scores(agglomerative, truth, ids, box)))
    if args.cryodrgn and args.cryodrgn_run:
        cd_epoch = args.cryodrgn_epoch or max(int(p.name.split(".")[1]) for p in args.cryodrgn_run.glob("z.*.pkl")
                                              if p.name.split(".")[1].isdigit())
        run_quiet([*args.cryodrgn.split(), "analyze", str(args.cryodrgn_run), str(cd_epoch)])  # landscape needs its UMAP
        theirs = args.work / "cryodrgn"
        seconds = timed([*args.cryodrgn.split(), "analyze_landscape", str(args.cryodrgn_run), str(cd_epoch), "-o",
                         str(theirs), "-N", str(args.N), "-M", str(args.M), "-d", str(box)])
        scored = cryodrgn_states(theirs, args.M, ids, args.work / "cryodrgn_scored")
        for path in theirs.glob(f"sketch_clustering_average_{args.M}/state_*_mean.mrc"):
            state = int(path.name.split("_")[1]) - 1
            shutil.copy(path, scored / f"clustering_L2_average_{args.M}" / f"state_{state}_mean.mrc")
        rows.append(("cryoDRGN 4.3.1", "agglomerative (average)", seconds, landscape_scores(scored, truth, ids, box)))
    print(f"analyze_landscape, -N {args.N} -M {args.M}, {len(ids)} particles, box {box}, cryoscape epoch {epoch}"
          + (f", cryoDRGN epoch {cd_epoch}" if args.cryodrgn and args.cryodrgn_run else ""))
    print(f"{'tool':<15} {'clustering':<28} {'seconds':>8} {'ARI':>6} {'found':>6}  per-state FSC")
    table = []
    for tool, method, seconds, scores in rows:
        fscs = {e["majority"]: round(e["mean_fsc"], 3) for e in scores["per_state"].values() if "mean_fsc" in e}
        print(f"{tool:<15} {method:<28} {seconds:8.1f} {scores['ari']:6.3f} {len(scores['classes_found']):6d}  {fscs}")
        table.append({"tool": tool, "clustering": method, "seconds": round(seconds, 1), "ari": round(scores["ari"], 4),
                      "states_found": len(scores["classes_found"]), **{f"fsc_{k}": v for k, v in fscs.items()}})
    results = Path(__file__).resolve().parent / "results" / "landscape.csv"
    with open(results, "w", newline="") as fh:
        names = list(dict.fromkeys(k for row in table for k in row))
        writer = csv.DictWriter(fh, fieldnames=names)
        writer.writeheader()
        writer.writerows(table)
    print(f"wrote {results}")


if __name__ == "__main__":
    main()
