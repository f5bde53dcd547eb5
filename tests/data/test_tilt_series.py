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


def test_lazy_tilt_training_matches_in_memory(export, tmp_path, capsys):
    assert _parse(export, tmp_path) == 0
    latents = []
    for name, extra in (("memory", []), ("lazy", ["--lazy"])):
        out = tmp_path / name
        assert main(["train_vae", str(tmp_path / "particles_2d.star"), "--poses", str(tmp_path / "poses.pkl"),
                     "--ctf", str(tmp_path / "ctf.pkl"), "--encode-mode", "tilt", "--ntilts", "4", "--zdim", "2",
                     "-n", "1", "-b", "4", "--enc-dim", "32", "--dec-dim", "32", "--tdim", "32", "--no-analysis",
                     "-o", str(out), *extra]) == 0
        latents.append(pickle.load(open(out / "z.pkl", "rb")))
    assert latents[0].shape == (N_PARTICLES, 2)
    assert np.allclose(latents[0], latents[1], atol=1e-4)  # the same images, read per batch from disk
    capsys.readouterr()
    assert main(["eval_images", str(tmp_path / "particles_2d.star"), str(tmp_path / "memory" / "weights.pkl"),
                 "-c", str(tmp_path / "memory" / "config.yaml"), "--poses", str(tmp_path / "poses.pkl"),
                 "--ctf", str(tmp_path / "ctf.pkl"), "-o", str(tmp_path / "eval.pkl"),
                 "--out-z", str(tmp_path / "eval_z.pkl")]) == 1
    assert "one latent per particle" in capsys.readouterr().err
