"""Bad inputs for the validated data layer, by kind: outputs onto inputs, impossible physics, flags outside
their domain, files of the wrong kind, folders where files go (and back), and causes that used to be misstated.

Each ``*_cases(folder, good)`` writes its files into ``folder`` and returns :class:`~tests.bad_inputs.corpus.Case`
rows; ``good`` is the corpus fixture's folder of valid files (see corpus.py). Every case is checked for a
non-zero exit, one line naming the problem, no traceback, and every pre-existing file left byte-identical.
"""

from __future__ import annotations

import gzip
import pickle
import shutil
from pathlib import Path

import numpy as np

from tests.bad_inputs.corpus import Case

# ctf.pkl columns: box, Å/px, defocus U, defocus V, angle, kV, Cs, amplitude contrast, phase shift
BOX, APIX, DFU, DFV, KV, CS, AMP = 0, 1, 2, 3, 5, 6, 7


def _dump(folder: Path, name: str, obj) -> str:
    with open(folder / name, "wb") as fh:
        pickle.dump(obj, fh, protocol=4)
    return str(folder / name)


def _files(good: Path) -> dict[str, str]:
    return {name: str(good / name) for name in ("particles.mrcs", "poses.pkl", "ctf.pkl", "particles.star",
                                                "particles.cs", "ref.mrc", "model.pdb")}


def _train(particles: str, poses: str, ctf: str, out: Path, *extra: str) -> list[str]:
    return ["train_vae", particles, "--poses", poses, "--ctf", ctf, "-n", "1", "--zdim", "2", "--enc-dim", "8",
            "--dec-dim", "8", "--enc-layers", "1", "--dec-layers", "1", "-o", str(out), *extra]


def onto_input_cases(d: Path, good: Path) -> list[Case]:
    """An output path that names one of the command's inputs: refused before anything is written."""
    f, run = _files(good), good / "run"
    copies = {}
    for name in ("particles.mrcs", "poses.pkl", "ctf.pkl", "particles.star", "particles.cs"):
        shutil.copyfile(good / name, d / name)
        copies[name] = str(d / name)
    ind = _dump(d, "ind.pkl", np.arange(5))
    weights = d / "weights.1.pkl"
    shutil.copyfile(run / "weights.1.pkl", weights)
    z = d / "z.pkl"
    shutil.copyfile(run / "z.1.pkl", z)
    (d / "maps").mkdir()
    shutil.copyfile(good / "ref.mrc", d / "maps" / "vol_000.mrc")
    c = copies
    return [
        Case("eval_vol -o onto its weights", ["eval_vol", str(weights), "-z", "0", "0", "0", "0", "-o", str(weights)],
             "also this command's input"),
        Case("write_starfile -o onto its ctf.pkl", ["write_starfile", c["particles.mrcs"], c["ctf.pkl"], "-o",
                                                    c["ctf.pkl"]], "would destroy the input"),
        Case("parse_pose_star -o onto the star file", ["parse_pose_star", c["particles.star"], "-o",
                                                       c["particles.star"]], "also this command's input"),
        Case("parse_ctf_csparc -o onto the .cs", ["parse_ctf_csparc", c["particles.cs"], "-o", c["particles.cs"]],
             "also this command's input"),
        Case("downsample -o onto its stack", ["downsample", c["particles.mrcs"], "-D", "8", "-o", c["particles.mrcs"]],
             "also this command's input"),
        Case("backproject_voxel -o onto its poses", ["backproject_voxel", c["particles.mrcs"], "--poses", c["poses.pkl"],
                                                     "--ctf", c["ctf.pkl"], "-o", c["poses.pkl"]],
             "also this command's input"),
        Case("filter_star -o onto its index", ["filter_star", c["particles.star"], "--ind", ind, "-o", ind],
             "also this command's input"),
        Case("filter_cs -o onto the .cs", ["filter_cs", c["particles.cs"], "--ind", ind, "-o", c["particles.cs"]],
             "also this command's input"),
        Case("write_cs -o onto its --ctf", ["write_cs", c["particles.cs"], "--ctf", c["ctf.pkl"], "-o", c["ctf.pkl"]],
             "also this command's input"),
        Case("graph_traversal -o onto its z", ["graph_traversal", str(z), "--anchors", "0", "1", "-o", str(z)],
             "also this command's input"),
        Case("graph_traversal --outind onto its z", ["graph_traversal", str(z), "--anchors", "0", "1", "-o",
                                                     str(d / "path.txt"), "--outind", str(z)], "also this command's input",
             str(d / "path.txt")),
        Case("occupancy masks -o onto its map folder", ["occupancy", "masks", str(d / "maps"), "-o", str(d / "maps")],
             "also this command's input"),
        Case("train_vae -o onto its particle stack", _train(c["particles.mrcs"], c["poses.pkl"], c["ctf.pkl"],
                                                            Path(c["particles.mrcs"])), "existing file"),
        Case("eval_vol --zfile -o onto its z file", ["eval_vol", str(weights), "--zfile", str(z), "-o", str(z)],
             "also this command's input"),
    ]


