"""The dashboard's routes, called in-process: data for the explorer, maps, selections and the path guard."""

from __future__ import annotations

import struct
import threading
import time

import numpy as np
import pytest
import torch

from cryoscape.analysis import polygon_mask
from cryoscape.errors import InputError
from cryoscape.io import load_index, read_mrc
from tests.conftest import KSAMPLE


def test_summary_lists_views_quantities_and_centres(board, junk_run):
    explorer, _, client = board
    summary = client.get("/api/summary").json()
    assert summary["particles"] == len(junk_run[2]) and summary["epoch"] == 7
    assert summary["views"][:2] == ["umap", "pca"] and "z1-z2" in summary["views"]
    names = [q["name"] for q in summary["quantities"]]
    for expected in (f"k-means {KSAMPLE}", "latent magnitude", "defocus (Å)", "tilt (°)", "true state"):
        assert expected in names
    assert len(summary["kmeans"][str(KSAMPLE)]) == KSAMPLE and summary["truth"]


def test_views_and_quantities_are_float32_in_particle_order(board, junk_run):
    explorer, _, client = board
    umap = np.frombuffer(client.get("/api/view/umap").content, "<f4").reshape(-1, 2)
    np.testing.assert_array_equal(umap, explorer.embeddings["umap"])
    dims = np.frombuffer(client.get("/api/view/z2-z5").content, "<f4").reshape(-1, 2)
    np.testing.assert_array_equal(dims, explorer.z[:, [1, 4]])
    truth = np.frombuffer(client.get("/api/quantity", params={"name": "true state"}).content, "<f4")
    names = explorer.quantities["true state"].categories
    assert [names[int(c)] for c in truth[:20]] == junk_run[2]["class"].astype(str).tolist()[:20]
    assert client.get("/api/view/z1-z99").status_code == 400


def test_lassoed_rows_are_saved_as_keep_and_bad_files_in_the_run(board, junk_run):
    explorer, _, client = board
    xy = explorer.embeddings["umap"]
    centre, spread = np.median(xy, axis=0), xy.std(axis=0)
    polygon = centre + spread * np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]])
    rows = np.flatnonzero(polygon_mask(xy, polygon)).astype("<u4")
    answer = client.post("/api/selection", params={"name": "middle", "mode": "keep"}, content=rows.tobytes())
    assert answer.status_code == 200, answer.text
    run = junk_run[1]
    kept = load_index(run / answer.json()["keep"])
    np.testing.assert_array_equal(np.sort(kept), np.sort(explorer.particle_ids[rows]))
    assert len(load_index(run / answer.json()["bad"])) == explorer.n_particles - len(rows)
    again = client.post("/api/selection", params={"name": "middle", "mode": "keep"}, content=rows.tobytes())
    assert again.status_code == 400 and "exists already" in again.json()["error"]
    for name in ("../escape", "/tmp/x", "a/b"):
        refused = client.post("/api/selection", params={"name": name}, content=rows.tobytes())
        assert refused.status_code == 403
    assert not (run.parent / "escape").exists()


def test_map_at_a_particle_matches_eval_vol_and_meshes(board, junk_run, tmp_path):
    explorer, maps, client = board
    described = client.post("/api/map", json={"row": 5}).json()
    assert described["box"] == explorer.run.config.model.box_size
    assert described["min"] < described["level"] < described["max"]
    body = client.get(f"/api/map/{described['key']}/mesh").content
    vertices, triangles = struct.unpack("<II", body[:8])
    assert vertices > 100 and triangles > 100 and len(body) == 8 + 12 * vertices + 12 * triangles
    voxels = client.get(f"/api/map/{described['key']}/voxels")
    assert len(voxels.content) == described["box"] ** 3
    mrc = client.get(f"/api/map/{described['key']}/mrc")
    assert mrc.status_code == 200
    saved = junk_run[1] / "dashboard" / "maps" / f"{described['key']}.mrc"
    from cryoscape.models import decode_volume

    expected = decode_volume(maps.model, explorer.z[5], None, explorer.run.config.dataset.spectrum_rms)
    np.testing.assert_allclose(read_mrc(saved)[0], expected, rtol=1e-5, atol=1e-6)
    empty = client.get(f"/api/map/{described['key']}/mesh", params={"level": described["max"] + 1}).content
    assert struct.unpack("<II", empty[:8]) == (0, 0)
    assert client.post("/api/map", json={"row": 10 ** 9}).status_code == 400
    assert client.post("/api/map", json={"z": [0.0] * 3}).status_code == 400


