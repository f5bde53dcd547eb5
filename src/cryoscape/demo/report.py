"""report.html: one self-contained page (images embedded as data URIs) with the demo's figures and scores."""

from __future__ import annotations

import base64
import html
import shlex
from pathlib import Path

import numpy as np
import pandas as pd

from cryoscape.plotting import demo as figures
from cryoscape.io import atomic_path, load_pkl
from cryoscape.occupancy import map_label

TARGETS = {"junk_recall": 0.9, "ari": 0.8}
STYLE = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1150px;color:#222;line-height:1.45}
h1{margin-bottom:0}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
pre.command{background:#f3f5f7;border:1px solid #ddd;padding:.6em;overflow:auto}
table{border-collapse:collapse;margin:.8em 0}td,th{border:1px solid #ccc;padding:.3em .7em;text-align:right}
th{background:#f3f3f3}td.l,th.l{text-align:left}.pass{background:#e3f4e5}.fail{background:#fbe4e4}
img{max-width:100%;border:1px solid #eee;margin:.4em 0}.grid{display:grid;grid-template-columns:1fr 1fr;gap:.6em}
.note{color:#666;font-size:.92em}
"""


def _img(data: bytes, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(data).decode()}">'


def _img_file(path: Path) -> str:
    return _img(path.read_bytes(), path.stem.replace("_", " ")) if path.is_file() else ""


def _row(cells: list, klass: str = "") -> str:
    tds = "".join(f'<td class="l">{html.escape(str(c))}</td>' if i == 0 else f"<td>{html.escape(str(c))}</td>"
                  for i, c in enumerate(cells))
    return f'<tr class="{klass}">{tds}</tr>'


def _judge(ok: bool | None) -> str:
    return "" if ok is None else ("pass" if ok else "fail")


def score_table(summary: dict) -> str:
    f, o, d = summary["filtering"], summary["occupancy"], summary["data"]
    rows = [
        ("junk recall (removed junk / all junk)", f"{f['junk_recall']:.3f}", "≥ 0.9",
         f["junk_recall"] >= TARGETS["junk_recall"]),
        ("good particles lost", f"{f['good_lost']:.3f}", "small", None),
        ("occupancy classes vs true states (ARI)", f"{o['ari']:.3f}", "≥ 0.8", o["ari"] >= TARGETS["ari"]),
        ("rare state (1%) recovered as its own class", "yes" if o["rare_recovered"] else "no",
         "precision and recall ≥ 0.5", o["rare_recovered"]),
        ("latent 10-NN state purity (second run)", f"{summary['maps']['latent_purity_10nn']:.3f}", "", None),
        (".star vs .cs poses, largest difference", f"{d['star_vs_cs']['rotation_max_diff']:.2e}", "≈ 0", None),
        ("back-projection vs mature state, FSC=0.5",
         f"{d['backprojection_vs_mature']['fsc05_angstrom']:.1f} Å", "", None),
    ]
    body = "".join(_row([name, value, target], _judge(ok)) for name, value, target, ok in rows)
    states = "".join(_row([name, s["particles"], f"{s['fsc05_angstrom']:.1f} Å", f"{s['mean_fsc']:.3f}"])
                     for name, s in summary["maps"]["per_state"].items())
    return (f'<table><tr><th class="l">step / measure</th><th>value</th><th>target</th></tr>{body}</table>'
            '<h3>Decoded maps against the true maps (map at each state\'s median latent)</h3>'
            '<table><tr><th class="l">state</th><th>particles</th><th>FSC=0.5</th><th>mean FSC</th></tr>'
            f"{states}</table>")


def composition_table(summary: dict) -> str:
    comp = pd.DataFrame(summary["occupancy"]["composition"]).T.fillna(0).astype(int)
    header = "".join(f"<th>{html.escape(c)}</th>" for c in comp.columns)
    body = "".join(_row([f"class {k}", *row.tolist()]) for k, row in comp.iterrows())
    return f'<table><tr><th class="l">occupancy class</th>{header}</tr>{body}</table>'


def _timings(summary: dict) -> str:
    rows = "".join(_row([step, f"{seconds:.1f} s"]) for step, seconds in summary["seconds_per_step"].items())
    return f'<table><tr><th class="l">step</th><th>time</th></tr>{rows}</table>'


def _figures(out: Path, summary: dict, truth) -> dict[str, str]:
    size = summary["size"]
    low_analysis = out / "train_low" / f"analyze.{size['low_epochs'] - 1}"
    high_analysis = out / "train_high" / f"analyze.{size['high_epochs'] - 1}"
    low_ids = np.arange(len(np.asarray(load_pkl(low_analysis / "umap.pkl"))))
    bad = np.asarray(load_pkl(next((out / "filter").glob("ind_bad.*_particles.pkl"))))
    high_table = pd.read_csv(high_analysis / "particles.csv")
    kmeans = high_table[f"kmeans{size['ksample']}"].to_numpy()
    classes = pd.read_csv(out / "occupancy" / "clusters" / "classes.csv", dtype={"map": str})
    of_map = dict(zip(classes["map"], classes["class"]))
    voldir = high_analysis / f"kmeans{size['ksample']}"
    map_class = {p.stem: int(of_map[map_label(p)]) for p in voldir.glob("*.mrc") if map_label(p) in of_map}
    convergence = sorted((out / "train_low" / f"convergence.{size['low_epochs'] - 1}").rglob("*.png"))
    return {
        "learning": _img_file(high_analysis / f"learning_curve_epoch{size['high_epochs'] - 1}.png"),
        "convergence": "".join(_img_file(p) for p in convergence),
        "filtering": _img(figures.filtering_result(low_analysis, truth.is_junk(low_ids), np.isin(low_ids, bad)),
                          "filtering result"),
        "latent": _img(figures.latent_by_truth(high_analysis, truth.true_class(high_table["particle"].to_numpy()),
                                               kmeans), "latent by k-means and by true state"),
        "maps": _img(figures.kmeans_map_gallery(voldir, map_class), "k-means maps"),
        "occupancy": _img_file(out / "occupancy" / "clusters" / "clustermap.png"),
    }


def dashboard_command(out: Path) -> str:
    """Return the command that opens the demo's second training, with its occupancy classes, in the dashboard."""
    return (f"cryoscape dashboard {shlex.quote(str(out / 'train_high'))} "
            f"--occupancy {shlex.quote(str(out / 'occupancy'))}")


def write_report(out: Path, summary: dict, truth) -> Path:
    """Write ``out/report.html`` and return its path."""
    fig = _figures(out, summary, truth)
    size = summary["size"]
    conv = summary.get("convergence", {})
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>cryoscape demo report</title>
<style>{STYLE}</style></head><body>
<h1>cryoscape demo</h1>
<p class="note">{size['particles']} simulated particles of the built-in assembly (five states, one at 1%, a hinged
stalk, 10% junk), box {size['box_px']} at {size['apix']} Å/px, SNR {size['snr']}; seed {summary['seed']}.
Every step below ran a real cryoscape command; the scores compare each result with the simulation's ground truth.</p>
<h2>Score card</h2>{score_table(summary)}
<h2>Explore these results</h2>
<p>Open the particles, maps, trajectories, occupancy classes and convergence plots of this run in the browser:</p>
<pre class="command">{html.escape(dashboard_command(out))}</pre>
<h2>1. Training and convergence</h2>
<p>Learning curve of the second training (kept particles), then the Box 1 convergence checks of the first training.
Verdict: {html.escape(str(conv.get('verdict', 'not computed')))}</p>
{fig['learning']}<div class="grid">{fig['convergence']}</div>
<h2>2. Junk filtering</h2>
<p>Particles whose latent lies far from the rest (z-score of the latent magnitude) were removed:
{summary['filtering']['removed']} of {summary['filtering']['particles']}, of which junk
{summary['filtering']['junk']} in truth.</p>{fig['filtering']}
<h2>3. Latent space of the kept particles</h2>{fig['latent']}
<h2>4. k-means maps</h2><p>Projections of the maps decoded at the k-means centres, with their occupancy class.</p>
{fig['maps']}
<h2>5. Subunit occupancy</h2><p>Occupancy of each chain (columns) in each k-means map (rows), clustered into
classes; below, the true states of each class's particles.</p>{fig['occupancy']}{composition_table(summary)}
<h2>Time per step</h2>{_timings(summary)}
</body></html>"""
    path = out / "report.html"
    with atomic_path(path) as tmp:
        Path(tmp).write_text(page, encoding="utf-8")
    return path
