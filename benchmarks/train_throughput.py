"""Benchmark: train_vae images/s, side by side with cryoDRGN 4.3.1 when it is installed.

Simulates the assembly preset (box 64 at 3 Å/px; box 128 at 1.5 Å/px), trains 2 epochs with
cryoscape (256×3 networks at box 64, 1024×3 at box 128, batch 8, zdim 8) and reads the second
epoch's time from the log. With ``--cryodrgn PATH`` (a cryodrgn executable from a separate
environment, never a dependency) it runs the same training there. Also prints the decoder's
achieved GFLOP/s next to a measured float32 matrix-multiply peak of this machine, and the bound that
peak sets: the images/s of a step that did nothing but the decoder's matrix products at the peak
(the same products for both tools, counted as cryoDRGN's network does them), with the share of it
that cryoDRGN reaches — at the same precision no implementation can beat cryoDRGN by much more than
bound ÷ cryoDRGN's rate (cryoscape skips 4–7% of those products: it projects z once per image and
forms no gradient for the first layer's input).

    python benchmarks/train_throughput.py [--cryodrgn /path/to/venv/bin/cryodrgn] [--repeats 3]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch
from common import run_quiet

from cryoscape.fourier import HalfLattice

CASES = {  # device: [(box, apix, width, particles per epoch)]
    "cpu": [(64, 3.0, 256, 1000), (128, 1.5, 1024, 48)],
    "cuda": [(64, 3.0, 256, 8000), (128, 1.5, 1024, 1000)],
}


def matmul_peak_gflops(device: str, size: int = 2048, repeats: int = 5) -> float:
    a = torch.randn(size, size, device=device)
    b = torch.randn(size, size, device=device)
    a @ b
    if device == "cuda":
        torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in range(repeats):
        a @ b
    if device == "cuda":
        torch.cuda.synchronize()
    return 2 * size ** 3 * repeats / (time.perf_counter() - start) / 1e9


def decoder_gflop_per_image(box: int, width: int, layers: int = 3, zdim: int = 8) -> float:
    """Forward + backward (≈ 3× forward) multiply-adds ×2 of the decoder on one image's half-lattice."""
    points = HalfLattice.build(box).n_points
    in_dim = 6 * (box // 2) + zdim
    macs = points * (in_dim * width + layers * width * width + width * 2)  # layers residual blocks
    return 3 * 2 * macs / 1e9


def cryoscape_images_per_s(sim: Path, out: Path, width: int, n_images: int, extra: tuple[str, ...] = ()) -> float:
    run_quiet([sys.executable, "-m", "cryoscape", "train_vae", "--no-analysis", str(sim / "particles.mrcs"), "--poses",
               str(sim / "poses.pkl"), "--ctf", str(sim / "ctf.pkl"), "--zdim", "8", "-n", "2", "-b", "8",
               "--enc-dim", str(width), "--dec-dim", str(width), "-o", str(out), *extra])
    seconds, rate = re.findall(r"epoch \d+: .*?  ([\d.]+) s  ([\d.]+) img/s", (out / "run.log").read_text())[-1]
    # the second epoch's: the logged rate (whole img/s) on a GPU, the logged time (0.1 s) for slow CPU epochs
    return float(rate) if float(rate) >= 100 else n_images / float(seconds)


def cryodrgn_epoch_seconds(cryodrgn: str, sim: Path, out: Path, width: int, extra: tuple[str, ...] = ()) -> float:
    run_quiet([*cryodrgn.split(), "train_vae", str(sim / "particles.mrcs"), "--poses", str(sim / "poses.pkl"),
               "--ctf", str(sim / "ctf.pkl"), "--zdim", "8", "-n", "2", "-b", "8", "--enc-dim", str(width),
               "--dec-dim", str(width), "--enc-layers", "3", "--dec-layers", "3", "--no-analysis",
               "-o", str(out), *extra])
    log = (out / "run.log").read_text()
    finished = re.findall(r"=====> Epoch: \d+ .*?Finished in (\d+):(\d+):([\d.]+)", log)  # per epoch
    if not finished:
        raise RuntimeError("could not read cryoDRGN's epoch time from its run.log")
    h, m, s = finished[-1]
    return int(h) * 3600 + int(m) * 60 + float(s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cryodrgn", help="a cryodrgn command (separate environment), e.g. /venv/bin/cryodrgn")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--box", type=int, action="append", default=None,
                        help="run only these boxes (repeatable; default: all of the device's cases)")
    parser.add_argument("--repeats", type=int, default=1,
                        help="interleaved runs of each tool; the medians are printed (the machine's noise is ±10%%)")
    args = parser.parse_args()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    work = Path(tempfile.mkdtemp(prefix="bench_train_", dir=args.workdir))
    peak = matmul_peak_gflops(device)
    print(f"device {device}, {torch.get_num_threads()} threads; float32 matmul peak {peak:.0f} GFLOP/s", flush=True)
    # on a GPU both tools also run in mixed precision (cryoDRGN's default there; cryoscape's --amp)
    precisions = [("fp32", (), ("--no-amp",))] + ([("amp", ("--amp",), ())] if device == "cuda" else [])
    print(f"{'box':>4s} {'net':>7s} {'N':>5s} {'prec':>5s} {'cryoscape img/s':>16s} {'decoder GFLOP/s':>16s} "
          f"{'cryoDRGN img/s':>15s} {'speed-up':>9s} {'bound img/s':>12s} {'cryoDRGN at':>12s}")
    try:
        cases = [case for case in CASES[device] if args.box is None or case[0] in args.box]
        for box, apix, width, n in cases:
            sim = work / f"sim{box}"
            run_quiet([sys.executable, "-m", "cryoscape", "simulate", "--preset", "assembly", "-n", str(n),
                       "-D", str(box), "--apix", str(apix), "--snr", "0.1", "-o", str(sim)])
            for name, ours_flags, theirs_flags in precisions:
                ours_runs, theirs_runs = [], []
                for repeat in range(args.repeats):  # interleaved, so a slow spell of the machine hits both
                    tag = f"{box}{name}{repeat}"
                    ours_runs.append(cryoscape_images_per_s(sim, work / f"ours{tag}", width, n, ours_flags))
                    if args.cryodrgn:
                        theirs_runs.append(n / cryodrgn_epoch_seconds(args.cryodrgn, sim, work / f"theirs{tag}",
                                                                      width, theirs_flags))
                ours = statistics.median(ours_runs)
                in_memory = ours if name == "fp32" else in_memory  # what --lazy (float32 too) is compared with
                gflops = ours * decoder_gflop_per_image(box, width)
                # the rate a step made of nothing but the decoder's products would reach at the measured peak
                bound = peak / decoder_gflop_per_image(box, width)
                theirs, ratio, share = "-", "-", "-"
                if theirs_runs:
                    rate = statistics.median(theirs_runs)
                    theirs, ratio, share = f"{rate:.2f}", f"{ours / rate:.2f}×", f"{100 * rate / bound:.0f}% of it"
                print(f"{box:4d} {width:>4d}×3 {n:5d} {name:>5s} {ours:16.2f} {gflops:16.0f} {theirs:>15s} "
                      f"{ratio:>9s} {bound:12.2f} {share:>12s}", flush=True)
                if args.repeats > 1:
                    runs = ", ".join(f"{a:.2f}" for a in ours_runs)
                    runs_theirs = ", ".join(f"{b:.2f}" for b in theirs_runs) or "-"
                    print(f"{'':4s} runs: cryoscape {runs}; cryoDRGN {runs_theirs}", flush=True)
            if box == cases[0][0]:
                lazy = cryoscape_images_per_s(sim, work / f"lazy{box}", width, n, ("--lazy",))
                print(f"{'':4s} --lazy: {lazy:.1f} img/s = {100 * lazy / in_memory:.0f}% of in-memory (float32 both)",
                      flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
