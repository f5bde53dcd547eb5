"""Benchmark: `cryoscape simulate` throughput and memory.

Prints particles/s at box 64 and 128 for two ~7,000-pseudo-atom models (the built-in assembly,
6,862 pseudo-atoms; the protocol's 50S model coarse-grained to 6,401 residues), then the peak
resident memory of a chunked 100,000-particle run at box 64 next to the size of what it writes.
Target: ≥ 300 particles/s at box 64 on 2 cores; memory bounded when writing 100k+ particles.

    python benchmarks/bench_simulate.py [--n 2000] [--large 100000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED_50S = Path(__file__).resolve().parents[1].parent / "shared/data/occupancy/model_50S"


def timed_run(args: list[str]) -> tuple[float, float]:
    """Return (wall seconds, peak RSS in GB) of one simulate run, measured by GNU time."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "cryoscape", "simulate", *args],
                            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return time.perf_counter() - start, peak_kb * 1024 / 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="particles per throughput run")
    parser.add_argument("--large", type=int, default=100000, help="particles of the memory run (0: skip)")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_simulate_", dir=args.workdir))
    sources = [("assembly preset (6,862 pseudo-atoms)", ["--preset", "assembly"], {64: 3.0, 128: 1.5})]
    if SHARED_50S.is_dir():
        pdbs = [str(p) for p in sorted(SHARED_50S.glob("*.pdb"))]
        sources.append(("50S coarse-grained (6,401 residues)", ["--model", *pdbs, "--coarse-grain"],
                        {64: 6.0, 128: 3.0}))
    try:
        print(f"{'model':40s} {'box':>4s} {'particles':>9s} {'seconds':>8s} {'particles/s':>12s} {'peak GB':>8s}")
        for label, source, boxes in sources:
            for box, apix in boxes.items():
                out = work / f"run_{box}_{len(source)}"
                seconds, peak_gb = timed_run([*source, "-n", str(args.n), "-D", str(box), "--apix", str(apix),
                                              "--snr", "0.1", "-o", str(out)])
                print(f"{label:40s} {box:4d} {args.n:9d} {seconds:8.1f} {args.n / seconds:12.0f} {peak_gb:8.2f}")
                shutil.rmtree(out)
        if args.large:
            out = work / "large"
            seconds, peak_gb = timed_run(["--preset", "assembly", "-n", str(args.large), "-D", "64",
                                          "--apix", "3", "--snr", "0.1", "--chunk", "20000", "-o", str(out)])
            written_gb = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e9
            print(f"chunked run: {args.large} particles at box 64 in {seconds:.0f} s "
                  f"({args.large / seconds:.0f} particles/s); wrote {written_gb:.2f} GB; "
                  f"peak RSS {peak_gb:.2f} GB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
