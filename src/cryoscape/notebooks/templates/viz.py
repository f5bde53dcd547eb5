# Template cells of cryoscape_viz.ipynb (WORKDIR, EPOCH, KMEANS and ANALYSIS come from the parameter cell).
# %%
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from scipy.spatial.transform import Rotation

from cryoscape.analysis import (TrainingRun, VolumeOptions, learning_curve, nearest_on_data, run_kmeans,
                                volume_series)
from cryoscape.data import load_ctf, load_poses
from cryoscape.io import save_pkl
from cryoscape.models import load_trained_model

run = TrainingRun.open(WORKDIR, EPOCH)
z = run.latents()
table = pd.read_csv(Path(ANALYSIS) / "particles.csv")
ids = table["particle"].to_numpy()
print(f"{len(z)} particles, zdim {z.shape[1]}")
# %% [markdown]
# ## Learning curve
# %%
curve = learning_curve(WORKDIR)
if len(curve):
    plt.plot(curve["epoch"], curve["loss"], marker="o")
    plt.axvline(EPOCH, color="red", ls="--")
    plt.xlabel("epoch"); plt.ylabel("loss"); plt.show()
# %% [markdown]
# ## Embeddings: PCA and UMAP
# %%
embeddings = [("PC1", "PC2")] + ([("UMAP1", "UMAP2")] if "UMAP1" in table else [])
fig, axes = plt.subplots(1, len(embeddings), figsize=(5 * len(embeddings), 4.5), squeeze=False)
for ax, (x, y) in zip(axes[0], embeddings):
    ax.hexbin(table[x], table[y] if y in table else 0 * table[x], gridsize=50, bins="log", cmap="Blues", mincnt=1)
    ax.set_xlabel(x); ax.set_ylabel(y)
plt.show()
# %% [markdown]
# ## Imaging parameters and poses on the latent space
# Structure in these plots means the latent also encodes something other than the structure (a pose, a
# defocus): check before interpreting a cluster.
# %%
poses = load_poses(run.config.data.poses).select(ids)
rotations, translations = poses.rotations, poses.translations_box
euler = Rotation.from_matrix(np.transpose(rotations, (0, 2, 1))).as_euler("ZYZ", degrees=True)
imaging = {"rot (°)": euler[:, 0], "tilt (°)": euler[:, 1], "psi (°)": euler[:, 2],
           "shift x (box fraction)": translations[:, 0], "shift y (box fraction)": translations[:, 1]}
if run.config.data.ctf:
    ctf = load_ctf(run.config.data.ctf).select(ids)
    imaging.update({"defocus U (Å)": ctf.defocus_u_angstrom, "defocus V (Å)": ctf.defocus_v_angstrom,
                    "astigmatism angle (°)": ctf.defocus_angle_deg})
x, y = embeddings[-1]
fig, axes = plt.subplots(2, (len(imaging) + 1) // 2, figsize=(4 * ((len(imaging) + 1) // 2), 7))
for ax, (name, values) in zip(axes.ravel(), imaging.items()):
    points = ax.scatter(table[x], table[y] if y in table else 0 * table[x], c=values, s=1, cmap="viridis")
    fig.colorbar(points, ax=ax); ax.set_title(name, fontsize=9)
plt.tight_layout(); plt.show()
# %% [markdown]
# ## Pose distribution
# %%
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
axes[0].hexbin(euler[:, 0], euler[:, 1], gridsize=40, cmap="Blues", mincnt=1)
axes[0].set_xlabel("rot (°)"); axes[0].set_ylabel("tilt (°)"); axes[0].set_title("viewing directions")
axes[1].hist2d(translations[:, 0], translations[:, 1], bins=40, cmap="Blues")
axes[1].set_xlabel("shift x"); axes[1].set_ylabel("shift y"); axes[1].set_title("translations")
plt.show()
# %% [markdown]
# ## The k-means partition of analyze, with its on-data centres
# %%
labels = table[f"kmeans{KMEANS}"].to_numpy()
centres_row = nearest_on_data(z, np.loadtxt(Path(ANALYSIS) / f"kmeans{KMEANS}" / "centers.txt", ndmin=2))
plt.figure(figsize=(5.5, 4.8))
plt.scatter(table[x], table[y] if y in table else 0 * table[x], c=labels, s=1, cmap="tab20")
for i, row in enumerate(centres_row):
    plt.annotate(str(i), (table[x][row], table[y][row] if y in table else 0), fontsize=8)
plt.xlabel(x); plt.ylabel(y); plt.show()
# %% [markdown]
# ## k-means with any K (the protocol uses K = 500 for occupancy analysis, step 24)
# Restrict `rows` to exclude outliers first if needed, e.g. `rows = np.flatnonzero(table["UMAP1"] < 10)`.
# The table (`kmeans{K}_df.csv`: particle, embedding, cluster) and the on-data centre particles
# (`kmeans{K}_centers_ind.pkl`, a plain index array) are saved next to this notebook.
# %%
K = KMEANS
rows = np.arange(len(z))
sub_labels, sub_centres = run_kmeans(z[rows], K)
centres_ind = rows[nearest_on_data(z[rows], sub_centres)]
sub = table.iloc[rows].copy()
sub[f"Kmeans{K}"] = sub_labels
sub.to_csv(Path(ANALYSIS) / f"kmeans{K}_df.csv", index=False)
save_pkl(ids[centres_ind], Path(ANALYSIS) / f"kmeans{K}_centers_ind.pkl")
print(f"K={K}: cluster sizes {np.bincount(sub_labels).min()}..{np.bincount(sub_labels).max()}")
# %% [markdown]
# ## Generate maps at chosen particles
# `vol_rows` are rows of z (e.g. `centres_ind` above for one map per k-means centre). Set `Apix`
# (after downsampling) and `flip` as in the protocol's steps 9 and 25.
# %%
vol_rows = centres_ind[:2]
Apix = None  # Å/px of the maps; None = from the training run
flip = False
model, config = load_trained_model(run.weights_path, run.config_path)
written = volume_series(model, config, z[vol_rows], Path(ANALYSIS) / "notebook_volumes",
                        VolumeOptions(apix=Apix, flip=flip), progress=False)
print("\n".join(str(p) for p in written))
