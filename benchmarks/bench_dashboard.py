"""Benchmark: `cryoscape dashboard` at a million particles, measured in headless Chromium.

A synthetic run folder is written: 1,000,000 latents (zdim 8, a mixture of 12 states), analyze-style
outputs (a 2D embedding, PCA, k-means with 50 centres), and a decoder at box 128 (the default
256×3 network) fitted for a short while to the built-in assembly's map, so that its maps and
isosurfaces look like a particle's rather than noise. The dashboard is served by uvicorn on
loopback and driven by Selenium in Debian's headless Chromium, as it runs on a machine without a
GPU: WebGL drawn by SwiftShader, the page composited in software (``--gpu-compositing``: through
SwiftShader as well, as if it were a GPU; each frame of the page then costs 0.06-0.09 s more CPU).
Printed, each against its target:

- first render: from navigation to the scatter of all particles drawn (page, 8 MB of positions,
  4 MB of colours, WebGL upload) — target ≤ 3 s;
- lasso: from a scripted lasso over about a third of the points to the selection known to the
  page, and to it drawn highlighted — target ≤ 1 s;
- map: from the click to the isosurface and slices shown — target ≤ 1 s. Where the server expects
  the full map to take more than 0.9 s (its measured time), the page shows a 64³ preview first (the
  same map Fourier-cropped: the decoder evaluated at |k| < 32 only, an eighth of the work), then
  the full 128³ map; elsewhere the full map alone (``--always-preview``: a preview every time). Both
  times are printed, and the
  decode alone is timed in Python without and with the cached z-independent first layer; on a CPU
  with native bfloat16 units, where the dashboard decodes in bfloat16, also in float32, with the
  difference between the two maps.

Every time is taken when the pixels are drawn, not when the draw calls are queued: the benchmark
(for the scatter) and the map viewer (before it reports a time) read one pixel back, which waits
for the rasteriser. In software WebGL a frame is queued long before it is drawn (a lasso's
highlight: queued at 0.2-0.7 s, drawn at 1.4-2.4 s before regl-scatterplot was patched), and the
next click waits a second after the highlight is drawn, as a user would.

Also printed, without targets: the 3D latent view (all particles), the pair grid and the command
builder, from the tab's click to the view drawn.

    python benchmarks/bench_dashboard.py [--n 1000000] [--box 128] [--out DIR]
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' Chromium helper

from cryoscape.analysis import run_pca  # noqa: E402
from cryoscape.dashboard import MapMaker, create_app, open_explorer  # noqa: E402
from cryoscape.fourier.fsc import fsc  # noqa: E402
from cryoscape.io import save_pkl  # noqa: E402
from cryoscape.models import (DataConfig, DatasetInfo, HetVAE, ModelConfig, RunConfig, TrainConfig,  # noqa: E402
                              save_run_config)
from cryoscape.models.volume import volume_lattice  # noqa: E402
from cryoscape.simulate import assembly_model, atoms_to_map  # noqa: E402
from cryoscape.training.checkpoint import save_checkpoint, save_latents  # noqa: E402

PREVIEW_ABOVE_S = 0.9  # the page's state.previewAboveSeconds
TARGETS_S = {"first render": 3.0, "lasso: selection known": 1.0, "lasso: drawn": 1.0,
             "map (64³ preview)": 1.0, "map (full 128³)": 1.0}


def fitted_decoder(config: ModelConfig, apix: float, steps: int, seed: int = 0) -> tuple[HetVAE, float]:
    """Return (model whose decoder reproduces the assembly's map at any z, the spectrum RMS it was scaled by)."""
    torch.manual_seed(seed)
    atoms = assembly_model()
    volume = atoms_to_map(atoms.coords_angstrom, atoms.electrons, apix, config.box_size, 2.0)
    spectrum = torch.fft.fftshift(torch.fft.fftn(torch.fft.ifftshift(torch.as_tensor(volume))))
    coords, flat = volume_lattice(config.box_size, config.box_size)
    target = spectrum.reshape(-1)[flat]
    rms = float(target.abs().pow(2).mean().sqrt())
    target = target / rms
    model = HetVAE(config)
    optimizer = torch.optim.Adam(model.decoder.parameters(), lr=1e-3)
    for _ in range(steps):
        pick = torch.randint(0, len(coords), (16384,))
        predicted = model.decoder(coords[pick][None], torch.randn(1, config.zdim) * 0.1)[0]
        loss = (predicted - target[pick]).abs().pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(f"decoder fitted to the assembly map: {steps} steps, final loss {loss.item():.4f} (of 1.0 at start)")
    return model, rms


def synthetic_run(folder: Path, n: int, box: int, steps: int) -> Path:
    """Write a train_vae-like folder with an analyze.0 of ``n`` synthetic particles; return it."""
    rng = np.random.default_rng(0)
    apix = 3.0 * 64 / box
    config = RunConfig(ModelConfig(box_size=box), DataConfig("synthetic.mrcs", "synthetic_poses.pkl", None),
                       TrainConfig(epochs=1), DatasetInfo(n, apix, 1.0))
    model, rms = fitted_decoder(config.model, apix, steps)
    config = RunConfig(config.model, config.data, config.train, DatasetInfo(n, apix, rms))
    folder.mkdir(parents=True, exist_ok=True)
    save_run_config(config, folder / "config.yaml")
    save_checkpoint(folder / "weights.0.pkl", model, torch.optim.Adam(model.parameters()), 0, config.to_dict())
    states = rng.normal(0, 2.0, (12, config.model.zdim)).astype(np.float32)
    labels = rng.integers(0, len(states), n)
    z = states[labels] + rng.normal(0, 0.4, (n, config.model.zdim)).astype(np.float32)
    save_latents(folder / "z.0.pkl", z, np.full_like(z, -3.0))
    analysis = folder / "analyze.0"
    (analysis / "kmeans50").mkdir(parents=True, exist_ok=True)
    pca = run_pca(z)
    save_pkl(pca.projections.astype(np.float32), analysis / "z_pca.pkl")
    save_pkl(np.ascontiguousarray(pca.projections[:, [0, 2]] * [1.0, 1.5], np.float32), analysis / "umap.pkl")
    centres = z[rng.choice(n, 50, replace=False)]
    kmeans = np.argmin(((z[:, None, :] - centres[None]) ** 2).sum(-1), axis=1) if n <= 200_000 else \
        np.concatenate([np.argmin(((part[:, None, :] - centres[None]) ** 2).sum(-1), axis=1)
                        for part in np.array_split(z, 20)])
    save_pkl(kmeans.astype(np.int64), analysis / "kmeans50" / "labels.pkl")
    nearest = [int(np.argmin(((z - c) ** 2).sum(1))) for c in centres]
    np.savetxt(analysis / "kmeans50" / "centers_ind.txt", nearest, fmt="%d")
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(run: Path, repeats: int, gpu_compositing: bool = False,
            always_preview: bool = False) -> tuple[dict[str, list[float]], int]:
    """Return (the times of each measured step, one per repeat; the run's particle count)."""
    import uvicorn

    from tests.browser import chromium

    explorer = open_explorer(run)
    maps = MapMaker(explorer.run)

    def decode_times(rows: tuple[int, ...]) -> str:
        times = []
        for row in rows:
            started = time.perf_counter()
            maps.decode(f"python-{row}", explorer.z[row])
            times.append(time.perf_counter() - started)
        return ", ".join(f"{t:.2f} s" for t in times)

    print(f"decode alone at box {maps.box_size}: {decode_times((1, 2, 3))}")
    started = time.perf_counter()
    maps.warm()
    print(f"the z-independent first layer on the whole lattice, then one map timed: "
          f"{time.perf_counter() - started:.2f} s, "
          f"once; a full map expected in {maps.full_map_seconds:.2f} s")
    print(f"decode alone at box {maps.box_size}, first layer cached: {decode_times((4, 5, 6))} ({maps.precision.reason})")
    if maps.precision.bfloat16:  # the same in float32, for the ratio, and how far apart the two maps are
        exact = MapMaker(explorer.run, float32=True)
        exact.warm()
        times = []
        for row in (4, 5, 6):
            started = time.perf_counter()
            reference = exact.decode(f"float32-{row}", explorer.z[row]).volume
            times.append(time.perf_counter() - started)
        difference = np.linalg.norm(maps.decode("python-6", explorer.z[6]).volume - reference) / np.linalg.norm(reference)
        print(f"the same in float32: {', '.join(f'{t:.2f} s' for t in times)}; the bfloat16 map differs from it by "
              f"{100 * difference:.2f}% (relative L2), FSC ≥ {fsc(maps.cached('python-6').volume, reference)[1][1:-1].min():.5f}")
        del exact
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(explorer, maps), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    xy = explorer.embeddings["umap"]
    low, high = np.percentile(xy, [20, 80], axis=0)
    polygon = [[low[0], low[1]], [high[0], low[1]], [high[0], high[1]], [low[0], high[1]]]
    times: dict[str, list[float]] = {name: [] for name in TARGETS_S}
    try:
        for attempt in range(repeats):
            with chromium(Path(tempfile.mkdtemp()) / "profile", 1400, 900, webgl=True,
                          gpu_compositing=gpu_compositing) as driver:
                driver.set_script_timeout(300)
                driver.get(f"http://127.0.0.1:{port}/")
                ready = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "window.cryoscape.ready.then(() => {"
                    # reading a pixel back: the scatter drawn, not queued
                    "  document.getElementById('scatter').getContext('2d').getImageData(0, 0, 1, 1);"
                    "  done(performance.now()); }, e => done(String(e)));")
                times["first render"].append(float(ready) / 1000)
                lasso = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1]; const t0 = performance.now(); let known = 0;"
                    "window.cryoscape.lasso(arguments[0]);"
                    # two frames later the highlight is queued; reading a pixel back waits until it is drawn
                    "const drawn = () => requestAnimationFrame(() => requestAnimationFrame(() => {"
                    "  const queued = performance.now() - t0;"
                    "  document.getElementById('scatter').getContext('2d').getImageData(0, 0, 1, 1);"
                    "  done([known, performance.now() - t0, window.cryoscape.state.selected.length, queued]); }));"
                    "const check = () => window.cryoscape.state.selected.length"
                    "  ? (known = performance.now() - t0, drawn()) : setTimeout(check, 1);"
                    "check();", polygon)
                times["lasso: selection known"].append(lasso[0] / 1000)
                times["lasso: drawn"].append(lasso[1] / 1000)
                time.sleep(1.0)  # a user's next click comes a second after the highlighted selection is on screen
                if always_preview:
                    driver.execute_script("window.cryoscape.state.previewAboveSeconds = 0")
                shown = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "window.cryoscape.showMap(arguments[0]).then(done, e => done(String(e)));", 100 + attempt)
                if shown["preview"] is not None:  # the page asks for one only where the full map is slow
                    times["map (64³ preview)"].append(shown["preview"] / 1000)
                times["map (full 128³)"].append(shown["full"] / 1000)
                if attempt == 0:  # the other views, once (no target: the issue sets none)
                    for pane in ("latent3d-pane", "pairs-pane", "commands-pane"):
                        took = driver.execute_async_script(
                            "const done = arguments[arguments.length - 1]; const t0 = performance.now();"
                            "window.cryoscape.showPane(arguments[0]).then(() => requestAnimationFrame(() =>"
                            " done(performance.now() - t0)));", pane)
                        print(f"  {pane.replace('-pane', '')} view shown in {took / 1000:.2f} s")
                    driver.execute_script("window.cryoscape.showPane('scatter-wrap')")
                preview = "none" if shown["preview"] is None else f"{shown['preview'] / 1000:.2f} s"
                print(f"attempt {attempt + 1}: first render {ready / 1000:.2f} s, lasso known {lasso[0] / 1000:.3f} s, "
                      f"drawn {lasso[1] / 1000:.3f} s (queued {lasso[3] / 1000:.3f} s; {lasso[2]:,} selected), "
                      f"map preview {preview}, "
                      f"full {shown['full'] / 1000:.2f} s (server {shown['server'] / 1000:.2f} s)", flush=True)
    finally:
        server.should_exit = True
    return times, explorer.n_particles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--box", type=int, default=128)
    parser.add_argument("--fit-steps", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, help="folder for the synthetic run (default: a temporary one)")
    parser.add_argument("--always-preview", action="store_true",
                        help="show a 64³ preview before every full map (default: as the page does, only where "
                             "the server expects the full map to take longer than 0.9 s)")
    parser.add_argument("--gpu-compositing", action="store_true",
                        help="composite the page through SwiftShader too, as on a GPU (default: in software, as "
                             "Chromium does on a machine without a GPU)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp()) / "run"
    if not (out / "config.yaml").is_file():
        started = time.perf_counter()
        synthetic_run(out, args.n, args.box, args.fit_steps)
        print(f"synthetic run of {args.n:,} particles at box {args.box} written in {time.perf_counter() - started:.0f} s")
    times, n_particles = measure(out, args.repeats, args.gpu_compositing, args.always_preview)
    compositing = "through SwiftShader" if args.gpu_compositing else "in software"
    print(f"\n{n_particles:,} particles, box {args.box}, {torch.get_num_threads()} CPU threads, page composited "
          f"{compositing}; median of {args.repeats}:")
    for name, target in TARGETS_S.items():
        if not times[name]:
            print(f"  {name:24s}   none   (the server expected the full map within the page's "
                  f"{PREVIEW_ABOVE_S} s, so the page showed it alone; --always-preview to time previews)")
            continue
        value = float(np.median(times[name]))
        print(f"  {name:24s} {value:6.2f} s   target ≤ {target:.0f} s   {'met' if value <= target else 'NOT met'}")


if __name__ == "__main__":
    main()