def test_a_cached_map_is_served_while_another_map_decodes(board):
    """The page asks for the full map as soon as the preview arrives; the preview's mesh and slices
    must not wait for that decode."""
    explorer, maps, client = board
    box = explorer.run.config.model.box_size
    preview = client.post("/api/map", json={"row": 3, "box": box // 2}).json()
    with maps._decode_lock:  # as while the full map is being decoded for another worker
        started = time.perf_counter()
        mesh = client.get(f"/api/map/{preview['key']}/mesh")
        voxels = client.get(f"/api/map/{preview['key']}/voxels")
        assert mesh.status_code == voxels.status_code == 200 and time.perf_counter() - started < 10
    assert len(voxels.content) == (box // 2) ** 3


def test_maps_in_bfloat16_where_the_cpu_has_native_units(junk_run, monkeypatch):
    """On a CPU with AVX-512 BF16 or AMX the dashboard decodes in bfloat16 (lattice input held in
    bfloat16): the map is the float32 one to within 1%; --float32 keeps float32."""
    import argparse

    from cryoscape.commands.dashboard import add_args
    from cryoscape.dashboard import MapMaker, open_explorer
    from cryoscape.models import precision

    monkeypatch.setattr(precision, "cpu_bf16_units", lambda: ("avx512_bf16",))
    explorer = open_explorer(junk_run[1])
    fast, exact = MapMaker(explorer.run), MapMaker(explorer.run, float32=True)
    assert fast.precision.bfloat16 and "avx512_bf16" in fast.precision.reason and not exact.precision.bfloat16
    assert fast.warm() and fast._lattice_input.pre.dtype == torch.bfloat16
    a, b = fast.decode("a", explorer.z[4]).volume, exact.decode("b", explorer.z[4]).volume
    assert 1e-4 < np.linalg.norm(a - b) / np.linalg.norm(b) < 0.01
    parser = argparse.ArgumentParser()
    add_args(parser)
    assert parser.parse_args([str(junk_run[1]), "--float32"]).float32


def test_the_full_map_after_its_preview_decodes_only_the_outer_points(board, monkeypatch):
    """The page asks for a half-box preview, then the full map: the second reuses the first's transform."""
    from cryoscape.dashboard import maps as maps_module

    explorer, maps, client = board
    box = explorer.run.config.model.box_size
    seen = []
    real = maps_module.decode_spectra
    monkeypatch.setattr(maps_module, "decode_spectra",
                        lambda *args, **kwargs: seen.append(kwargs.get("known")) or real(*args, **kwargs))
    client.post("/api/map", json={"row": 11, "box": box // 2})
    full = client.post("/api/map", json={"row": 11}).json()
    assert seen[0] is None and seen[1] is not None and seen[1].shape[-1] == box // 2
    np.testing.assert_allclose(maps.cached(full["key"]).volume,
                               maps_module.decode_volumes(maps.model, explorer.z[11][None], box,
                                                          explorer.run.config.dataset.spectrum_rms)[0],
                               rtol=0, atol=1e-5)
    client.post("/api/map", json={"row": 12})  # no preview of row 12: decoded whole
    assert seen[2] is None


def test_the_server_reports_how_long_a_full_map_takes(board, monkeypatch):
    """warm() times one map at the model's box; every full map since updates it, scaled to the whole
    lattice when a preview's centre was reused; the summary and each map's answer carry it."""
    from cryoscape.dashboard import maps as maps_module

    explorer, maps, client = board
    maps.warm()
    assert maps.full_map_seconds is not None and 0 < maps.full_map_seconds < 30
    from cryoscape.dashboard import MapMaker
    uncached = MapMaker(explorer.run, lattice_bytes=0)  # lattice input too big to hold: no map timed at start
    assert uncached.warm() is False and uncached.full_map_seconds is None
    assert client.get("/api/summary").json()["full_map_seconds"] == maps.full_map_seconds
    box = explorer.run.config.model.box_size
    clock = iter([100.0, 200.0, 200.7])  # the preview's start; the full map's start and end
    monkeypatch.setattr(maps_module, "perf_counter", lambda: next(clock))
    client.post("/api/map", json={"row": 21, "box": box // 2})  # a preview: not at the model's box, not counted
    maps._full_map_times = []  # forget warm()'s real time: only the clock's from here
    answer = client.post("/api/map", json={"row": 21}).json()  # 0.7 s for the outer 7/8 → 0.8 s for a whole map
    assert answer["full_map_seconds"] == pytest.approx(0.8) and maps.full_map_seconds == pytest.approx(0.8)
    clock = iter([300.0, 300.6, 400.0, 403.0, 500.0, 500.7])  # whole maps of 0.6 s, 3 s (slowed), 0.7 s
    for row in (22, 23, 24):
        client.post("/api/map", json={"row": row})
    assert maps.full_map_seconds == pytest.approx(0.75)  # the median of 0.8, 0.6, 3 and 0.7


def test_a_newer_map_request_abandons_the_decode_of_an_older_one(board, monkeypatch):
    from cryoscape.dashboard import maps as maps_module

    explorer, maps, client = board
    assert maps.warm()  # the test model's lattice input is small: it is held
    box = explorer.run.config.model.box_size
    preview = client.post("/api/map", json={"row": 7, "box": box // 2}).json()
    assert preview["box"] == box // 2
    np.testing.assert_allclose(maps.cached(preview["key"]).volume,
                               maps_module.decode_volumes(maps.model, explorer.z[7][None], box // 2,
                                                          explorer.run.config.dataset.spectrum_rms)[0],
                               rtol=0, atol=1e-6)

    original = maps_module.decode_spectra

    other: list[threading.Thread] = []

    def interrupted(*args, **kwargs):  # another request arrives while this one decodes (and waits its turn)
        if not other:
            other.append(threading.Thread(target=maps.decode, args=("other", explorer.z[0]), kwargs={"supersede": True}))
            other[0].start()
            deadline = time.time() + 30
            while not kwargs["cancelled"]() and time.time() < deadline:
                time.sleep(0.01)
        return original(*args, **kwargs)

    monkeypatch.setattr(maps_module, "decode_spectra", interrupted)
    answer = client.post("/api/map", json={"row": 8})
    assert answer.status_code == 409 and "newer" in answer.json()["error"]
    other[0].join(30)
    assert maps.cached("other").volume.shape == (box,) * 3  # the newer request got its map
    monkeypatch.setattr(maps_module, "decode_spectra", original)
    assert client.post("/api/map", json={"row": 8}).status_code == 200


@pytest.mark.parametrize("path", ["../config.yaml", "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "analyze.7/../../x"])
def test_files_outside_the_run_folder_are_refused(board, path):
    _, _, client = board
    answer = client.get(f"/api/file/{path}")
    # 403 from the guard, or 404 where the client already resolved the '..' (nothing of the target is sent)
    assert answer.status_code in (403, 404)
    assert "root:" not in answer.text and "schema_version" not in answer.text


def test_files_inside_the_run_folder_are_served(board, junk_run):
    _, _, client = board
    answer = client.get("/api/file/analyze.7/umap.png")
    assert answer.status_code == 200 and answer.content[:4] == b"\x89PNG"


def test_a_link_out_of_the_run_folder_is_refused(board, junk_run, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    link = junk_run[1] / "link_out.txt"
    link.symlink_to(outside)
    try:
        answer = board[2].get("/api/file/link_out.txt")
        assert answer.status_code == 403 and "secret" not in answer.text
    finally:
        link.unlink()


def test_montage_shows_the_selected_particles_images(board, junk_run):
    import io

    import matplotlib.image

    explorer, _, client = board
    rows = np.arange(10, dtype="<u4")
    answer = client.post("/api/montage", content=rows.tobytes())
    assert answer.status_code == 200 and answer.headers["content-type"] == "image/png"
    sheet = matplotlib.image.imread(io.BytesIO(answer.content), format="png")
    box = explorer.run.config.model.box_size
    assert sheet.shape[:2] == (2 * (box + 2) - 2, 6 * (box + 2) - 2)
    assert client.post("/api/montage", content=b"\x01\x02\x03").status_code == 400
    too_far = np.array([explorer.n_particles], "<u4").tobytes()
    assert client.post("/api/montage", content=too_far).status_code == 400


def test_trajectories_are_decoded_and_saved_in_the_run(board, junk_run):
    explorer, _, client = board
    centres = explorer.kmeans[KSAMPLE][1]
    anchors = [int(centres[0]), int(centres[1]), int(centres[2])]
    graph = client.post("/api/trajectory", json={"name": "through", "anchors": anchors, "kind": "graph"})
    assert graph.status_code == 200, graph.text
    made = graph.json()
    folder = junk_run[1] / made["folder"]
    rows = np.loadtxt(folder / "rows.txt", dtype=np.int64)
    assert rows[0] == anchors[0] and rows[-1] == anchors[-1] and anchors[1] in rows
    assert made["rows"] == rows.tolist() and len(made["frames"]) == len(rows)
    np.testing.assert_allclose(np.loadtxt(folder / "z_path.txt"), explorer.z[rows], atol=1e-5)
    maps = sorted(folder.glob("vol_*.mrc"))
    assert len(maps) == len(rows)
    first_mesh = client.get(f"/api/map/{made['frames'][0]['key']}/mesh").content
    assert struct.unpack("<II", first_mesh[:8])[1] > 0

    straight = client.post("/api/trajectory", json={"name": "line", "anchors": anchors[:2], "kind": "straight",
                                                    "points": 4, "box": 16}).json()
    z_path = np.loadtxt(junk_run[1] / straight["folder"] / "z_path.txt")
    assert len(z_path) == 5 and len(straight["frames"]) == 5 and straight["frames"][0]["box"] == 16
    np.testing.assert_allclose(z_path[[0, -1]], explorer.z[anchors[:2]], atol=1e-5)
    np.testing.assert_allclose(z_path[2], explorer.z[anchors[:2]].mean(0), atol=1e-5)

    again = client.post("/api/trajectory", json={"name": "line", "anchors": anchors[:2], "kind": "straight"})
    assert again.status_code == 400 and "exists already" in again.json()["error"]
    assert client.post("/api/trajectory", json={"name": "x", "anchors": [0]}).status_code == 400
    assert client.post("/api/trajectory", json={"name": "../x", "anchors": anchors}).status_code == 403
    assert client.post("/api/trajectory", content=b"not json").status_code == 400


def test_occupancy_classes_link_to_centroid_maps_and_particles(junk_run, tmp_path):
    from starlette.testclient import TestClient

    from cryoscape.cli import main
    from cryoscape.dashboard import MapMaker, create_app, find_occupancy, open_explorer, open_occupancy

    sim, run, _ = junk_run
    out = tmp_path / "occupancy"
    kmaps = run / "analyze.7" / f"kmeans{KSAMPLE}"
    assert main(["occupancy", "run", str(sim / "truth" / "model.pdb"), "--res", "12", "--vols", str(kmaps),
                 "-o", str(out)]) == 0
    explorer = open_explorer(run)
    assert find_occupancy(explorer) is None or find_occupancy(explorer) != out
    view = open_occupancy(explorer, find_occupancy(explorer, out))
    with TestClient(create_app(explorer, MapMaker(explorer.run), occupancy=view)) as client:
        described = client.get("/api/occupancy").json()
        assert described["available"] and len(described["map_class"]) == KSAMPLE
        assert sum(c["particles"] for c in described["classes"]) == explorer.n_particles
        first = described["classes"][0]
        rows = np.frombuffer(client.get(f"/api/occupancy/class/{first['class']}").content, "<u4")
        assert len(rows) == first["particles"]
        labels, centres = explorer.kmeans[KSAMPLE]
        members = [m for m, c in enumerate(described["map_class"]) if c == first["class"]]
        np.testing.assert_array_equal(np.sort(rows), np.flatnonzero(np.isin(labels, members)))
        assert first["centroid_row"] == centres[first["centroid_map"]]
        assert client.get("/api/occupancy/heatmap").content[:4] == b"\x89PNG"
        assert client.get("/api/occupancy/class/999").status_code == 400
    with pytest.raises(InputError, match="classes.csv"):
        find_occupancy(explorer, tmp_path / "nothing")


def test_convergence_plots_come_from_the_latest_convergence_folder(tmp_path):
    from cryoscape.dashboard import convergence_plots

    assert convergence_plots(tmp_path) == []
    for folder, name in (("convergence.9", "old.png"), ("convergence.12", "00_total_loss.png"),
                         ("convergence.12", "01_encoder_umaps.png"), ("convergence.x", "stray.png")):
        (tmp_path / folder / "plots").mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "plots" / name).write_bytes(b"png")
    assert convergence_plots(tmp_path) == ["convergence.12/plots/00_total_loss.png",
                                           "convergence.12/plots/01_encoder_umaps.png"]


def test_selections_are_also_written_as_star_and_cs_subsets(board, junk_run):
    from starlette.testclient import TestClient

    from cryoscape.dashboard import create_app
    from cryoscape.dashboard.exports import export_sources
    from cryoscape.io import read_cs, read_star

    explorer, maps, _ = board
    sim, run, _ = junk_run
    exports = export_sources(explorer.run.config.data.particles, str(sim / "particles.star"), str(sim / "particles.cs"))
    rows = np.array([3, 1, 40, 7], "<u4")
    with TestClient(create_app(explorer, maps, exports=exports)) as client:
        answer = client.post("/api/selection", params={"name": "exported", "mode": "keep"}, content=rows.tobytes())
    assert answer.status_code == 200, answer.text
    kept = np.sort(explorer.particle_ids[rows])
    star = read_star(run / "dashboard" / "selections" / "exported" / "particles.star")
    names = read_star(sim / "particles.star").particles["rlnImageName"].to_numpy()
    assert star.particles["rlnImageName"].tolist() == names[kept].tolist()
    cs = read_cs(run / "dashboard" / "selections" / "exported" / "particles.cs")
    np.testing.assert_array_equal(cs["uid"], read_cs(sim / "particles.cs")["uid"][kept])
    with pytest.raises(InputError, match="does not exist"):
        export_sources("p.mrcs", star=str(sim / "missing.star"))


def test_every_command_is_described_from_its_own_parser():
    from cryoscape.cli import build_parser
    from cryoscape.commands import COMMANDS
    from cryoscape.commands.describe import describe_commands

    described = {entry["command"]: entry for entry in describe_commands()}
    assert {name.split()[0] for name in described} == set(COMMANDS)
    assert {"occupancy run", "occupancy measure"} <= set(described)  # a command with steps: one entry a step
    train = {a["dest"]: a for a in described["train_vae"]["arguments"]}
    assert train["particles"]["flags"] == [] and train["particles"]["required"]
    assert train["zdim"]["default"] == 8 and "--zdim" in train["zdim"]["flags"]
    assert train["lazy"]["switch"] and train["lazy"]["default"] is None
    parser = build_parser("train_vae")._subparsers._group_actions[0].choices["train_vae"]
    declared = {a.dest for a in parser._actions} - {"help", "debug"}
    assert declared == set(train)  # nothing more, nothing less than the command line itself


def test_command_builder_data_carries_the_runs_values(board, junk_run):
    explorer, _, client = board
    answer = client.get("/api/commands").json()
    assert any(entry["command"] == "eval_vol" for entry in answer["commands"])
    values = answer["values"]
    config = explorer.run.config
    assert values["particles"] == config.data.particles and values["poses"] == config.data.poses
    assert values["workdir"] == str(explorer.run.workdir) and values["epoch"] == "7"
    assert values["zdim"] == str(config.model.zdim)


def test_pair_grid_and_3d_columns(board):
    explorer, _, client = board
    for space in ("z", "pca"):
        for colour in ("", "k-means 6" if "k-means 6" in explorer.quantities else next(iter(explorer.quantities))):
            png = client.get("/api/pairgrid", params={"space": space, "colour": colour})
            assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get("/api/pairgrid", params={"space": "nowhere"}).status_code == 400
    columns = client.get("/api/columns", params={"space": "pca", "dims": "2,0,1"})
    values = np.frombuffer(columns.content, "<f4").reshape(-1, 3)
    np.testing.assert_array_equal(values, explorer.pcs[:, [2, 0, 1]])
    z = np.frombuffer(client.get("/api/columns", params={"space": "z", "dims": "0,1,2"}).content, "<f4")
    np.testing.assert_array_equal(z.reshape(-1, 3), explorer.z[:, :3])
    assert client.get("/api/columns", params={"space": "z", "dims": "0,1,99"}).status_code == 400
    assert client.get("/api/columns", params={"space": "z", "dims": "0,1"}).status_code == 400


def test_colour_files_of_the_run_or_of_the_stack(board, tmp_path):
    from cryoscape.dashboard.explorer import CATEGORY, colour_from_file
    from cryoscape.io import save_pkl

    explorer = board[0]
    ids, n = explorer.particle_ids, explorer.n_particles
    loss = np.linspace(0.0, 1.0, n)
    save_pkl(loss, tmp_path / "loss.pkl")
    quantity = colour_from_file(tmp_path / "loss.pkl", ids)
    assert quantity.kind != CATEGORY and np.allclose(quantity.values, loss)
    stack = np.arange(ids.max() + 5) % 3  # one value per particle of the whole stack: picked by the run's ids
    save_pkl(stack, tmp_path / "classes.pkl")
    quantity = colour_from_file(tmp_path / "classes.pkl", ids)
    assert quantity.kind == CATEGORY and quantity.categories == ("0", "1", "2")
    np.testing.assert_array_equal(quantity.values, stack[ids])
    save_pkl(np.zeros(3), tmp_path / "short.pkl")
    with pytest.raises(InputError, match="3 values"):
        colour_from_file(tmp_path / "short.pkl", ids)
    save_pkl(np.zeros((n, 4)), tmp_path / "wide.pkl")
    with pytest.raises(InputError, match="one real number per particle"):
        colour_from_file(tmp_path / "wide.pkl", ids)


def test_gallery_of_the_kmeans_maps_analyze_wrote(board):
    from cryoscape.dashboard.gallery import projections

    explorer, _, client = board
    listed = client.get("/api/gallery").json()
    folder = next(f for f in explorer.analysis_dir.glob("kmeans*") if f.is_dir() and any(f.glob("vol_*.mrc")))
    k = folder.name.removeprefix("kmeans")
    maps = sorted(folder.glob("vol_*.mrc"))
    assert listed[k]["count"] == len(maps) > 0
    assert listed[k]["rows"] == explorer.kmeans[int(k)][1].tolist()
    png = client.get(f"/api/gallery/{k}/0.png")
    assert png.status_code == 200 and png.content[:4] == b"\x89PNG"
    assert client.get(f"/api/gallery/{k}/{len(maps)}.png").status_code == 400
    volume = np.zeros((8, 8, 8), np.float32)
    volume[1, 2, 3] = 1.0  # [z, y, x]: seen at (y, x) along z, (z, x) along y, (z, y) along x; rows flipped
    seen = projections(volume)
    assert seen[0][7 - 2, 3] == seen[1][7 - 1, 3] == seen[2][7 - 1, 2] == 1.0


def test_kmeans_tour_visits_every_centre_once(board):
    explorer, _, client = board
    tour = client.get("/api/tour").json()
    centres = [r for r in explorer.kmeans[tour["k"]][1].tolist() if r >= 0]
    assert sorted(tour["rows"]) == sorted(centres)
    assert client.get("/api/tour", params={"k": 99999}).status_code == 400
