"""The dashboard in headless Chromium: the explorer loads, a scripted lasso selects exactly the particles
inside it and saving writes exactly them, a map renders in 3D (screenshot kept), and a path outside the
run folder is refused to the page."""

from __future__ import annotations

import base64
import io
import socket
import shlex
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from cryoscape.analysis import polygon_mask
from cryoscape.cli import build_parser
from cryoscape.io import load_index
from tests.browser import ARTIFACTS, chromium

WAIT_S = 120


@pytest.fixture(scope="module")
def served(board):
    """The URL of the dashboard served by uvicorn in a thread on a free loopback port."""
    import uvicorn

    from cryoscape.commands.describe import describe_commands
    from cryoscape.dashboard import create_app

    explorer, maps, _ = board
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(explorer, maps, commands=describe_commands()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(10)


def _await(driver, script: str, *args):
    """Run ``script`` (which ends by calling ``done(value)``) in the page and return the value."""
    driver.set_script_timeout(WAIT_S)
    return driver.execute_async_script("const done = arguments[arguments.length - 1];" + script, *args)


def _non_background_fraction(png: bytes) -> float:
    import matplotlib.image

    pixels = matplotlib.image.imread(io.BytesIO(png), format="png")[..., :3]
    background = pixels[0, 0]
    return float((np.abs(pixels - background).sum(-1) > 0.05).mean())


def test_explorer_lasso_save_map_and_guard(served, board, junk_run, tmp_path):
    explorer = board[0]
    with chromium(tmp_path / "profile", 1400, 900, webgl=True) as driver:
        driver.get(served)
        assert _await(driver, "window.cryoscape.ready.then(() => done('ok'), e => done(String(e)))") == "ok"
        drawn = driver.execute_script("return document.getElementById('status').textContent")
        assert f"{explorer.n_particles:,}" in drawn.replace("\u202f", ",")

        # a scripted lasso on the UMAP view selects exactly the particles inside the polygon
        xy = explorer.embeddings["umap"]
        centre, spread = np.median(xy, axis=0), xy.std(axis=0)
        polygon = centre + spread * np.array([[-1.0, -0.8], [0.9, -1.1], [1.2, 0.7], [-0.6, 1.0]])
        expected = np.flatnonzero(polygon_mask(xy, polygon))
        driver.execute_script("window.cryoscape.lasso(arguments[0])", polygon.tolist())
        deadline = time.time() + WAIT_S
        while time.time() < deadline and not driver.execute_script("return window.cryoscape.selected().length"):
            time.sleep(0.1)
        selected = np.sort(np.asarray(driver.execute_script("return window.cryoscape.selected()"), np.int64))
        assert len(expected) > 20
        np.testing.assert_array_equal(selected, expected)

        # saving writes exactly those particles (as indices of the original stack)
        assert _await(driver, "window.cryoscape.save('lassoed', 'keep').then(() => done('ok'), e => done(String(e)))") == "ok"
        folder = junk_run[1] / "dashboard" / "selections" / "lassoed"
        kept = load_index(next(folder.glob("ind_keep.*_particles.pkl")))
        np.testing.assert_array_equal(np.sort(kept), np.sort(explorer.particle_ids[expected]))

        # regions: two lassos kept side by side, saved one file each and their union
        assert _await(driver, "window.cryoscape.addRegion().then(() => done('ok'))") == "ok"
        second = centre + spread * np.array([[0.2, -2.5], [2.5, -2.5], [2.5, 0.3], [0.2, 0.3]])
        expected_second = np.flatnonzero(polygon_mask(xy, second))
        driver.execute_script("window.cryoscape.lasso(arguments[0])", second.tolist())
        deadline = time.time() + WAIT_S
        while time.time() < deadline and sorted(driver.execute_script("return window.cryoscape.selected()")) != \
                expected_second.tolist():
            time.sleep(0.1)
        assert _await(driver, "window.cryoscape.addRegion().then(() => done('ok'))") == "ok"
        assert driver.execute_script("return document.getElementById('colour').value") == "\u0000regions"
        assert _await(driver, "window.cryoscape.saveRegions('regions', 'keep').then(done, e => done(String(e)))")
        selections = junk_run[1] / "dashboard" / "selections"
        for name, rows in (("regions-1", expected), ("regions-2", expected_second),
                           ("regions-all", np.union1d(expected, expected_second))):
            kept = load_index(next((selections / name).glob("ind_keep.*_particles.pkl")))
            np.testing.assert_array_equal(np.sort(kept), np.sort(explorer.particle_ids[rows]))

        # the command builder makes a line the real parser accepts, with the selection just saved as --ind
        assert _await(driver, "window.cryoscape.showPane('commands-pane').then(() => done('ok'))") == "ok"
        line = driver.execute_script("return window.cryoscape.commandLine('train_vae', arguments[0])",
                                     {"o": str(tmp_path / "subset run"), "zdim": "4"})
        words = shlex.split(line)
        assert words[:2] == ["cryoscape", "train_vae"]
        parsed = build_parser("train_vae").parse_args(words[1:])
        config = explorer.run.config
        assert parsed.particles == config.data.particles and parsed.poses == config.data.poses
        assert parsed.zdim == 4 and parsed.o == str(tmp_path / "subset run")
        last_saved = next((selections / "regions-all").glob("ind_keep.*_particles.pkl"))
        assert Path(parsed.ind).resolve() == last_saved.resolve()  # the selection saved last

        # the 3D view draws every particle; the pair grid is an image
        assert _await(driver, "window.cryoscape.showPane('latent3d-pane').then(() =>"
                              " done(window.cryoscape.latent3dCount()))") == explorer.n_particles
        image = driver.execute_script("return document.querySelector('#latent3d canvas').toDataURL('image/png')")
        assert _non_background_fraction(base64.b64decode(image.split(",", 1)[1])) > 0.01
        # a click on a point of the 3D view selects a particle drawn under the cursor
        x, y = driver.execute_script("return window.cryoscape.latent3dPixel(17)")
        driver.execute_script(
            "const c = document.querySelector('#latent3d canvas'); const at = {clientX: arguments[0],"
            " clientY: arguments[1], bubbles: true, pointerId: 1, isPrimary: true, button: 0};"
            "c.dispatchEvent(new PointerEvent('pointerdown', at)); c.dispatchEvent(new PointerEvent('pointerup', at));",
            x, y)
        picked = driver.execute_script("return window.cryoscape.selected()")
        assert len(picked) == 1
        px, py = driver.execute_script("return window.cryoscape.latent3dPixel(arguments[0])", picked[0])
        assert abs(px - x) <= 5 and abs(py - y) <= 5, (picked, x, y, px, py)
        shown = _await(driver, "window.cryoscape.showPane('gallery-pane').then(() =>"
                               " done(document.querySelectorAll('#gallery figure').length))")
        assert shown == len(explorer.kmeans[max(explorer.kmeans)][1])
        assert _await(driver, "window.cryoscape.showPane('pairs-pane').then(() =>"
                              " done(document.getElementById('pairs-image').naturalWidth))") > 300
        assert _await(driver, "window.cryoscape.showPane('scatter-wrap').then(() => done('ok'))") == "ok"

        # a map decoded at a particle renders a non-blank 3D view, a half-box preview first (asked for
        # whatever the expected time: this tiny model's full map comes in milliseconds)
        box = explorer.run.config.model.box_size
        driver.execute_script("window.cryoscape.state.previewBox = arguments[0];"
                              "window.cryoscape.state.previewAboveSeconds = 0", box // 2)
        shown = _await(driver, "window.cryoscape.showMap(3).then(done, e => done(String(e)))")
        assert isinstance(shown, dict) and 0 < shown["preview"] <= shown["full"], shown
        assert driver.execute_script("return window.cryoscape.state.map.box") == box
        # the server's measured time for a full map reached the page; below the threshold, no preview
        assert 0 < driver.execute_script("return window.cryoscape.state.fullMapSeconds") < 5
        driver.execute_script("window.cryoscape.state.previewAboveSeconds = 5")
        alone = _await(driver, "window.cryoscape.showMap(4).then(done, e => done(String(e)))")
        assert isinstance(alone, dict) and alone["preview"] is None and alone["full"] > 0, alone
        assert driver.execute_script("return window.cryoscape.state.map.box") == box
        driver.execute_script("window.cryoscape.state.previewAboveSeconds = 0")
        # a click that replaces a click still decoding: the first resolves to null, the second shows its map
        both = _await(driver, "Promise.all([window.cryoscape.showMap(5), window.cryoscape.showMap(6)])"
                              ".then(done, e => done(String(e)))")
        assert both[0] is None and both[1]["full"] > 0, both
        assert driver.execute_script("return window.cryoscape.state.map.key") == f"row6-{box}"
        triangles = driver.execute_script("return window.cryoscape.meshTriangles()")
        assert isinstance(triangles, int) and triangles > 100, triangles
        canvas = driver.execute_script("return document.querySelector('#map3d canvas').toDataURL('image/png')")
        png = base64.b64decode(canvas.split(",", 1)[1])
        assert _non_background_fraction(png) > 0.02
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "dashboard_map.png").write_bytes(png)
        assert driver.save_screenshot(str(ARTIFACTS / "dashboard_explorer.png"))

        # the page cannot read outside the run folder
        status = _await(driver, "fetch('/api/file/..%2F..%2F..%2Fetc%2Fpasswd').then(r => done(r.status))")
        assert status == 403


def test_landscape_page_selects_a_state_and_shows_its_mean_map(served, board, junk_run, tmp_path):
    from cryoscape.cli import main
    from cryoscape.io import load_pkl

    run = junk_run[1]
    landscape = run / "landscape.7"
    with chromium(tmp_path / "profile", 1400, 900, webgl=True) as driver:
        driver.get(served)
        assert _await(driver, "window.cryoscape.ready.then(() => done('ok'), e => done(String(e)))") == "ok"
        assert _await(driver, "window.cryoscape.showPane('landscape-pane').then(done)") == 0  # none yet
        assert "analyze_landscape" in driver.execute_script("return document.getElementById('landscape-note').textContent")
        try:  # run while the page is open: the pane finds it
            assert main(["analyze_landscape", str(run), "7", "-N", "60", "-M", "3", "--pc-dim", "8"]) == 0
            labels = np.asarray(load_pkl(next(landscape.glob("clustering_*/state_labels.pkl"))))
            states = _await(driver, "window.cryoscape.showPane('landscape-pane').then(done)")
            assert states == len(np.unique(labels[labels >= 0]))
            assert _await(driver, "Promise.all([...document.querySelectorAll('#landscape-plots img')].map(i => i.decode()))"
                                  ".then(() => done(document.querySelectorAll('#landscape-plots img').length))") >= 3
            shown = _await(driver, "window.cryoscape.landscapeState(1).then(done, e => done(String(e)))")
            assert isinstance(shown, dict) and shown["full"] > 0, shown
            np.testing.assert_array_equal(np.sort(driver.execute_script("return window.cryoscape.selected()")),
                                          np.flatnonzero(labels == 1))
            assert driver.execute_script("return window.cryoscape.state.map.key") == "landscape1"
            assert driver.execute_script("return window.cryoscape.meshTriangles()") > 100
            assert driver.save_screenshot(str(ARTIFACTS / "dashboard_landscape.png"))
            missing = _await(driver, "fetch('/api/landscape/state/999').then(r => done(r.status))")
            assert missing == 400
            assert "landscape state" in board[0].quantities  # a colouring from the next page load
        finally:
            import shutil
            shutil.rmtree(landscape, ignore_errors=True)