def refused_load_cases(d: Path, good: Path) -> list[Case]:
    """A refused resume must leave the run folder byte-identical (its config.yaml and run.log included)."""
    f = _files(good)
    run = d / "run"
    shutil.copytree(good / "run", run)
    model = ["--zdim", "4", "--enc-dim", "16", "--dec-dim", "16", "--enc-layers", "1", "--dec-layers", "1"]
    base = ["train_vae", "--no-analysis", f["particles.mrcs"], "--poses", f["poses.pkl"], "--ctf", f["ctf.pkl"], "-n", "3", "-o", str(run)]
    return [
        Case("train_vae --load latest with another zdim", base + ["--load", "latest", "--zdim", "3", "--enc-dim", "16",
                                                                  "--dec-dim", "16", "--enc-layers", "1",
                                                                  "--dec-layers", "1"], "zdim 4 (now 3)"),
        Case("train_vae --load latest with another width", base + ["--load", "latest", *model[:2], "--enc-dim", "32",
                                                                   *model[4:]], "enc_dim 16 (now 32)"),
        Case("train_vae --load of a torn checkpoint", base + ["--load", _torn(run, d), *model], "not a readable"),
        Case("train_vae resume with poses of another stack", ["train_vae", f["particles.mrcs"], "--poses",
                                                              _dump(d, "poses5.pkl", _poses(good, 5)), "--ctf",
                                                              f["ctf.pkl"], "-n", "3", "-o", str(run), "--load",
                                                              "latest", *model], "5 entries"),
        Case("train_vae into a run folder without --load", base + model, "already holds a training run"),
    ]


