"""The demo's protocol, step by step: every step is a real cryoscape command on the simulated data.

Layout of the output folder::

    sim/                  simulate (particles.mrcs/.cs/.star, truth/)
    poses.pkl, ctf.pkl    parsed from the .cs (the .star route is parsed beside them and compared)
    particles.N.txt       downsample --chunk (two boxes)
    backproject/          backproject_voxel of the high-resolution stack
    train_low/            train_vae, analyze_convergence (convergence.E), analyze (analyze.E)
    filter/               filter --zscore: ind_keep / ind_bad
    train_high/           train_vae --ind on the kept particles, analyze --ksample K
    occupancy/            occupancy run against the simulated atomic model
    traversal/            graph_traversal through the occupancy classes' centroids
    rare_class.star       write_starfile of the rare class's particles
    report.html, summary.json
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from cryoscape.demo.plan import CommandLine, DemoError, DemoSize, StepRunner
from cryoscape.io import atomic_path, load_pkl

ZSCORE_THRESHOLD = 1.0   # latent-magnitude z-score above which particles are called junk
LOW_KSAMPLE = 20
STEPS = 21


def _only(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise DemoError(f"expected one {pattern} in {folder}, found {len(found)}")
    return found[0]


def _training(size: DemoSize, particles: Path, outdir: Path, epochs: int, extra: list) -> list:
    # the demo's rate, whole-lattice fit and last-step weights are the settings its rare-class recovery was
    # measured with (README)
    return ["train_vae", "--no-analysis", particles, "--poses", outdir.parent / "poses.pkl", "--ctf", outdir.parent / "ctf.pkl",
            "--zdim", 8, "-n", epochs, "--enc-dim", size.width, "--dec-dim", size.width, "--enc-layers",
            size.layers, "--dec-layers", size.layers, "--lr", size.lr, "--point-fraction", 1,
            "--average-images", 0, "-o", outdir, *extra]


def _prepare_data(steps: StepRunner, size: DemoSize, out: Path, seed: int) -> None:
    sim = out / "sim"
    steps.command("simulate the assembly", ["simulate", "--preset", "assembly", "-n", size.particles, "-D",
                                            size.box_px, "--apix", size.apix, "--snr", size.snr, "--seed", seed,
                                            "--truth-box", size.low_box_px, size.high_box_px, "-o", sim])
    steps.command("poses from cryoSPARC", ["parse_pose_csparc", sim / "particles.cs", "-D", size.box_px,
                                           "-o", out / "poses.pkl"])
    steps.command("CTF from cryoSPARC", ["parse_ctf_csparc", sim / "particles.cs", "-o", out / "ctf.pkl"])
    steps.command("poses from RELION", ["parse_pose_star", sim / "particles.star", "-D", size.box_px,
                                        "-o", out / "poses_star.pkl"])
    steps.command("CTF from RELION", ["parse_ctf_star", sim / "particles.star", "-o", out / "ctf_star.pkl"])
    for box in (size.low_box_px, size.high_box_px):
        steps.command(f"downsample to {box} px", ["downsample", sim / "particles.mrcs", "-D", box, "--chunk",
                                                  max(500, size.particles // 4), "-o", out / f"particles.{box}.mrcs"])
    steps.command("back-projection check", ["backproject_voxel", out / f"particles.{size.high_box_px}.txt",
                                            "--poses", out / "poses.pkl", "--ctf", out / "ctf.pkl",
                                            "-o", out / "backproject" / "backproject.mrc"])


def _first_pass(steps: StepRunner, size: DemoSize, out: Path) -> Path:
    low = out / "train_low"
    last = size.low_epochs - 1
    steps.command("low-resolution training", _training(size, out / f"particles.{size.low_box_px}.txt", low,
                                                       size.low_epochs, []))
    steps.command("convergence (Box 1)", ["analyze_convergence", low, last, "--epoch-interval",
                                          size.convergence_interval, "--final-maxima", 6])
    steps.command("analyze the first run", ["analyze", low, last, "--ksample", LOW_KSAMPLE])
    steps.command("filter junk by latent z-score", ["filter", low, last, "--zscore", ZSCORE_THRESHOLD,
                                                    "-o", out / "filter"])
    return _only(out / "filter", "ind_keep.*_particles.pkl")


def _second_pass(steps: StepRunner, size: DemoSize, out: Path, keep: Path) -> Path:
    high = out / "train_high"
    last = size.high_epochs - 1
    steps.command("high-resolution training on the kept particles",
                  _training(size, out / f"particles.{size.high_box_px}.txt", high, size.high_epochs,
                            ["--ind", keep]))
    steps.command("analyze with many k-means maps", ["analyze", high, last, "--ksample", size.ksample])
    voldir = high / f"analyze.{last}" / f"kmeans{size.ksample}"
    resolution = round(max(8.0, 2.5 * size.high_apix), 1)
    steps.command("subunit occupancy", ["occupancy", "run", out / "sim" / "truth" / "model.pdb", "--res",
                                        resolution, "--vols", voldir, "-o", out / "occupancy"])
    return voldir


def _traverse_and_export(steps: StepRunner, size: DemoSize, out: Path, truth) -> dict:
    """Graph traversal through each occupancy class's centroid, and the rare class written to a .star."""
    from cryoscape.demo.scores import class_centroid_rows, high_run_ids, rare_class_file

    high = out / "train_high"
    z = np.asarray(load_pkl(high / "z.pkl"))
    classes = truth.occupancy_classes(out / "occupancy", high_run_ids(out, size))
    anchors = class_centroid_rows(z, classes)
    steps.command("graph traversal through the class centroids",
                  ["graph_traversal", high / "z.pkl", "--anchors", *anchors, "-o", out / "traversal" / "z_path.txt",
                   "--outind", out / "traversal" / "path.txt"])
    rare_file = rare_class_file(out / "occupancy", truth)
    exported = None
    if rare_file is not None:
        steps.command("export the rare class to RELION", ["write_starfile", out / "sim" / "particles.mrcs",
                                                          out / "ctf.pkl", "--poses", out / "poses.pkl",
                                                          "--ind", rare_file, "-o", out / "rare_class.star"])
        exported = str((out / "rare_class.star").relative_to(out))
    else:
        steps.done += 1
    return {"anchors": anchors, "rare_class_star": exported}


