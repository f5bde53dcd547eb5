"""Benchmark: occupancy analysis of 500 maps × 136 elements at 64³ (the protocol's 50S model and map size).

Writes 500 maps (the 20 cryoDRGN maps of ../shared/data/occupancy/example/volumes with added noise),
then times ``occupancy run`` with the seven 50S model files at 10 Å (136 element maps, masks, the
occupancy matrix, clustering, plots, scripts) and ``occupancy measure`` alone, whole commands.

    python benchmarks/bench_occupancy.py [--maps 500]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

from bench_analyze import timed
from cryoscape.io import read_mrc, write_mrc

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "occupancy"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maps", type=int, default=500)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_occupancy_", dir=args.workdir))
    try:
        sources = sorted((SHARED / "example" / "volumes").glob("*.mrc"))
        rng = np.random.default_rng(0)
        (work / "vols").mkdir()
        for i in range(args.maps):
            volume, header = read_mrc(sources[i % len(sources)])
            noisy = volume + rng.normal(0, 0.05 * volume.std(), volume.shape).astype(np.float32)
            write_mrc(work / "vols" / f"vol_{i:03d}.mrc", noisy, header.apix, is_stack=False)
        models = [str(p) for p in sorted((SHARED / "model_50S").glob("*.pdb"))]
        run_s, run_gb = timed([sys.executable, "-m", "cryoscape", "occupancy", "run", *models, "--vols",
                               str(work / "vols"), "--res", "10", "-o", str(work / "run")])
        measure_s, measure_gb = timed([sys.executable, "-m", "cryoscape", "occupancy", "measure", "--maps",
                                       str(work / "vols"), "--masks", str(work / "run" / "masks"),
                                       "-o", str(work / "occ.csv")])
        elements = len(list((work / "run" / "masks").glob("*.mrc")))
        print(f"occupancy, {args.maps} maps × {elements} elements at 64³, 2 cores (whole commands, start-up included)")
        print(f"  occupancy run:     {run_s:6.1f} s, peak RSS {run_gb:.2f} GB")
        print(f"  occupancy measure: {measure_s:6.1f} s, peak RSS {measure_gb:.2f} GB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
