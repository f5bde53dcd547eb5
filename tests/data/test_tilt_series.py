"""Cryo-ET tilt series: the simulator's RELION-5 export, parse_relion's expansion, tilt metadata, bad exports."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import starfile

from cryoscape.cli import main
from cryoscape.data.relion_tomo import tilt_matrices
from cryoscape.data.tilts import critical_exposure, read_tilt_images, tilt_images_from_table
from cryoscape.errors import InputError
from cryoscape.models import DataConfig
from cryoscape.simulate.tilt_series import TiltScheme
from cryoscape.training.loop import load_training_data

N_PARTICLES, TILT_STEP = 12, 15.0  # ±60° in 15° steps: 9 tilts


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tilt") / "sim"
    assert main(["simulate", "--preset", "assembly", "-n", str(N_PARTICLES), "-D", "32", "--apix", "6", "--snr", "1",
                 "--tilt-series", "--tilt-step", str(TILT_STEP), "--seed", "3", "-o", str(folder)]) == 0
    return folder


def _parse(export: Path, out: Path, particles: Path | None = None) -> int:
    return main(["parse_relion", "-t", str(export / "tomograms.star"), "-p", str(particles or export / "particles.star"),
                 "-o", str(out / "particles_2d.star"), "--poses", str(out / "poses.pkl"), "--ctf", str(out / "ctf.pkl")])


def test_dose_symmetric_scheme():
    angles, dose = TiltScheme(max_tilt_deg=6, step_deg=3, dose_per_tilt=2).tilts()
    assert list(angles) == [-6, -3, 0, 3, 6]
    assert list(dose) == [8, 4, 0, 2, 6]  # acquired 0, +3, −3, +6, −6
    assert critical_exposure(np.array([1 / 10]))[0] == pytest.approx(0.245 * 10 ** 1.665 + 2.81)


def test_tilt_geometry_is_relion_order():
    x, y = tilt_matrices([90.0], [0.0], [0.0])[0], tilt_matrices([0.0], [90.0], [0.0])[0]
    assert np.allclose(x @ [0, 1, 0], [0, 0, 1]) and np.allclose(y @ [0, 0, 1], [1, 0, 0])
    combined = tilt_matrices([10.0], [20.0], [30.0])[0]
    assert np.allclose(combined, tilt_matrices([0], [0], [30])[0] @ tilt_matrices([0], [20], [0])[0]
                       @ tilt_matrices([10], [0], [0])[0])


def test_parse_relion_round_trips_the_simulated_export(export, tmp_path):
    assert _parse(export, tmp_path) == 0
    rotations, translations = pickle.load(open(tmp_path / "poses.pkl", "rb"))
    true_rotations, true_translations = pickle.load(open(export / "truth" / "poses.pkl", "rb"))
    assert rotations.shape == true_rotations.shape
    assert np.abs(rotations - true_rotations).max() < 1e-5  # tilt · subtomogram frame · particle angles
    assert np.abs(translations - true_translations).max() < 1e-6  # 3D origins projected per tilt
    ctf = pickle.load(open(tmp_path / "ctf.pkl", "rb"))
    assert np.abs(ctf - pickle.load(open(export / "truth" / "ctf.pkl", "rb"))).max() < 0.1  # depth-dependent defocus
    table = starfile.read(tmp_path / "particles_2d.star")["particles"]
    assert (table["rlnGroupName"] == table["rlnTomoParticleName"]).all()  # cryoDRGN-ET groups by rlnGroupName
    tilts = read_tilt_images(tmp_path / "particles_2d.star")
    assert tilts.n_particles == N_PARTICLES
    assert tilts.counts().max() == 9 and tilts.counts().min() >= 7  # some particles miss their two highest tilts
    for images in tilts.groups():  # rows are in acquisition order: exposure grows within each particle
        assert np.all(np.diff(images) == 1) and np.all(np.diff(tilts.dose_e_per_a2[images]) > 0)
    assert main(["backproject_voxel", str(tmp_path / "particles_2d.star"), "--poses", str(tmp_path / "poses.pkl"),
                 "--ctf", str(tmp_path / "ctf.pkl"), "--tilt", "--ntilts", "5", "--first", "6",
                 "-o", str(tmp_path / "bp" / "map.mrc")]) == 0  # 6 particles × 5 tilts, halves by particle
    assert (tmp_path / "bp" / "map.half_a.mrc").is_file()


def test_tilt_metadata_without_exposure_columns():
    table = pd.DataFrame({"rlnGroupName": ["a", "a", "a", "b", "b"]})
    with pytest.raises(InputError, match="--dose-per-tilt"):
        tilt_images_from_table(table, "x.star")
    tilts = tilt_images_from_table(table, "x.star", dose_per_tilt=2.5, angle_per_tilt=3)
    assert list(tilts.dose_e_per_a2) == [0, 2.5, 5, 0, 2.5] and list(tilts.tilt_deg) == [0, 3, 3, 0, 3]
    positions, present = tilts.table(3)
    assert positions.tolist() == [[0, 1, 2], [3, 4, 0]] and present.tolist() == [[1, 1, 1], [1, 1, 0]]
    with pytest.raises(InputError, match="rlnTomoParticleName"):
        tilt_images_from_table(pd.DataFrame({"rlnImageName": ["1@a"]}), "x.star")


def test_tilt_images_are_stored_once(export, tmp_path):
    assert _parse(export, tmp_path) == 0
    config = DataConfig(str(tmp_path / "particles_2d.star"), str(tmp_path / "poses.pkl"), str(tmp_path / "ctf.pkl"),
                        tilt=True, ntilts=4, ind=None)
    data = load_training_data(config, progress=False)
    assert data.n_units == N_PARTICLES and len(data) == len(data.tilts)
    memory = data.spectra.memory
    assert memory.shape[0] == len(data)  # one spectrum per tilt image, none copied per particle
    assert memory.numel() * memory.element_size() == len(data) * data.spectra.lattice.n_points * 8


def _edited(export: Path, tmp_path: Path, edit) -> Path:
    copy = tmp_path / "export"
    shutil.copytree(export, copy)
    edit(copy)
    return copy


def _refused(copy: Path, tmp_path: Path, capsys, message: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert _parse(copy, out) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and message in error[0], error
    assert list(out.iterdir()) == []  # nothing written


def _rewrite_particles(copy: Path, change) -> None:
    blocks = starfile.read(copy / "particles.star", always_dict=True)
    change(blocks)
    starfile.write(blocks, copy / "particles.star", overwrite=True)


def test_parse_warptools_takes_the_image_size_its_optics_lack(export, tmp_path, capsys):
    def warp_optics(blocks):  # WarpTools' 2D export may leave the stacks' pixel and box size out of the optics
        blocks["optics"] = blocks["optics"].drop(columns=["rlnImagePixelSize", "rlnImageSize"])
    copy = _edited(export, tmp_path, lambda c: _rewrite_particles(c, warp_optics))
    apix, box = (float(export_optics(export)[k]) for k in ("rlnImagePixelSize", "rlnImageSize"))
    out = tmp_path / "warp"
    out.mkdir()
    command = ["parse_warptools", "-t", str(copy / "tomograms.star"), "-p", str(copy / "particles.star"),
               "-o", str(out / "particles_2d.star"), "--poses", str(out / "poses.pkl"), "--ctf", str(out / "ctf.pkl")]
    capsys.readouterr()
    assert main(command) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "image-pixel-size" in error[0] and not any(out.iterdir()), error
    assert main([*command, "--image-pixel-size", str(apix), "--image-size", str(int(box))]) == 0
    reference = tmp_path / "relion"
    reference.mkdir()
    assert _parse(export, reference) == 0
    for name in ("poses.pkl", "ctf.pkl"):
        ours, theirs = pickle.load(open(out / name, "rb")), pickle.load(open(reference / name, "rb"))
        for a, b in zip(ours if isinstance(ours, tuple) else (ours,), theirs if isinstance(theirs, tuple) else (theirs,)):
            np.testing.assert_allclose(a, b, atol=1e-6)


def export_optics(export: Path) -> pd.Series:
    return starfile.read(export / "particles.star", always_dict=True)["optics"].iloc[0]


def test_premultiplied_stacks_are_refused(export, tmp_path, capsys):
    copy = _edited(export, tmp_path, lambda c: _rewrite_particles(
        c, lambda b: b["optics"].__setitem__("rlnCtfDataAreCtfPremultiplied", 1)))
    _refused(copy, tmp_path, capsys, "CTF-premultiplied")


def test_missing_tilt_series_star_is_refused(export, tmp_path, capsys):
    copy = _edited(export, tmp_path, lambda c: (c / "tilt_series" / "TS_02.star").unlink())
    _refused(copy, tmp_path, capsys, "tilt-series star file")


def test_mismatched_tilt_counts_are_refused(export, tmp_path, capsys):
    def drop_flag(blocks):
        blocks["particles"]["rlnTomoVisibleFrames"] = "[1,1,1]"
    copy = _edited(export, tmp_path, lambda c: _rewrite_particles(c, drop_flag))
    _refused(copy, tmp_path, capsys, "visible-frame flags")


def test_stack_of_another_tilt_series_is_refused(export, tmp_path, capsys):
    def other_stack(copy: Path) -> None:
        from cryoscape.io import write_mrc
        write_mrc(copy / "Subtomograms" / "TS_01" / "1_stack2d.mrcs", np.zeros((4, 32, 32), np.float32), 6.0)
    copy = _edited(export, tmp_path, other_stack)
    _refused(copy, tmp_path, capsys, "holds 4 images")


def _train(folder: Path, out: Path, *extra: str) -> None:
    assert main(["train_vae", str(folder / "particles_2d.star"), "--poses", str(folder / "poses.pkl"),
                 "--ctf", str(folder / "ctf.pkl"), "--encode-mode", "tilt", "--ntilts", "4", "--zdim", "2",
                 "-n", "1", "-b", "4", "--enc-dim", "32", "--dec-dim", "32", "--tdim", "32", "--no-analysis",
                 "-o", str(out), *extra]) == 0


@pytest.fixture(scope="module")
def tilt_run(export, tmp_path_factory) -> Path:
    """A parsed export (particles_2d.star, poses.pkl, ctf.pkl) with a one-epoch tilt run in memory/."""
    folder = tmp_path_factory.mktemp("tilt_run")
    assert _parse(export, folder) == 0
    _train(folder, folder / "memory")
    return folder


def test_lazy_tilt_training_matches_in_memory(tilt_run, tmp_path):
    _train(tilt_run, tmp_path / "lazy", "--lazy")
    latents = [pickle.load(open(folder / "z.pkl", "rb")) for folder in (tilt_run / "memory", tmp_path / "lazy")]
    assert latents[0].shape == (N_PARTICLES, 2)
    assert np.allclose(latents[0], latents[1], atol=1e-4)  # the same images, read per batch from disk
    from cryoscape.models import TILT_LR, load_run_config
    train = load_run_config(tilt_run / "memory" / "config.yaml").train
    assert train.lr == TILT_LR and train.decoder_lr is None  # tilt mode's own default: one rate
    assert train.point_fraction == 1  # and the whole lattice (the single-particle default was not measured here)


def test_eval_images_encodes_tilt_series_per_particle(export, tilt_run, tmp_path, capsys):
    run = tilt_run / "memory"
    evaluated = {}
    pickle.dump(np.array([4, 1, 7]), open(tmp_path / "some.pkl", "wb"))
    for name, extra in (("all", []), ("some", ["--ind", str(tmp_path / "some.pkl")])):
        assert main(["eval_images", str(tilt_run / "particles_2d.star"), str(run / "weights.pkl"),
                     "-c", str(run / "config.yaml"), "--poses", str(tilt_run / "poses.pkl"),
                     "--ctf", str(tilt_run / "ctf.pkl"), "-o", str(tmp_path / f"eval_{name}.pkl"),
                     "--out-z", str(tmp_path / f"z_{name}.pkl"), *extra]) == 0
        evaluated[name] = (pickle.load(open(tmp_path / f"z_{name}.pkl", "rb")),
                           pickle.load(open(tmp_path / f"eval_{name}.pkl", "rb"))["loss_per_image"])
    z, loss = evaluated["all"]
    assert z.shape == (N_PARTICLES, 2) and loss.shape == (N_PARTICLES,)  # one latent and one loss per particle
    assert np.allclose(z, pickle.load(open(run / "z.pkl", "rb")), atol=1e-5)  # the run's own encoding
    assert np.all(np.isfinite(loss)) and np.all(loss > 0)
    assert np.allclose(evaluated["some"][0], z[[4, 1, 7]], atol=1e-5)  # --ind counts particles
    assert np.allclose(evaluated["some"][1], loss[[4, 1, 7]], rtol=1e-5)
    capsys.readouterr()
    from cryoscape.io import read_mrc, write_mrc
    single = tmp_path / "single.mrcs"
    write_mrc(single, read_mrc(next((export / "Subtomograms" / "TS_01").glob("*.mrcs")))[0][:3], 6.0)
    assert main(["eval_images", str(single), str(run / "weights.pkl"), "--poses", str(tilt_run / "poses.pkl"),
                 "-o", str(tmp_path / "x.pkl"), "--out-z", str(tmp_path / "xz.pkl")]) == 1
    assert "expand the export with" in capsys.readouterr().err
    assert not (tmp_path / "x.pkl").exists()


def test_filter_selects_particles_and_filter_star_et_keeps_their_tilts(tilt_run, tmp_path):
    from cryoscape.analysis import TrainingRun

    run = tilt_run / "memory"
    assert main(["filter", str(run), "--kmeans", "2", "--exclude", "0", "-o", str(tmp_path / "sel")]) == 0
    keep = np.asarray(pickle.load(open(next((tmp_path / "sel").glob("ind_keep.*.pkl")), "rb")))
    assert 0 < len(keep) < N_PARTICLES and keep.max() < N_PARTICLES  # particle indices, not tilt images
    assert main(["filter_star", str(tilt_run / "particles_2d.star"), "--et", "--ind",
                 str(next((tmp_path / "sel").glob("ind_keep.*.pkl"))), "-o", str(tmp_path / "kept.star")]) == 0
    table = read_tilt_images(tilt_run / "particles_2d.star")
    kept = starfile.read(tmp_path / "kept.star")["particles"]
    names = np.asarray(table.names)[keep]
    assert set(kept["rlnTomoParticleName"]) == set(names)
    assert len(kept) == int(table.counts()[keep].sum())  # every tilt image of each kept particle
    first = TrainingRun.open(run, 0).stack_rows(keep, first_tilt_only=True)  # the montage's image per particle
    assert np.all(table.particle[first] == keep) and np.all(table.dose_e_per_a2[first] == 0)


def test_dashboard_explorer_shows_tilt_runs_per_particle(tilt_run, tmp_path):
    from cryoscape.dashboard.explorer import open_explorer

    run = tmp_path / "run"
    shutil.copytree(tilt_run / "memory", run)
    assert main(["analyze", str(run), "0", "--skip-vol", "--skip-umap", "--ksample", "3"]) == 0
    explorer = open_explorer(run, 0)
    defocus = explorer.quantities["defocus (Å)"].values
    assert defocus.shape == (N_PARTICLES,) and explorer.quantities["rot (°)"].values.shape == (N_PARTICLES,)
    ctf = pickle.load(open(tilt_run / "ctf.pkl", "rb"))
    first = explorer.run.stack_rows(np.arange(N_PARTICLES), first_tilt_only=True)
    assert np.allclose(defocus, (ctf[first, 2] + ctf[first, 3]) / 2)  # each particle's lowest-dose tilt