def run_demo(outdir: str | os.PathLike, size: DemoSize, run_command: CommandLine, seed: int = 0) -> dict:
    """Run the whole protocol into ``outdir``; write report.html and summary.json; return the summary.

    ``run_command`` is the cryoscape command line (``cryoscape.cli.main``: argv → exit status), passed
    in by the ``demo`` command so that this layer does not import the one above it.
    """
    from cryoscape.demo.report import write_report
    from cryoscape.demo.scores import GroundTruth, score_demo

    out = Path(outdir)
    if out.exists() and any(out.iterdir()):
        raise DemoError(f"{out} is not empty; choose a new -o folder for the demo")
    out.mkdir(parents=True, exist_ok=True)
    steps = StepRunner(STEPS, run_command)
    _prepare_data(steps, size, out, seed)
    keep = _first_pass(steps, size, out)
    voldir = _second_pass(steps, size, out, keep)
    truth = GroundTruth(out / "sim")
    extras = _traverse_and_export(steps, size, out, truth)
    scores = steps.task("score every step against the ground truth", score_demo, out, size, truth, voldir)
    summary = {"size": size.__dict__, "seed": seed, **scores, **extras, "seconds_per_step": steps.timings}
    steps.task("write the report", write_report, out, summary, truth)
    with atomic_path(out / "summary.json") as tmp:
        Path(tmp).write_text(json.dumps(summary, indent=2, default=float))
    return summary
