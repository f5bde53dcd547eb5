"""The demo end to end at its smallest size: report and summary exist, every score is computed, and the
report renders in headless Chromium with every image loaded (screenshot kept as a test artefact)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cryoscape.cli import main
from cryoscape.demo import demo_size, run_demo
from tests.browser import ARTIFACTS, chromium


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    size = dataclasses.replace(demo_size(quick=True, particles=600), low_epochs=4, high_epochs=4,
                               convergence_interval=1, ksample=12, width=64)
    out = tmp_path_factory.mktemp("demo") / "run"
    return out, run_demo(out, size, main, seed=3)


def test_demo_writes_report_and_scores_every_step(demo):
    out, summary = demo
    assert (out / "report.html").is_file() and (out / "summary.json").is_file()
    saved = json.loads((out / "summary.json").read_text())
    for key in ("junk_recall", "good_lost"):
        assert 0.0 <= saved["filtering"][key] <= 1.0
    assert -1.0 <= saved["occupancy"]["ari"] <= 1.0 and isinstance(saved["occupancy"]["rare_recovered"], bool)
    states = saved["maps"]["per_state"]
    assert {"mature", "no_stalk", "early", "core_only"} <= set(states)
    assert all(0.0 < s["mean_fsc"] <= 1.0 for s in states.values())
    assert saved["data"]["star_vs_cs"]["rotation_max_diff"] < 1e-5  # both routes read the same poses
    assert saved["kmeans_maps"] == 12 and (out / "traversal" / "path.txt").is_file()
    assert len(saved["seconds_per_step"]) >= 16
    page = (out / "report.html").read_text()
    assert page.count("data:image/png;base64,") >= 6 and 'src="http' not in page  # self-contained
    assert f"cryoscape dashboard {out / 'train_high'} --occupancy {out / 'occupancy'}" in page


def test_demo_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    (tmp_path / "old.txt").write_text("x")
    assert main(["demo", "--quick", "-o", str(tmp_path)]) == 1
    assert "not empty" in capsys.readouterr().err
    assert main(["demo", "--quick", "--particles", "10", "-o", str(tmp_path / "new")]) == 1
    assert not (tmp_path / "new").exists()


def test_report_renders_in_headless_chromium_with_every_image_loaded(demo):
    out, _ = demo
    with chromium(out / "chromium-profile", 1280, 2400) as driver:
        driver.get((out / "report.html").resolve().as_uri())
        images = driver.execute_script(
            "return Array.from(document.images).map(i => [i.alt, i.complete, i.naturalWidth]);")
        assert len(images) >= 6
        broken = [alt for alt, complete, width in images if not complete or width == 0]
        assert not broken, broken
        assert "cryoscape demo" in driver.title
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(1280, min(int(height) + 100, 16000))
        assert driver.save_screenshot(str(ARTIFACTS / "demo_report.png"))


def test_occupancy_starts_from_one_kmeans_map_per_40_particles():
    """The 1% state (~36 particles once junk is removed) can fill a k-means centre of its own."""
    assert demo_size(quick=True).ksample == 100 and demo_size(quick=False).ksample == 500
    assert demo_size(quick=True, particles=8000).ksample == 200
    assert demo_size(quick=True, particles=300).ksample == 20  # never fewer than 20 maps
