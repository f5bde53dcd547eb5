"""A corpus of bad inputs for every reader and command, generated (never hand-edited binaries).

``build_corpus(folder, good)`` writes the bad files into ``folder`` and returns the cases: for each,
the command line to run and a phrase the one-line error must contain. ``good`` is a folder holding a
small valid dataset (particles.mrcs, poses.pkl, ctf.pkl, particles.star, particles.cs) and a trained
run (run/) whose files the bad variants are derived from.

    python tests/bad_inputs/corpus.py OUTDIR GOOD_DIR   # writes the corpus and lists the cases
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

HEADER_BYTES = 1024


@dataclass(frozen=True)
class Case:
    name: str
    argv: list[str]
    message: str          # the one-line error must contain this
    output: str = ""      # a path that must not exist afterwards ("" when the output path is an input)
    absent: str = ""      # the error must not contain this (a flag the command does not have, a wrong cause)


class _Exploit:
    """Unpickling this would call os.system; the safe loader must refuse it before anything runs."""

    def __reduce__(self):
        return (os.system, ("touch /tmp/cryoscape_pwned",))


def _mrc(path: Path, data: np.ndarray, mode: int | None = None, lie_nz: int | None = None) -> Path:
    import mrcfile

    with mrcfile.new(path, overwrite=True) as mrc:
        mrc.set_data(data)
        mrc.voxel_size = 3.0
    raw = bytearray(path.read_bytes())
    if mode is not None:
        raw[12:16] = np.int32(mode).tobytes()
    if lie_nz is not None:
        raw[8:12] = np.int32(lie_nz).tobytes()
    path.write_bytes(bytes(raw))
    return path


def _star(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def _mrc_cases(d: Path, good: Path) -> list[Case]:
    images = np.random.default_rng(0).normal(size=(6, 16, 16)).astype(np.float32)
    (d / "empty.mrcs").write_bytes(b"")
    raw = _mrc(d / "truncated.mrcs", images).read_bytes()
    (d / "truncated.mrcs").write_bytes(raw[: HEADER_BYTES + 3 * 16 * 16 * 4 + 10])
    _mrc(d / "mode3.mrcs", images, mode=3)
    nan = images.copy()
    nan[2, 3, 3] = np.nan
    _mrc(d / "nan.mrcs", nan)
    inf = images.copy()
    inf[1, 0, 0] = np.inf
    _mrc(d / "inf.mrcs", inf)
    _mrc(d / "lying.mrcs", images, lie_nz=5000)
    _mrc(d / "nonsquare.mrcs", np.zeros((4, 16, 20), np.float32))
    (d / "text.mrcs").write_text("this is not an MRC file\n" * 100)
    _mrc(d / "negative.mrcs", images, lie_nz=-4)
    out = str(d / "out.mrcs")
    down = ["downsample", None, "-D", "8", "-o", out]
    return [
        Case("zero-length MRC", _set(down, d / "empty.mrcs"), "empty (0 bytes)", out),
        Case("truncated MRC", _set(down, d / "truncated.mrcs"), "truncated", out),
        Case("wrong MRC mode", _set(down, d / "mode3.mrcs"), "mode 3", out),
        Case("NaN pixels", ["backproject_voxel", str(d / "nan.mrcs"), "--poses", str(good / "poses6.pkl"), "--ctf",
                            str(good / "ctf6.pkl"), "-o", str(d / "bp.mrc")], "NaN", str(d / "bp.mrc")),
        Case("Inf pixels", ["backproject_voxel", str(d / "inf.mrcs"), "--poses", str(good / "poses6.pkl"), "--ctf",
                            str(good / "ctf6.pkl"), "-o", str(d / "bp.mrc")], "NaN", str(d / "bp.mrc")),
        Case("header lies about the size", _set(down, d / "lying.mrcs"), "", out),
        Case("non-square images", _set(down, d / "nonsquare.mrcs"), "square", out),
        Case("not an MRC file", _set(down, d / "text.mrcs"), "", out),
        Case("negative image count", _set(down, d / "negative.mrcs"), "", out),
    ]


def _set(argv: list, value) -> list[str]:
    return [str(value) if a is None else a for a in argv]


STAR_HEADER_30 = "data_\n\nloop_\n_rlnImageName #1\n_rlnDefocusU #2\n_rlnDefocusV #3\n_rlnDefocusAngle #4\n"


def _star_cases(d: Path, good: Path) -> list[Case]:
    _star(d / "missing_ctf.star", "data_\n\nloop_\n_rlnImageName #1\n_rlnAngleRot #2\n1@a.mrcs 10.0\n")
    _star(d / "unknown_optics.star", "data_optics\n\nloop_\n_rlnOpticsGroup #1\n_rlnImagePixelSize #2\n"
          "_rlnImageSize #3\n_rlnVoltage #4\n_rlnSphericalAberration #5\n_rlnAmplitudeContrast #6\n"
          "1 3.0 16 300 2.7 0.1\n\ndata_particles\n\nloop_\n_rlnImageName #1\n_rlnOpticsGroup #2\n"
          "_rlnDefocusU #3\n_rlnDefocusV #4\n_rlnDefocusAngle #5\n1@a.mrcs 7 10000 10000 0\n")
    _star(d / "duplicated.star", STAR_HEADER_30 + "_rlnDefocusU #5\n1@a.mrcs 1 2 3 4\n")
    _star(d / "empty_loop.star", STAR_HEADER_30)
    _star(d / "mixed.star", "data_optics\n\nloop_\n_rlnOpticsGroup #1\n_rlnImageSize #2\n1 16\n\n"
          "data_particles\n\nloop_\n_rlnImageName #1\n_rlnDefocusU #2\n_rlnDefocusV #3\n_rlnDefocusAngle #4\n"
          "_rlnDetectorPixelSize #5\n_rlnMagnification #6\n1@a.mrcs 1 1 0 5 10000\n")
    (d / "garbage.star").write_bytes(bytes(range(256)) * 8)
    _star(d / "no_block.star", "# only a comment\n")
    _star(d / "no_pose.star", STAR_HEADER_30 + "1@a.mrcs 10000 10000 0\n")
    ctf_out, pose_out = str(d / "ctf.pkl"), str(d / "pose.pkl")
    return [
        Case("star missing CTF columns", ["parse_ctf_star", str(d / "missing_ctf.star"), "-D", "16", "--Apix", "3",
                                           "-o", ctf_out], "rlnDefocus", ctf_out),
        Case("star unknown optics group", ["parse_ctf_star", str(d / "unknown_optics.star"), "-o", ctf_out],
             "optics group", ctf_out),
        Case("star duplicated column", ["parse_ctf_star", str(d / "duplicated.star"), "-o", ctf_out], "repeats", ctf_out),
        Case("star empty loop", ["parse_ctf_star", str(d / "empty_loop.star"), "-o", ctf_out], "", ctf_out),
        Case("star mixing RELION 3.0 and 3.1 columns", ["parse_ctf_star", str(d / "mixed.star"), "-o", ctf_out], "",
             ctf_out),
        Case("star that is binary garbage", ["parse_ctf_star", str(d / "garbage.star"), "-o", ctf_out], "", ctf_out),
        Case("star without a data block", ["parse_pose_star", str(d / "no_block.star"), "-o", pose_out], "", pose_out),
        Case("star without poses", ["parse_pose_star", str(d / "no_pose.star"), "-D", "16", "-o", pose_out],
             "rlnAngle", pose_out),
    ]


def _cs_cases(d: Path, good: Path) -> list[Case]:
    table = np.load(good / "particles.cs")
    no_ctf = table[[n for n in table.dtype.names if not n.startswith("ctf/")]]
    np.save(d / "no_ctf.npy", no_ctf)
    os.replace(d / "no_ctf.npy", d / "no_ctf.cs")
    no_pose = table[[n for n in table.dtype.names if not n.startswith("alignments3D/")]]
    np.save(d / "no_pose.npy", no_pose)
    os.replace(d / "no_pose.npy", d / "no_pose.cs")
    beyond = table.copy()
    beyond["blob/idx"][-1] = 10_000
    np.save(d / "beyond.npy", beyond)
    os.replace(d / "beyond.npy", d / "beyond.cs")
    np.save(d / "objects.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    os.replace(d / "objects.npy", d / "objects.cs")
    np.save(d / "plain.npy", np.zeros((5, 3)))
    os.replace(d / "plain.npy", d / "plain.cs")
    ctf_out = str(d / "ctf.pkl")
    return [
        Case("cs missing CTF fields", ["parse_ctf_csparc", str(d / "no_ctf.cs"), "-o", ctf_out], "ctf/", ctf_out),
        Case("cs missing pose fields", ["parse_pose_csparc", str(d / "no_pose.cs"), "-o", ctf_out], "alignments3D",
             ctf_out),
        Case("cs image index beyond its stack", ["downsample", str(d / "beyond.cs"), "--datadir", str(good), "-D", "8",
                                                 "-o", str(d / "o.mrcs")], "holds only", str(d / "o.mrcs")),
        Case("cs holding pickled objects", ["parse_ctf_csparc", str(d / "objects.cs"), "-o", ctf_out], "", ctf_out),
        Case("cs that is a plain array", ["parse_ctf_csparc", str(d / "plain.cs"), "-o", ctf_out], "named fields",
             ctf_out),
    ]


def _pkl_cases(d: Path, good: Path) -> list[Case]:
    def dump(name, obj):
        with open(d / name, "wb") as fh:
            pickle.dump(obj, fh)
        return str(d / name)
    rot, trans = pickle.load(open(good / "poses.pkl", "rb"))
    ctf = pickle.load(open(good / "ctf.pkl", "rb"))
    n = len(ctf)
    particles = str(good / "particles.mrcs")
    bp_out = str(d / "bp.mrc")

    def backproject(poses, ctf_path, extra=()):
        return ["backproject_voxel", particles, "--poses", poses, "--ctf", ctf_path, "-o", bp_out, *extra]
    good_poses, good_ctf = str(good / "poses.pkl"), str(good / "ctf.pkl")
    run = good / "run"
    return [
        Case("poses with wrong shapes", backproject(dump("bad_shape.pkl", (rot[:, :2], trans)), good_ctf), "", bp_out),
        Case("CTF with 8 columns", backproject(good_poses, dump("ctf8.pkl", ctf[:, :8])), "", bp_out),
        Case("crafted poses pickle", backproject(dump("evil_poses.pkl", _Exploit()), good_ctf), "refuses", bp_out),
        Case("crafted CTF pickle", backproject(good_poses, dump("evil_ctf.pkl", _Exploit())), "refuses", bp_out),
        Case("crafted index pickle", backproject(good_poses, good_ctf, ["--ind", dump("evil_ind.pkl", _Exploit())]),
             "refuses", bp_out),
        Case("crafted z pickle", ["graph_traversal", dump("evil_z.pkl", _Exploit()), "--anchors", "0", "1", "-o",
                                  str(d / "path.txt")], "refuses", str(d / "path.txt")),
        Case("index out of range", backproject(good_poses, good_ctf, ["--ind", dump("ind_big.pkl", np.array([0, n]))]),
             "outside", bp_out),
        Case("duplicated indices", backproject(good_poses, good_ctf, ["--ind", dump("ind_dup.pkl", np.array([1, 1]))]),
             "repeats", bp_out),
        Case("empty selection", backproject(good_poses, good_ctf, ["--ind", dump("ind_empty.pkl", np.array([], int))]),
             "no particles", bp_out),
        Case("float index array", backproject(good_poses, good_ctf, ["--ind", dump("ind_float.pkl", np.array([0.5]))]),
             "integer", bp_out),
        Case("pose count ≠ particle count", ["train_vae", particles, "--poses", dump("poses_short.pkl", (rot[:-1], trans[:-1])),
                                             "--ctf", good_ctf, "-n", "1", "-o", str(d / "tv")], "", str(d / "tv")),
        Case("CTF count ≠ particle count", backproject(good_poses, dump("ctf_short.pkl", ctf[:-2])), "", bp_out),
        Case("z with NaN", ["graph_traversal", dump("z_nan.pkl", np.full((10, 4), np.nan, np.float32)), "--anchors",
                            "0", "1", "-o", str(d / "path.txt")], "NaN", str(d / "path.txt")),
        Case("crafted weights file", ["eval_vol", dump("evil_weights.pkl", _Exploit()), "-c", str(run / "config.yaml"),
                                      "-z", "0", "0", "0", "0", "-o", str(d / "v.mrc")], "", str(d / "v.mrc")),
        Case("truncated weights file", ["eval_vol", _truncated(run / "weights.1.pkl", d / "torn.pkl"), "-c",
                                        str(run / "config.yaml"), "-z", "0", "0", "0", "0", "-o", str(d / "v.mrc")],
             "", str(d / "v.mrc")),
    ]


def _truncated(source: Path, target: Path) -> str:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return str(target)


def _box_and_config_cases(d: Path, good: Path) -> list[Case]:
    run = good / "run"
    config = yaml.safe_load((run / "config.yaml").read_text())
    future = dict(config, schema_version=99)
    (d / "future.yaml").write_text(yaml.safe_dump(future))
    other = dict(config, model=dict(config["model"], zdim=3))
    (d / "other_arch.yaml").write_text(yaml.safe_dump(other))
    (d / "bad_sim.yaml").write_text("junk: {fraction: 1.5}\n")
    (d / "garbage.pdb").write_text("ATOM  garbage\n" * 3)
    out = str(d / "o.mrcs")
    particles = str(good / "particles.mrcs")
    return [
        Case("odd box", ["downsample", particles, "-D", "9", "-o", out], "even", out),
        Case("box larger than the images", ["downsample", particles, "-D", "64", "-o", out], "", out),
        Case("config from a future schema", ["eval_vol", str(run / "weights.1.pkl"), "-c", str(d / "future.yaml"),
                                             "-z", "0", "0", "0", "0", "-o", str(d / "v.mrc")], "schema_version",
             str(d / "v.mrc")),
        Case("weights of another architecture", ["eval_vol", str(run / "weights.1.pkl"), "-c",
                                                 str(d / "other_arch.yaml"), "-z", "0", "0", "0", "-o",
                                                 str(d / "v.mrc")], "architecture", str(d / "v.mrc")),
        Case("analyze on a folder that is not a run", ["analyze", str(d), "3"], "config.yaml", str(d / "analyze.3")),
        Case("simulate with an impossible junk fraction", ["simulate", "--preset", "assembly", "--config",
                                                           str(d / "bad_sim.yaml"), "-n", "10", "-D", "16", "--snr",
                                                           "1", "-o", str(d / "sim")], "fraction", str(d / "sim")),
        Case("occupancy with an unreadable model", ["occupancy", "maps", str(d / "garbage.pdb"), "--res", "10",
                                                    "--ref-map", str(good / "ref.mrc"), "-o", str(d / "occ")], "",
             str(d / "occ")),
    ]


def build_corpus(folder: str | os.PathLike, good: str | os.PathLike) -> list[Case]:
    """Write the bad inputs into ``folder`` and return the cases (at least 100)."""
    from tests.bad_inputs.corpus_layer import LAYER_CASES

    folder, good = Path(folder), Path(good)
    folder.mkdir(parents=True, exist_ok=True)
    cases = []
    for make in (_mrc_cases, _star_cases, _cs_cases, _pkl_cases, _box_and_config_cases, *LAYER_CASES):
        sub = folder / make.__name__.strip("_")
        sub.mkdir(exist_ok=True)
        cases += make(sub, good)
    return cases


if __name__ == "__main__":
    target, good_dir = Path(sys.argv[1]), Path(sys.argv[2])
    shutil.rmtree(target, ignore_errors=True)
    for case in build_corpus(target, good_dir):
        print(f"{case.name}: cryoscape {' '.join(case.argv)}")
