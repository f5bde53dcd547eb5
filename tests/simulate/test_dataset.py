"""simulate end to end: truth recovered by back-projection, metadata round trips, statistics as
asked, byte-for-byte reproducibility, and refusal of bad settings before any work."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest
import yaml

from cryoscape.cli import main
from cryoscape.data import (ctf_from_cs, ctf_from_star, open_particles, open_posed_particles, poses_from_cs,
                            poses_from_star)
from cryoscape.fourier import fsc, map_correlation
from cryoscape.io import load_pkl, read_cs, read_mrc, read_star
from cryoscape.reconstruct import backproject
from cryoscape.simulate import SimulationSettings, assembly_model, assembly_spec, simulate_dataset

N, BOX, APIX, SNR = 2000, 32, 6.0, 0.5


@pytest.fixture(scope="module")
def preset_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("sim") / "preset"
    settings = SimulationSettings(N, BOX, APIX, SNR, seed=11, chunk_size=700, truth_boxes=(16,))
    summary = simulate_dataset(settings, assembly_spec(), out, model=assembly_model(), progress=False)
    return out, summary


def test_outputs_exist_in_every_format(preset_run):
    out, _ = preset_run
    assert (out / "particles.txt").read_text().split() == ["particles.0.mrcs", "particles.1.mrcs", "particles.2.mrcs"]
    assert open_particles(out / "particles.txt").n_images == N
    for name in ("poses.pkl", "ctf.pkl", "particles.star", "particles.cs", "truth/labels.csv", "truth/poses.pkl",
                 "truth/groups.yaml", "truth/settings.yaml", "truth/model.pdb", "truth/maps/mature.mrc",
                 "truth/maps/mature.angle-25.mrc", "truth/maps/mature.angle+25.mrc", "truth/maps_16/early.mrc"):
        assert (out / name).stat().st_size > 0, name
    settings = yaml.safe_load((out / "truth/settings.yaml").read_text())
    assert settings["simulation"]["seed"] == 11 and settings["heterogeneity"]["junk"]["fraction"] == 0.1
    assert not list(out.parent.glob(".preset.*"))  # no temporary folder left behind


def test_star_and_cs_give_back_the_written_poses_and_ctf(preset_run):
    out, _ = preset_run
    rot, trans = load_pkl(out / "poses.pkl")
    ctf = load_pkl(out / "ctf.pkl")
    for poses, parsed_ctf in [
        (poses_from_star(read_star(out / "particles.star")), ctf_from_star(read_star(out / "particles.star"))),
        (poses_from_cs(read_cs(out / "particles.cs"), "particles.cs"), ctf_from_cs(read_cs(out / "particles.cs"), "cs")),
    ]:
        np.testing.assert_allclose(poses.rotations, rot, atol=1e-4)
        np.testing.assert_allclose(poses.translations_box, trans, atol=1e-5)
        np.testing.assert_allclose(parsed_ctf.values, ctf, rtol=1e-4, atol=1e-4)
    star_images = open_particles(out / "particles.star").images(np.array([0, 699, 700, N - 1]))
    cs_images = open_particles(out / "particles.cs").images(np.array([0, 699, 700, N - 1]))
    direct = open_particles(out / "particles.txt").images(np.array([0, 699, 700, N - 1]))
    np.testing.assert_array_equal(star_images, direct)
    np.testing.assert_array_equal(cs_images, direct)


def _within(count: int, n: int, p: float) -> bool:
    return abs(count - n * p) <= 4 * np.sqrt(n * p * (1 - p)) + 1


def test_fractions_angles_and_junk_are_as_asked(preset_run):
    out, _ = preset_run
    labels = pd.read_csv(out / "truth/labels.csv")
    assert _within(int(labels["is_junk"].sum()), N, 0.10)
    good = labels[~labels["is_junk"]]
    for spec in assembly_spec().classes:
        assert _within(int((good["class"] == spec.name).sum()), len(good), spec.fraction), spec.name
    junk = labels[labels["is_junk"]]
    assert set(junk["junk_kind"]) == {"noise", "fragment", "offcentre"}
    angles = labels.loc[labels["class"] == "mature", "motion_angle_deg"]
    assert angles.notna().all() and angles.between(-25, 25).all()
    assert angles.min() < -23 and angles.max() > 23
    assert labels.loc[labels["class"] != "mature", "motion_angle_deg"].isna().all()
    offcentre = junk[junk["junk_kind"] == "offcentre"]
    assert (np.hypot(offcentre["shift_x_px"], offcentre["shift_y_px"]) >= 0.25 * BOX - 1e-6).all()


def test_noise_level_gives_the_requested_snr(preset_run):
    out, summary = preset_run
    labels = pd.read_csv(out / "truth/labels.csv")
    stack = open_particles(out / "particles.txt")
    noise_only = stack.images(np.flatnonzero(labels["junk_kind"] == "noise"))
    noise_variance = float(noise_only.var(axis=(1, 2)).mean())
    assert noise_variance == pytest.approx(summary.noise_sigma ** 2, rel=0.03)
    good = stack.images(np.flatnonzero(~labels["is_junk"])[:600])
    signal_variance = float(good.var(axis=(1, 2)).mean()) - noise_variance
    assert signal_variance / noise_variance == pytest.approx(SNR, rel=0.1)


def test_same_seed_same_bytes(tmp_path):
    spec, model = assembly_spec(), assembly_model()
    settings = SimulationSettings(300, BOX, APIX, SNR, seed=5, chunk_size=128)
    digests = []
    for name in ("a", "b"):
        simulate_dataset(settings, spec, tmp_path / name, model=model, progress=False)
        files = sorted(p for p in (tmp_path / name).rglob("*") if p.is_file())
        digests.append({str(p.relative_to(tmp_path / name)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files})
    assert digests[0] == digests[1] and len(digests[0]) > 15
    other = SimulationSettings(300, BOX, APIX, SNR, seed=5, chunk_size=None)
    simulate_dataset(other, spec, tmp_path / "c", model=model, progress=False)
    np.testing.assert_array_equal(read_mrc(tmp_path / "c/particles.mrcs")[0],
                                  open_particles(tmp_path / "a/particles.txt").images(np.arange(300)))


def test_back_projection_recovers_a_single_class_without_mirror(tmp_path):
    spec = assembly_spec()
    single = type(spec)(spec.groups, (type(spec.classes[0])("mature", 1.0, ("core", "cp", "stalk", "side")),),
                        None, type(spec.junk)(0.0), spec.imaging)
    simulate_dataset(SimulationSettings(2500, BOX, APIX, 10.0, seed=3), single, tmp_path / "s",
                     model=assembly_model(), progress=False)
    particles = open_posed_particles(tmp_path / "s/particles.mrcs", tmp_path / "s/poses.pkl", tmp_path / "s/ctf.pkl")
    result = backproject(particles, invert=True, progress=False)
    truth, _ = read_mrc(tmp_path / "s/truth/maps/mature.mrc")
    _, curve = fsc(result.volume, truth)
    nyquist_shell = BOX // 2
    assert (curve[: int(np.ceil(0.8 * nyquist_shell)) + 1] >= 0.5).all(), np.round(curve, 3)
    _, mirror_curve = fsc(result.volume, truth[::-1].copy())
    check_shell = int(np.ceil(0.8 * nyquist_shell))
    assert mirror_curve[check_shell] < 0.5 <= curve[check_shell]  # the mirror image fails where truth holds
    assert map_correlation(result.volume, truth) - map_correlation(result.volume, truth[::-1]) > 0.05


def _run(argv, capsys):
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("config, message", [
    ({"classes": [{"name": "x", "fraction": 1.0, "present": ["Z"]}]}, "unknown chain or group 'Z'"),
    ({"classes": [{"name": "x", "fraction": 0.6, "present": ["A"]},
                  {"name": "y", "fraction": 0.6, "present": ["B"]}]}, "sum to 1.2"),
    ({"junk": {"fraction": 1.5}}, "junk.fraction"),
    ({"imaging": {"voltage": 300}}, "unknown setting"),
])
def test_bad_settings_fail_before_any_work(tmp_path, capsys, config, message):
    (tmp_path / "het.yaml").write_text(yaml.safe_dump(config))
    code, err = _run(["simulate", "--preset", "assembly", "--config", tmp_path / "het.yaml", "-n", 50,
                      "-D", 64, "--apix", 3, "--snr", 0.1, "-o", tmp_path / "out"], capsys)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("argv, message", [
    (["--snr", 0, "-D", 64], "--snr"), (["--snr", -1, "-D", 64], "--snr"),
    (["--snr", 0.1, "-D", 32], "box is too small"), (["--snr", 0.1, "-D", 63], "even"),
])
def test_bad_numbers_fail_before_any_work(tmp_path, capsys, argv, message):
    code, err = _run(["simulate", "--preset", "assembly", "-n", 50, "--apix", 3, *argv, "-o", tmp_path / "out"], capsys)
    assert code == 1 and message in err
    assert not (tmp_path / "out").exists() and list(tmp_path.iterdir()) == []


def test_atomic_model_source_with_groups(tmp_path, capsys):
    from tests.conftest import SHARED_DATA, require_shared
    model = require_shared(SHARED_DATA / "occupancy/model_50S/prots2.pdb")
    from cryoscape.io import read_atomic_models
    chains = read_atomic_models([model]).chain_names
    config = {"groups": {"pair": chains[:2]},
              "classes": [{"name": "all", "fraction": 0.5, "present": ["pair"] + chains[2:]},
                          {"name": "no_pair", "fraction": 0.5, "present": chains[2:]}]}
    (tmp_path / "het.yaml").write_text(yaml.safe_dump(config))
    code, err = _run(["simulate", "--model", model, "--coarse-grain", "--config", tmp_path / "het.yaml", "-n", 64,
                      "-D", 64, "--apix", 4, "--snr", 1, "-o", tmp_path / "out"], capsys)
    assert code == 0, err
    labels = pd.read_csv(tmp_path / "out/truth/labels.csv")
    assert set(labels["class"]) == {"all", "no_pair"}
    groups = yaml.safe_load((tmp_path / "out/truth/groups.yaml").read_text())
    assert set(chains[:2]).isdisjoint(groups["classes"]["no_pair"]["chains"])
    aligned = read_atomic_models([tmp_path / "out/truth/models/prots2.pdb"])
    np.testing.assert_allclose(aligned.centroid_angstrom(), np.full(3, 32 * 4.0), atol=1e-2)


def test_map_source_projects_the_map_and_keeps_it_as_truth(tmp_path, capsys):
    from cryoscape.simulate import atoms_to_map
    model = assembly_model()
    volume = atoms_to_map(model.coords_angstrom - model.centroid_angstrom(), model.electrons, 6.0, 32, 2.0)
    from cryoscape.io import write_mrc
    write_mrc(tmp_path / "in.mrc", volume, 6.0, is_stack=False)
    code, err = _run(["simulate", "--map", tmp_path / "in.mrc", "-n", 40, "-D", 32, "--snr", 1,
                      "--truth-box", 16, "-o", tmp_path / "out"], capsys)
    assert code == 0, err
    truth, header = read_mrc(tmp_path / "out/truth/maps/map.mrc")
    assert header.apix == pytest.approx(6.0) and map_correlation(truth, volume) > 0.999
    assert read_mrc(tmp_path / "out/truth/maps_16/map.mrc")[0].shape == (16, 16, 16)
    assert open_particles(tmp_path / "out/particles.mrcs").n_images == 40
    (tmp_path / "het.yaml").write_text(yaml.safe_dump({"junk": {"fraction": 0.2}}))
    code, err = _run(["simulate", "--map", tmp_path / "in.mrc", "--config", tmp_path / "het.yaml", "-n", 40,
                      "-D", 32, "--snr", 1, "-o", tmp_path / "out2"], capsys)
    assert code == 1 and "only noise junk" in err and not (tmp_path / "out2").exists()
