# Template cells of cryoscape_filtering.ipynb (WORKDIR, EPOCH, KMEANS and ANALYSIS come from the parameter cell).
# %%
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from cryoscape.analysis import (TrainingRun, clusters_mask, gmm_labels, latent_magnitude, polygon_mask,
                                save_selection, zscore_mask)
from cryoscape.data import open_particles

run = TrainingRun.open(WORKDIR, EPOCH)
z = run.latents()
table = pd.read_csv(Path(ANALYSIS) / "particles.csv")
ids = table["particle"].to_numpy()
x, y = ("UMAP1", "UMAP2") if "UMAP1" in table else ("PC1", "PC2")
xy = np.column_stack([table[x], table[y] if y in table else np.zeros(len(table))])


def show(mask, title):
    plt.figure(figsize=(5, 4.5))
    plt.scatter(*xy[~mask].T, s=1, color="tab:blue", label=f"kept {int((~mask).sum())}")
    plt.scatter(*xy[mask].T, s=1, color="tab:red", label=f"excluded {int(mask.sum())}")
    plt.legend(markerscale=5); plt.title(title); plt.xlabel(x); plt.ylabel(y); plt.show()
# %% [markdown]
# ## k-means clusters of analyze
# Look at the maps in `kmeans{KMEANS}/` first: clusters whose maps are noisy or weak hold junk.
# %%
labels = table[f"kmeans{KMEANS}"].to_numpy()
plt.figure(figsize=(5.5, 4.8))
plt.scatter(*xy.T, c=labels, s=1, cmap="tab20")
for k in range(KMEANS):
    if (labels == k).any():
        plt.annotate(str(k), np.median(xy[labels == k], axis=0), fontsize=9, weight="bold")
plt.xlabel(x); plt.ylabel(y); plt.show()
# %% [markdown]
# ## Filter by cluster
# List the k-means clusters to exclude, e.g. `exclude_kmeans = [11, 12, 13]`.
# %%
exclude_kmeans = []
kmeans_junk = clusters_mask(labels, exclude_kmeans, "k-means clusters")
show(kmeans_junk, "k-means selection")
# %% [markdown]
# ## Filter by GMM clusters
# Try G = 4–6 until the junk region is its own component(s); list those to exclude.
# %%
G = 4
gmm = gmm_labels(z, G)
plt.figure(figsize=(5.5, 4.8)); plt.scatter(*xy.T, c=gmm, s=1, cmap="tab10")
for g in range(G):
    if (gmm == g).any():
        plt.annotate(str(g), np.median(xy[gmm == g], axis=0), fontsize=10, weight="bold")
plt.show()
exclude_gmm = []
gmm_junk = clusters_mask(gmm, exclude_gmm, "GMM clusters")
# %% [markdown]
# ## Filter by latent magnitude (z-score)
# Particles whose latent lies more than `threshold` standard deviations further from the centre of the
# latent distribution than the mean (`centre="origin"` for the protocol's literal ‖z‖).
# %%
threshold = None  # e.g. 2 (the protocol's default); None: no z-score filtering
magnitude = latent_magnitude(z)
plt.hist((magnitude - magnitude.mean()) / magnitude.std(), bins=100)
plt.xlabel("z-score of latent magnitude")
if threshold is not None:
    plt.axvline(threshold, color="red")
plt.show()
zscore_junk = zscore_mask(z, threshold) if threshold is not None else np.zeros(len(z), bool)
if threshold is not None:
    show(zscore_junk, f"z-score > {threshold}")
# %% [markdown]
# ## Filter by a polygon on the embedding (lasso)
# With `%matplotlib widget` (ipympl) draw the lasso below; otherwise type the vertices into `polygon`.
# %%
polygon = None  # e.g. [(x1, y1), (x2, y2), (x3, y3), ...]
try:
    from matplotlib.widgets import LassoSelector
    if "ipympl" in plt.get_backend():
        fig, ax = plt.subplots(); ax.scatter(*xy.T, s=1)
        def on_select(vertices):
            global polygon
            polygon = vertices
        lasso = LassoSelector(ax, on_select)
        plt.show()
except ImportError:
    pass
polygon_junk = polygon_mask(xy, np.asarray(polygon)) if polygon is not None else np.zeros(len(z), bool)
# %% [markdown]
# ## Choose the selection and look at the particles
# %%
excluded = kmeans_junk | gmm_junk | zscore_junk | polygon_junk
print(f"excluded {int(excluded.sum())} of {len(z)}; overlap k-means/GMM/z-score: "
      f"{int((kmeans_junk & gmm_junk).sum())}/{int((kmeans_junk & zscore_junk).sum())}/{int((gmm_junk & zscore_junk).sum())}")
stack = open_particles(run.config.data.particles, datadir=run.config.data.datadir)
rng = np.random.default_rng(0)
for name, mask in (("kept", ~excluded), ("excluded", excluded)):
    rows = np.flatnonzero(mask)
    if rows.size:
        show_rows = np.sort(rng.choice(rows, min(8, rows.size), replace=False))
        images = stack.images(ids[show_rows])
        fig, axes = plt.subplots(1, len(images), figsize=(1.6 * len(images), 1.8), squeeze=False)
        for ax, image in zip(axes[0], images):
            ax.imshow(image, cmap="gray"); ax.axis("off")
        fig.suptitle(name); plt.show()
# %% [markdown]
# ## Save the selection
# Writes `ind_keep.N_particles.pkl` and `ind_bad.M_particles.pkl` into the training folder (indices of the
# original stack), ready for `train_vae --ind` and `write_starfile --ind`.
# %%
keep_path, bad_path = save_selection(WORKDIR, excluded, ids)
print(keep_path, bad_path)
