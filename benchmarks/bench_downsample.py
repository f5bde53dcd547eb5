"""Benchmark: streaming `cryoscape downsample` of a large stack — peak memory and time.

Writes a synthetic stack (default 20,000 × 256², 5.2 GB of float32) to a scratch folder, runs
``cryoscape downsample STACK -D 128 -o OUT.mrcs --chunk 5000`` in a child process, and prints the
child's wall time, throughput and peak resident memory next to the stack's size. The target is a
peak well under the stack size: memory bounded by the batch, not by the stack or the chunk.

    python benchmarks/bench_downsample.py [--n 20000] [--box 256] [--new-box 128] [--chunk 5000]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from cryoscape.io import MrcStackWriter, read_mrc_header


def write_synthetic_stack(path: Path, n_images: int, box: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    block = 500
    with MrcStackWriter(path, n_images, box, apix=1.0) as writer:
        for start in range(0, n_images, block):
            count = min(block, n_images - start)
            writer.write(rng.standard_normal((count, box, box), dtype=np.float32))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--box", type=int, default=256)
    parser.add_argument("--new-box", type=int, default=128)
    parser.add_argument("--chunk", type=int, default=5000)
    parser.add_argument("--workdir", type=Path, default=None, help="scratch folder (default: a temp dir)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench_downsample_", dir=args.workdir))
    try:
        stack = workdir / "stack.mrcs"
        t0 = time.perf_counter()
        write_synthetic_stack(stack, args.n, args.box)
        stack_gb = stack.stat().st_size / 1e9
        print(f"synthetic stack: {args.n} × {args.box}² = {stack_gb:.2f} GB "
              f"(written in {time.perf_counter() - t0:.1f} s)")
        command = [sys.executable, "-m", "cryoscape", "downsample", str(stack), "-D", str(args.new_box),
                   "-o", str(workdir / "out.mrcs"), "--chunk", str(args.chunk)]
        t0 = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - t0
        peak_gb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 1e9
        outputs = sorted(workdir.glob("out.*.mrcs"))
        n_out = sum(read_mrc_header(p).n_images for p in outputs)
        assert n_out == args.n, (n_out, args.n)
        print(f"downsample {args.box}→{args.new_box}, --chunk {args.chunk}: {len(outputs)} files, "
              f"{n_out} images")
        print(f"wall time      {seconds:8.1f} s  ({args.n / seconds:,.0f} images/s)")
        print(f"peak RSS       {peak_gb:8.3f} GB  ({100 * peak_gb / stack_gb:.1f}% of the stack)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
