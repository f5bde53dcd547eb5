"""The dashboard's web application: JSON and binary routes over the explorer, the map maker and selections.

Starlette (ASGI) serves it under uvicorn. Large arrays travel as raw little-endian typed arrays (a
million points' coordinates are 8 MB, parsed by the browser without JSON), everything else as JSON.
Every path the browser names is resolved inside the run folder (:mod:`cryoscape.dashboard.paths`);
every file the dashboard writes goes under ``WORKDIR/dashboard/``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import threading
import time
from pathlib import Path

import numpy as np
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from cryoscape.analysis import save_selection, shortest_tour
from cryoscape.dashboard.explorer import CATEGORY, Explorer
from cryoscape.dashboard.exports import write_subsets
from cryoscape.dashboard.gallery import gallery_maps, projections_png
from cryoscape.dashboard.maps import DecodedMap, MapMaker, isosurface
from cryoscape.dashboard.montage import montage_png
from cryoscape.dashboard.paths import OutsideRootError, inside, safe_name
from cryoscape.dashboard.results import LandscapeView, OccupancyView, convergence_plots, landscape_for
from cryoscape.dashboard.trajectory import TrajectoryRequest, make_trajectory
from cryoscape.errors import CryoscapeError, InputError, Superseded
from cryoscape.io import staged_folder
from cryoscape.plotting import pair_grid_png

STATIC = Path(__file__).parent / "static"
TOKEN_COOKIE = "cryoscape_token"
MAX_SELECTION_BYTES = 4 * 50_000_000  # 50 million particle rows


def binary(array: np.ndarray, **headers: str) -> Response:
    return Response(np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<"), copy=False).tobytes(),
                    media_type="application/octet-stream", headers=headers)


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class TokenGate(BaseHTTPMiddleware):
    """Refuses every request that does not carry the token (query ``token=``, cookie or X-Cryoscape-Token)."""

    def __init__(self, app, token: str):
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next):
        given = (request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)
                 or request.headers.get("x-cryoscape-token") or "")
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return error(403, "this dashboard needs the token printed when it started: open the URL it printed")
        response = await call_next(request)
        response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
        return response


class Dashboard:
    """The routes, over one explorer and its map maker."""

    def __init__(self, explorer: Explorer, maps: MapMaker, occupancy: OccupancyView | None = None,
                 exports: dict[str, Path] | None = None, commands: list[dict] | None = None):
        self.explorer, self.maps, self.occupancy = explorer, maps, occupancy
        self.exports = exports or {}
        self.commands = commands or []
        self.root = explorer.run.workdir.resolve()
        self.outdir = self.root / "dashboard"
        self._pair_grids: dict[tuple[str, str], bytes] = {}
        self._gallery = gallery_maps(explorer.analysis_dir)
        self.landscape: LandscapeView | None = None
        self._find_landscape()

    # ------------------------------------------------------------------ explorer
    def summary(self, request: Request) -> JSONResponse:
        return JSONResponse({**self.explorer.summary(), "full_map_seconds": self.maps.full_map_seconds})

    def view(self, request: Request) -> Response:
        return binary(self.explorer.embedding(request.path_params["name"]).astype(np.float32))

    def quantity(self, request: Request) -> Response:
        return binary(self.explorer.quantity(request.query_params.get("name", "")).values.astype(np.float32))

    def columns(self, request: Request) -> Response:
        """Binary float32 (N, 3) row-major: three dimensions (``dims``, 0-based) of a space, for the 3D view."""
        columns, names = self.explorer.space(request.query_params.get("space", "pca"))
        dims = [int(d) for d in request.query_params.get("dims", "0,1,2").split(",")]
        if len(dims) != 3 or not all(0 <= d < columns.shape[1] for d in dims):
            raise InputError(f"dims must be three of 0…{columns.shape[1] - 1} ({', '.join(names)})")
        return binary(np.ascontiguousarray(columns[:, dims], np.float32))

    def pair_grid(self, request: Request) -> Response:
        """PNG: every pair of dimensions of a space, optionally coloured by a quantity (cached per choice)."""
        space, colour = request.query_params.get("space", "z"), request.query_params.get("colour", "")
        key = (space, colour)
        if key not in self._pair_grids:
            columns, names = self.explorer.space(space)
            quantity = self.explorer.quantity(colour) if colour else None
            self._pair_grids[key] = pair_grid_png(
                columns, names, None if quantity is None else quantity.values,
                quantity.categories if quantity and quantity.kind == CATEGORY else (), colour)
        return Response(self._pair_grids[key], media_type="image/png")

    def gallery(self, request: Request) -> JSONResponse:
        """The k-means maps analyze wrote: for each K, the centre rows (−1 where a centre is not a particle of the run)."""
        return JSONResponse({str(k): {"count": len(maps), "rows": self.explorer.kmeans.get(k, (None, np.zeros(0)))[1]
                                      .tolist()} for k, maps in self._gallery.items()})

    def gallery_image(self, request: Request) -> Response:
        k, cluster = request.path_params["k"], request.path_params["cluster"]
        maps = self._gallery.get(k, [])
        if not 0 <= cluster < len(maps):
            raise InputError(f"no k-means map {cluster} for K={k}; K with maps: {', '.join(map(str, self._gallery))}")
        return Response(projections_png(maps[cluster]), media_type="image/png",
                        headers={"Cache-Control": "max-age=3600"})

    def kmeans_tour(self, request: Request) -> JSONResponse:
        """The particle rows of the k-means centres of ``k`` in the order of a short path through all of them."""
        k = int(request.query_params.get("k", max(self.explorer.kmeans, default=0)))
        if k not in self.explorer.kmeans:
            raise InputError(f"no k-means {k}; analyze ran with K = {', '.join(map(str, self.explorer.kmeans))}")
        rows = np.array([r for r in self.explorer.kmeans[k][1] if r >= 0], np.int64)
        return JSONResponse({"k": k, "rows": rows[shortest_tour(self.explorer.z[rows])].tolist()})

    def command_list(self, request: Request) -> JSONResponse:
        """The command builder's data: every command's arguments, and this run's values to fill in."""
        return JSONResponse({"commands": self.commands, "values": self.explorer.run_values()})

    def _rows(self, request: Request) -> np.ndarray:
        """Return the particle rows (uint32, little-endian) the request's body holds, checked against N."""
        body = request.state.body
        if len(body) % 4 or len(body) > MAX_SELECTION_BYTES:
            raise InputError("a selection is sent as a list of uint32 particle rows")
        rows = np.frombuffer(body, "<u4").astype(np.int64)
        n = self.explorer.n_particles
        if rows.size == 0 or rows.max() >= n:
            raise InputError(f"the selection must hold between 1 and {n} rows in 0…{n - 1}")
        return rows

    def save(self, request: Request) -> JSONResponse:
        """Body: the selected rows as uint32; query: ``name`` and ``mode`` (keep: the selection is kept; bad: excluded)."""
        name = safe_name(request.query_params.get("name", ""), "selection name")
        mode = request.query_params.get("mode", "keep")
        if mode not in ("keep", "bad"):
            raise InputError(f"mode {mode!r}: choose keep (the selection is kept) or bad (it is excluded)")
        rows, n = self._rows(request), self.explorer.n_particles
        folder = self.outdir / "selections" / name
        if folder.exists():
            raise InputError(f"a selection named {name!r} exists already ({folder}); choose another name")
        selected = np.zeros(n, bool)
        selected[rows] = True
        excluded = ~selected if mode == "keep" else selected
        with staged_folder(folder) as staging:  # the selection's files appear together, or not at all
            save_selection(staging, excluded, self.explorer.particle_ids)
            subsets = write_subsets(staging, self.explorer.run.stack_rows(self.explorer.particle_ids[~excluded]),
                                    self.exports)
        keep = next(folder.glob("ind_keep.*_particles.pkl"))
        bad = next(folder.glob("ind_bad.*_particles.pkl"))
        return JSONResponse({"keep": str(keep.relative_to(self.root)), "bad": str(bad.relative_to(self.root)),
                             "subsets": [str((folder / p.name).relative_to(self.root)) for p in subsets],
                             "selected": int(selected.sum())})

    def montage(self, request: Request) -> Response:
        """Body: selected rows (uint32); answer: a PNG of up to 24 of their images, drawn at random."""
        data = self.explorer.run.config.data
        rows = self.explorer.run.stack_rows(self.explorer.particle_ids[self._rows(request)], first_tilt_only=True)
        png = montage_png(data.particles, data.datadir, rows,
                          min(max(int(request.query_params.get("count", 24)), 1), 100))
        return Response(png, media_type="image/png")

    # ------------------------------------------------------------------ maps
    def make_map(self, request: Request) -> JSONResponse:
        """Body JSON: ``{"row": i}`` (the map at particle row i's latent), ``{"z": [...]}``, optional ``box``;
        or ``{"landscape_state": s}``: that state's mean map from analyze_landscape, at its own box."""
        spec = self._json(request)
        box = int(spec["box"]) if spec.get("box") else None
        if "landscape_state" in spec:
            return JSONResponse({**self._describe(self._landscape_map(int(spec["landscape_state"]))),
                                 "server_seconds": 0.0})
        if "row" in spec:
            row = int(spec["row"])
            if not 0 <= row < self.explorer.n_particles:
                raise InputError(f"row {row} outside 0…{self.explorer.n_particles - 1}")
            z, key = self.explorer.z[row], f"row{row}"
        else:
            z = np.asarray(spec.get("z", []), np.float32)
            key = "z" + hashlib.sha1(z.tobytes()).hexdigest()[:12]
        started = time.perf_counter()
        try:
            decoded = self.maps.decode(f"{key}-{box or self.maps.box_size}", z, box, supersede=True)
        except Superseded:
            return error(409, "a newer map request replaced this one")
        return JSONResponse({**self._describe(decoded), "server_seconds": round(time.perf_counter() - started, 3),
                             "full_map_seconds": self.maps.full_map_seconds})

    @staticmethod
    def _json(request: Request) -> dict:
        try:
            spec = json.loads(request.state.body or b"{}")
        except json.JSONDecodeError as exc:
            raise InputError(f"the request body is not JSON ({exc})") from None
        if not isinstance(spec, dict):
            raise InputError("the request body must be a JSON object")
        return spec

    def _describe(self, decoded: DecodedMap) -> dict:
        return {"key": decoded.key, "box": decoded.volume.shape[0], "apix": decoded.apix, "level": decoded.level,
                "min": float(decoded.volume.min()), "max": float(decoded.volume.max()), "z": decoded.z.tolist()}

    def _cached(self, request: Request) -> DecodedMap:
        key = request.path_params["key"]
        try:
            return self.maps.cached(key)
        except KeyError:
            raise InputError(f"map {key!r} is not in the cache any more; request it again") from None

    def mesh(self, request: Request) -> Response:
        """Binary: vertex count, triangle count (uint32 each), vertices (float32 x,y,z in Å), triangles (uint32)."""
        decoded = self._cached(request)
        level = float(request.query_params.get("level", decoded.level))
        vertices, faces = isosurface(decoded.volume, level, decoded.apix)
        header = struct.pack("<II", len(vertices), len(faces))
        return Response(header + vertices.astype("<f4").tobytes() + faces.astype("<u4").tobytes(),
                        media_type="application/octet-stream")

    def voxels(self, request: Request) -> Response:
        data, lo, hi = self._cached(request).quantized()
        return Response(data, media_type="application/octet-stream",
                        headers={"X-Value-Min": f"{lo:.7g}", "X-Value-Max": f"{hi:.7g}"})

    def download(self, request: Request) -> Response:
        decoded = self._cached(request)
        path = self.maps.write_mrc(decoded, self.outdir / "maps" / f"{safe_name(decoded.key, 'map')}.mrc")
        return FileResponse(path, filename=path.name, media_type="application/octet-stream")

    def trajectory(self, request: Request) -> JSONResponse:
        """Body JSON: name, anchors (particle rows), kind (graph/straight), points (per segment), box."""
        spec = self._json(request)
        made = make_trajectory(self.explorer, self.maps, TrajectoryRequest.from_json(spec, self.explorer.n_particles),
                               self.outdir / "trajectories")
        made["folder"] = str(Path(made["folder"]).relative_to(self.root))
        return JSONResponse(made)

    # ------------------------------------------------------------------ occupancy and convergence
    def occupancy_summary(self, request: Request) -> JSONResponse:
        if self.occupancy is None:
            return JSONResponse({"available": False})
        return JSONResponse({"available": True, **self.occupancy.describe()})

    def _occupancy(self) -> OccupancyView:
        if self.occupancy is None:
            raise InputError("no occupancy analysis is shown: start the dashboard with --occupancy DIR")
        return self.occupancy

    def occupancy_heatmap(self, request: Request) -> Response:
        return FileResponse(self._occupancy().folder / "clusters" / "clustermap.png", media_type="image/png")

    def occupancy_class(self, request: Request) -> Response:
        label = int(request.path_params["label"])
        rows = self._occupancy().class_rows.get(label)
        if rows is None:
            raise InputError(f"no occupancy class {label}")
        return binary(rows.astype(np.uint32))

    def _find_landscape(self) -> LandscapeView | None:
        """The epoch's landscape analysis, looked for again until found (it may be run while the page is open);
        once found, its states are also a quantity to colour by (listed from the next page load)."""
        if self.landscape is None:
            self.landscape = landscape_for(self.explorer)
            if self.landscape is not None:
                self.explorer.quantities["landscape state"] = self.landscape.quantity()
        return self.landscape

    def landscape_summary(self, request: Request) -> JSONResponse:
        if self._find_landscape() is None:
            return JSONResponse({"available": False})
        return JSONResponse({"available": True, **self.landscape.describe(self.root)})

    def _landscape_rows(self, state: int) -> np.ndarray:
        if self._find_landscape() is None:
            raise InputError(f"no landscape analysis for this epoch: run 'cryoscape analyze_landscape {self.root} "
                             f"{self.explorer.run.epoch}' (the page finds it, no restart needed)")
        return self.landscape.rows(state)

    def landscape_state(self, request: Request) -> Response:
        return binary(self._landscape_rows(int(request.path_params["state"])).astype(np.uint32))

    def _landscape_map(self, state: int) -> DecodedMap:
        rows = self._landscape_rows(state)
        volume, apix = self.landscape.mean_map(state)
        return self.maps.keep_volume(f"landscape{state}", np.median(self.explorer.z[rows], axis=0), volume, apix)

    def convergence(self, request: Request) -> JSONResponse:
        return JSONResponse({"plots": convergence_plots(self.root)})

    # ------------------------------------------------------------------ files of the run
    def file(self, request: Request) -> Response:
        """Serve a file of the run folder (plots, tables); nothing outside it."""
        path = inside(self.root, request.path_params["path"])
        if not path.is_file():
            return error(404, f"{request.path_params['path']} is not a file of the run folder")
        return FileResponse(path)

    def index(self, request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html")


def _guarded(handler):
    """Run ``handler`` in a worker thread (decoding and meshing must not block the server), turning the
    project's errors into JSON answers: 403 for a path outside the run folder, 400 for bad input."""
    async def call(request: Request) -> Response:
        try:
            if request.method == "POST":
                request.state.body = await request.body()
            return await run_in_threadpool(handler, request)
        except OutsideRootError as exc:
            return error(403, str(exc))
        except (CryoscapeError, ValueError, KeyError, TypeError) as exc:
            return error(400, str(exc))
    return call


def create_app(explorer: Explorer, maps: MapMaker, token: str | None = None,
               occupancy: OccupancyView | None = None, exports: dict[str, Path] | None = None,
               commands: list[dict] | None = None) -> Starlette:
    """Return the ASGI application; with ``token``, every request must carry it. ``exports``: the .star/.cs
    files each saved selection is also written as a subset of (see :mod:`cryoscape.dashboard.exports`);
    ``commands``: the command builder's list (:func:`cryoscape.commands.describe.describe_commands`)."""
    board = Dashboard(explorer, maps, occupancy, exports, commands)
    threading.Thread(target=maps.warm, daemon=True, name="lattice input").start()  # the first map is faster
    routes = [
        Route("/", board.index),
        Route("/api/summary", _guarded(board.summary)),
        Route("/api/view/{name}", _guarded(board.view)),
        Route("/api/quantity", _guarded(board.quantity)),
        Route("/api/columns", _guarded(board.columns)),
        Route("/api/pairgrid", _guarded(board.pair_grid)),
        Route("/api/commands", _guarded(board.command_list)),
        Route("/api/gallery", _guarded(board.gallery)),
        Route("/api/tour", _guarded(board.kmeans_tour)),
        Route("/api/gallery/{k:int}/{cluster:int}.png", _guarded(board.gallery_image)),
        Route("/api/selection", _guarded(board.save), methods=["POST"]),
        Route("/api/montage", _guarded(board.montage), methods=["POST"]),
        Route("/api/map", _guarded(board.make_map), methods=["POST"]),
        Route("/api/trajectory", _guarded(board.trajectory), methods=["POST"]),
        Route("/api/map/{key}/mesh", _guarded(board.mesh)),
        Route("/api/map/{key}/voxels", _guarded(board.voxels)),
        Route("/api/map/{key}/mrc", _guarded(board.download)),
        Route("/api/occupancy", _guarded(board.occupancy_summary)),
        Route("/api/occupancy/heatmap", _guarded(board.occupancy_heatmap)),
        Route("/api/occupancy/class/{label:int}", _guarded(board.occupancy_class)),
        Route("/api/landscape", _guarded(board.landscape_summary)),
        Route("/api/landscape/state/{state:int}", _guarded(board.landscape_state)),
        Route("/api/convergence", _guarded(board.convergence)),
        Route("/api/file/{path:path}", _guarded(board.file)),
        Mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static"),
    ]
    middleware = [Middleware(TokenGate, token=token)] if token else []
    return Starlette(routes=routes, middleware=middleware)