def _torn(run: Path, d: Path) -> str:
    data = (run / "weights.1.pkl").read_bytes()
    (d / "weights.torn.pkl").write_bytes(data[: len(data) // 3])
    return str(d / "weights.torn.pkl")


def _poses(good: Path, n: int | None = None):
    rot, trans = pickle.load(open(good / "poses.pkl", "rb"))
    return (rot[:n], trans[:n]) if n else (rot.copy(), trans.copy())


def _ctf(good: Path) -> np.ndarray:
    return pickle.load(open(good / "ctf.pkl", "rb")).copy()


def physics_cases(d: Path, good: Path) -> list[Case]:
    """Values no microscope or rotation can have, in pickles, star and cs files: refused, naming the value."""
    f = _files(good)
    bp_out = str(d / "bp.mrc")

    def bad_ctf(name: str, column: int, value: float, row: int = 3) -> str:
        ctf = _ctf(good)
        ctf[row, column] = value
        return _dump(d, name, ctf)

    def bad_poses(name: str, change) -> str:
        rot, trans = _poses(good)
        change(rot, trans)
        return _dump(d, name, (rot, trans))

    def backproject(poses: str = f["poses.pkl"], ctf: str = f["ctf.pkl"]) -> list[str]:
        return ["backproject_voxel", f["particles.mrcs"], "--poses", poses, "--ctf", ctf, "-o", bp_out]

    def scaled(rot, trans):
        rot[2] *= 2

    def mirrored(rot, trans):
        rot[4] = -rot[4]

    def nan_rotation(rot, trans):
        rot[1, 0, 0] = np.nan

    def far_shift(rot, trans):
        trans[0] = [1e6, 0]

    star = (good / "particles.star").read_text()
    cases = [
        Case("CTF voltage 0 kV", backproject(ctf=bad_ctf("kv0.pkl", KV, 0)), "voltage", bp_out),
        Case("CTF voltage -300 kV", _train(f["particles.mrcs"], f["poses.pkl"], bad_ctf("kvneg.pkl", KV, -300),
                                           d / "tv1"), "voltage", str(d / "tv1")),
        Case("CTF voltage in volts", backproject(ctf=bad_ctf("kvvolt.pkl", KV, 300_000)), "kV", bp_out),
        Case("CTF amplitude contrast 1.5", backproject(ctf=bad_ctf("w15.pkl", AMP, 1.5)), "amplitude contrast", bp_out),
        Case("CTF amplitude contrast -0.1", ["write_starfile", f["particles.mrcs"], bad_ctf("wneg.pkl", AMP, -0.1),
                                             "-o", str(d / "w.star")], "amplitude contrast", str(d / "w.star")),
        Case("CTF pixel size 0", backproject(ctf=bad_ctf("apix0.pkl", APIX, 0)), "pixel size", bp_out),
        Case("CTF pixel size negative", backproject(ctf=bad_ctf("apixneg.pkl", APIX, -1.5)), "pixel size", bp_out),
        Case("CTF box 0", backproject(ctf=bad_ctf("box0.pkl", BOX, 0)), "box size", bp_out),
        Case("CTF negative defocus", _train(f["particles.mrcs"], f["poses.pkl"], bad_ctf("dfneg.pkl", DFU, -15000),
                                            d / "tv2"), "defocus", str(d / "tv2")),
        Case("CTF negative Cs", ["write_cs", f["particles.cs"], "--ctf", bad_ctf("csneg.pkl", CS, -2.7), "-o",
                                 str(d / "w.cs")], "spherical aberration", str(d / "w.cs")),
        Case("CTF NaN defocus", backproject(ctf=bad_ctf("dfnan.pkl", DFV, np.nan)), "NaN", bp_out),
        Case("rotation scaled by 2", backproject(poses=bad_poses("scaled.pkl", scaled)), "not a rotation", bp_out),
        Case("rotation with determinant -1", _train(f["particles.mrcs"], bad_poses("mirror.pkl", mirrored),
                                                    f["ctf.pkl"], d / "tv3"), "reflection", str(d / "tv3")),
        Case("rotation with NaN", ["write_starfile", f["particles.mrcs"], f["ctf.pkl"], "--poses",
                                   bad_poses("rotnan.pkl", nan_rotation), "-o", str(d / "n.star")], "NaN",
             str(d / "n.star")),
        Case("translation of a million boxes", backproject(poses=bad_poses("far.pkl", far_shift)), "boxes", bp_out),
        Case("simulate --poses scaled", ["simulate", "--preset", "assembly", "--poses", bad_poses("sim.pkl", scaled),
                                         "-n", "30", "-D", "16", "--apix", "17", "--snr", "1", "-o", str(d / "sim")],
             "not a rotation", str(d / "sim")),
    ]
    edited = {"kvneg.star": ("_rlnVoltage", "-300", "voltage"), "w2.star": ("_rlnAmplitudeContrast", "2", "amplitude"),
              "cs_neg.star": ("_rlnSphericalAberration", "-1", "spherical aberration")}
    for name, (column, value, phrase) in edited.items():
        (d / name).write_text(_set_optics(star, column, value))
        cases.append(Case(f"star with {column} {value}", ["parse_ctf_star", str(d / name), "-o", str(d / "c.pkl")],
                          phrase, str(d / "c.pkl")))
    (d / "dfneg.star").write_text(_scale_column(star, "_rlnDefocusU", -1.0))
    (d / "far.star").write_text(_scale_column(star, "_rlnOriginXAngst", 1e9))
    cases += [
        Case("star with negative defocus", ["parse_ctf_star", str(d / "dfneg.star"), "-o", str(d / "c.pkl")],
             "defocus", str(d / "c.pkl")),
        Case("star with origins of 10⁹ Å", ["parse_pose_star", str(d / "far.star"), "-o", str(d / "p.pkl")], "boxes",
             str(d / "p.pkl")),
    ]
    table = np.load(good / "particles.cs")
    for name, field, value, phrase in (("kv0.cs", "ctf/accel_kv", 0.0, "voltage"),
                                       ("psize0.cs", "blob/psize_A", 0.0, "pixel size"),
                                       ("amp.cs", "ctf/amp_contrast", 3.0, "amplitude contrast")):
        bad = table.copy()
        bad[field][2] = value
        with open(d / name, "wb") as fh:
            np.save(fh, bad)
        cases.append(Case(f"cs with {field} {value}", ["parse_ctf_csparc", str(d / name), "-o", str(d / "c.pkl")],
                          phrase, str(d / "c.pkl")))
    return cases


def _star_lines(text: str, column: str):
    """Return (lines, index of ``column`` in its loop, first and last data line of that loop)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split() and line.split()[0] == column)
    header = start
    while header > 0 and lines[header - 1].startswith("_"):
        header -= 1
    index = start - header
    first = start + 1
    while lines[first].startswith("_"):
        first += 1
    last = first
    while last < len(lines) and lines[last].strip() and not lines[last].startswith("data_"):
        last += 1
    return lines, index, first, last


def _set_optics(text: str, column: str, value: str) -> str:
    lines, index, first, last = _star_lines(text, column)
    for i in range(first, last):
        fields = lines[i].split()
        fields[index] = value
        lines[i] = " ".join(fields)
    return "\n".join(lines) + "\n"


def _scale_column(text: str, column: str, factor: float) -> str:
    lines, index, first, last = _star_lines(text, column)
    for i in range(first, last):
        fields = lines[i].split()
        fields[index] = repr(float(fields[index]) * factor if float(fields[index]) else factor)
        lines[i] = " ".join(fields)
    return "\n".join(lines) + "\n"


def flag_cases(d: Path, good: Path) -> list[Case]:
    """Numbers outside a flag's domain: argparse refuses them, naming the flag, before anything runs."""
    f, run = _files(good), str(good / "run")
    train = _train(f["particles.mrcs"], f["poses.pkl"], f["ctf.pkl"], d / "tv")
    bp = ["backproject_voxel", f["particles.mrcs"], "--poses", f["poses.pkl"], "-o", str(d / "bp.mrc")]
    conv = ["analyze_convergence", run, "1", "-o", str(d / "conv")]
    weights = str(good / "run" / "weights.1.pkl")
    table = [
        (train, "--batch-size", "0"), (train, "--zdim", "0"), (train, "--lr", "-1"), (train, "--enc-dim", "0"),
        (train, "--beta", "-1"), (train, "--enc-layers", "-1"), (train, "--max-threads", "-1"), (train, "-n", "0"),
        (train, "--lr", "abc"), (train, "--lr", "nan"), (train, "--checkpoint", "0"),
        (bp, "--reg-weight", "0"), (bp, "--reg-weight", "-1"), (bp, "--first", "0"), (bp, "--batch-size", "-8"),
        (conv, "--n-bins", "0"), (conv, "--subset", "-5"), (conv, "--radius", "-1"), (conv, "--epoch-interval", "0"),
        (["eval_vol", weights, "-z", "0", "0", "0", "0", "-o", str(d / "v.mrc")], "--Apix", "-3"),
        (["eval_vol", weights, "-o", str(d / "v.mrc"), "-z", "0", "0", "0"], "-z", "nan"),
        (["filter", run, "1", "-o", str(d / "flt")], "--zscore", "nan"),
        (["occupancy", "masks", str(good), "-o", str(d / "masks")], "--extend", "-50"),
        (["downsample", f["particles.mrcs"], "-o", str(d / "ds.mrcs")], "-D", "0"),
        (["analyze", run, "1", "-o", str(d / "an")], "--ksample", "0"),
        (["graph_traversal", str(good / "run" / "z.1.pkl"), "--anchors", "0", "1", "-o", str(d / "g.txt")],
         "--avg-neighbors", "0"),
        (["pc_traversal", str(good / "run" / "z.1.pkl"), "-o", str(d / "pc")], "-n", "0"),
        (["simulate", "--preset", "assembly", "-n", "10", "-D", "16", "--apix", "3", "-o", str(d / "sim")],
         "--snr", "inf"),
        (["parse_pose_star", f["particles.star"], "-o", str(d / "p.pkl")], "-D", "0"),
        (["parse_pose_csparc", f["particles.cs"], "-o", str(d / "p.pkl")], "-D", "-5"),
        (["parse_ctf_star", f["particles.star"], "-o", str(d / "c.pkl")], "--kv", "-300"),
        (["parse_ctf_star", f["particles.star"], "-o", str(d / "c.pkl")], "-w", "1.5"),
        (["parse_ctf_star", f["particles.star"], "-o", str(d / "c.pkl")], "--Apix", "-3"),
    ]
    cases = []
    for argv, flag, value in table:
        output = argv[argv.index("-o") + 1]
        cases.append(Case(f"{argv[0]} {flag} {value}", [*argv, flag, value], flag, output))
    cases.append(Case("filter --umap-polygon with a NaN vertex", ["filter", run, "1", "-o", str(d / "flt"),
                                                                  "--umap-polygon", "0,0,1,nan,1,1"], "finite",
                      str(d / "flt")))
    return cases


def kind_cases(d: Path, good: Path) -> list[Case]:
    """Files of the wrong kind: a map for a stack and back, a short mask, compressed files, pickles swapped."""
    f = _files(good)
    bp_out = str(d / "bp.mrc")
    bp = ["backproject_voxel", None, "--poses", f["poses.pkl"], "--ctf", f["ctf.pkl"], "-o", bp_out]
    mask = _dump(d, "short_mask.pkl", np.ones(10, bool))
    for name in ("particles.star", "particles.mrcs", "poses.pkl"):
        (d / f"{name}.gz").write_bytes(gzip.compress((good / name).read_bytes()))
        shutil.copyfile(d / f"{name}.gz", d / f"gz_{name}")  # compressed, but named as if it were not
    return [
        Case("3D map as the particle stack", [bp[0], f["ref.mrc"], *bp[2:]], "3D map", bp_out),
        Case("3D map to train_vae", _train(f["ref.mrc"], f["poses.pkl"], f["ctf.pkl"], d / "tv"), "3D map",
             str(d / "tv")),
        Case("3D map to downsample without --is-vol", ["downsample", f["ref.mrc"], "-D", "8", "-o", str(d / "x.mrcs")],
             "--is-vol", str(d / "x.mrcs")),
        Case("particle stack as --ref-map", ["occupancy", "maps", f["model.pdb"], "--res", "10", "--ref-map",
                                             f["particles.mrcs"], "-o", str(d / "occ")], "not a cubic 3D map",
             str(d / "occ")),
        Case("particle stack to downsample --is-vol", ["downsample", f["particles.mrcs"], "--is-vol", "-D", "8", "-o",
                                                       str(d / "v.mrc")], "not a cubic 3D map", str(d / "v.mrc")),
        Case("particle stack as simulate --map", ["simulate", "--map", f["particles.mrcs"], "-n", "10", "-D", "16",
                                                  "--snr", "1", "-o", str(d / "sim")], "not a cubic 3D map",
             str(d / "sim")),
        Case("boolean --ind shorter than the stack", [*bp[:1], f["particles.mrcs"], *bp[2:], "--ind", mask],
             "boolean mask of 10", bp_out),
        Case("gzip star file", ["parse_ctf_star", str(d / "gz_particles.star"), "-o", str(d / "c.pkl")], "gzip",
             str(d / "c.pkl"), absent="truncated"),
        Case("gzip stack", ["downsample", str(d / "gz_particles.mrcs"), "-D", "8", "-o", str(d / "x.mrcs")], "gzip",
             str(d / "x.mrcs"), absent="truncated"),
        Case("gzip poses", [bp[0], f["particles.mrcs"], "--poses", str(d / "gz_poses.pkl"), "-o", bp_out], "gzip",
             bp_out),
        Case("poses.pkl given as --ctf", [bp[0], f["particles.mrcs"], "--poses", f["poses.pkl"], "--ctf", f["poses.pkl"],
                                          "-o", bp_out], "not a CTF file", bp_out),
        Case("ctf.pkl given as --poses", [bp[0], f["particles.mrcs"], "--poses", f["ctf.pkl"], "-o", bp_out],
             "not a poses file", bp_out),
        Case("ctf of a .cs without blob/shape", ["parse_ctf_csparc", _cs_without(good, d, "blob/shape"), "-o",
                                                 str(d / "c.pkl")], "blob", str(d / "c.pkl"), absent="-D"),
    ]


def _cs_without(good: Path, d: Path, field: str) -> str:
    table = np.load(good / "particles.cs")
    kept = table[[n for n in table.dtype.names if n != field]]
    with open(d / "no_shape.cs", "wb") as fh:
        np.save(fh, np.array(kept, dtype=[(n, kept.dtype[n]) for n in kept.dtype.names]))
    return str(d / "no_shape.cs")


def folder_cases(d: Path, good: Path) -> list[Case]:
    """A folder where a file is written, and a file where a folder is written."""
    f, run = _files(good), str(good / "run")
    (d / "a_folder").mkdir()
    (d / "a_file").write_text("not a folder\n")
    folder, file = str(d / "a_folder"), str(d / "a_file")
    weights, z = str(good / "run" / "weights.1.pkl"), str(good / "run" / "z.1.pkl")
    return [
        Case("parse_pose_star -o an existing folder", ["parse_pose_star", f["particles.star"], "-o", folder],
             "existing folder"),
        Case("train_vae -o an existing file", _train(f["particles.mrcs"], f["poses.pkl"], f["ctf.pkl"], Path(file)),
             "existing file"),
        Case("analyze -o an existing file", ["analyze", run, "1", "-o", file], "existing file"),
        Case("eval_vol -z -o an existing folder", ["eval_vol", weights, "-z", "0", "0", "0", "0", "-o", folder],
             "existing folder"),
        Case("eval_vol --zfile -o an existing file", ["eval_vol", weights, "--zfile", z, "-o", file], "existing file"),
        Case("occupancy measure -o an existing folder", ["occupancy", "measure", "--maps", folder, "--masks", folder,
                                                         "-o", folder], "existing folder"),
        Case("pc_traversal -o an existing file", ["pc_traversal", z, "-o", file], "existing file"),
        Case("backproject_voxel -o an existing folder", ["backproject_voxel", f["particles.mrcs"], "--poses",
                                                         f["poses.pkl"], "-o", folder], "existing folder"),
        Case("downsample --chunk -o an existing folder", ["downsample", f["particles.mrcs"], "-D", "8", "--chunk", "10",
                                                          "-o", folder], "existing folder"),
    ]


LAYER_CASES = (onto_input_cases, refused_load_cases, physics_cases, flag_cases, kind_cases, folder_cases)
