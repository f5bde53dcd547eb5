"""Trajectories drawn in the browser: a path through anchor particles, its maps, saved in the run folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cryoscape.analysis import graph_traversal, straight_path
from cryoscape.dashboard.explorer import Explorer
from cryoscape.dashboard.maps import MapMaker
from cryoscape.dashboard.paths import safe_name
from cryoscape.errors import InputError
from cryoscape.io import staged_folder, write_mrc

KINDS = ("graph", "straight")
MAX_FRAMES = 200


@dataclass(frozen=True)
class TrajectoryRequest:
    """Anchors are particle rows; ``kind`` graph (through real particles) or straight (in latent space)."""

    name: str
    anchors: tuple[int, ...]
    kind: str = "graph"
    points_per_segment: int = 10
    box: int | None = None

    @classmethod
    def from_json(cls, spec: dict, n_particles: int) -> "TrajectoryRequest":
        anchors = tuple(int(a) for a in spec.get("anchors", []))
        if len(anchors) < 2 or not all(0 <= a < n_particles for a in anchors):
            raise InputError(f"a trajectory needs at least two anchor rows in 0…{n_particles - 1}, got {list(anchors)}")
        kind = spec.get("kind", "graph")
        if kind not in KINDS:
            raise InputError(f"trajectory kind {kind!r}: choose graph or straight")
        points = int(spec.get("points", 10))
        if not 1 <= points <= MAX_FRAMES:
            raise InputError(f"{points} points per segment: choose 1…{MAX_FRAMES}")
        return cls(safe_name(str(spec.get("name", "")), "trajectory name"), anchors, kind, points,
                   int(spec["box"]) if spec.get("box") else None)


def trajectory_latents(explorer: Explorer, request: TrajectoryRequest) -> tuple[np.ndarray, np.ndarray | None]:
    """Return (latents along the path (M, zdim), particle rows along it (M,) for a graph path, else None)."""
    if request.kind == "graph":
        rows, _ = graph_traversal(explorer.z, list(request.anchors))
        return explorer.z[rows], rows
    return straight_path(explorer.z[list(request.anchors)], request.points_per_segment), None


def make_trajectory(explorer: Explorer, maps: MapMaker, request: TrajectoryRequest, outdir: Path) -> dict:
    """Compute the path, write ``outdir/NAME/`` (z_path.txt, rows.txt for a graph path, vol_000.mrc…),
    decode its frames into the map cache, and return their description for the page."""
    folder = outdir / request.name
    if folder.exists():
        raise InputError(f"a trajectory named {request.name!r} exists already ({folder}); choose another name")
    latents, rows = trajectory_latents(explorer, request)
    if len(latents) > MAX_FRAMES:
        raise InputError(f"the path has {len(latents)} points, more than {MAX_FRAMES}; choose closer anchors or "
                         "fewer points per segment")
    box = request.box or maps.box_size
    frames = maps.decode_many([f"{request.name}-{i}-{box}" for i in range(len(latents))], latents, box)
    with staged_folder(folder) as staging:  # the folder appears whole, or not at all
        for i, frame in enumerate(frames):
            write_mrc(staging / f"vol_{i:03d}.mrc", frame.volume, frame.apix, is_stack=False)
        np.savetxt(staging / "z_path.txt", latents, fmt="%.6f")
        if rows is not None:
            np.savetxt(staging / "rows.txt", rows, fmt="%d")
            np.savetxt(staging / "particles.txt", explorer.particle_ids[rows], fmt="%d")
    return {"name": request.name, "folder": str(folder), "rows": None if rows is None else rows.tolist(),
            "frames": [{"key": f.key, "level": f.level, "min": float(f.volume.min()), "max": float(f.volume.max()),
                        "box": box, "apix": f.apix} for f in frames]}
