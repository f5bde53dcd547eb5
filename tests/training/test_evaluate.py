"""eval_images: the latents of a trained run's own particles, per-image losses that see wrong poses, refusals."""

from __future__ import annotations

import numpy as np

from cryoscape.cli import main
from cryoscape.io import load_pkl, save_pkl
from cryoscape.analysis import load_latents


def test_eval_images_reproduces_the_runs_latents_and_scores_each_image(junk_run, tmp_path, capsys):
    sim, run, truth = junk_run
    args = [str(sim / "particles.mrcs"), str(run / "weights.7.pkl"), "--poses", str(sim / "poses.pkl"),
            "--ctf", str(sim / "ctf.pkl")]
    assert main(["eval_images", *args, "-o", str(tmp_path / "losses.pkl"), "--out-z", str(tmp_path / "z.pkl"),
                 "--out-loss", str(tmp_path / "loss.pkl")]) == 0
    z = load_latents(tmp_path / "z.pkl")
    np.testing.assert_allclose(z, load_latents(run / "z.7.pkl"), atol=2e-4)  # the run's own z at its last epoch
    losses = load_pkl(tmp_path / "losses.pkl")
    assert set(losses) >= {"loss", "recon", "kld", "loss_per_image", "recon_per_image", "kld_per_image"}
    per_image = load_pkl(tmp_path / "loss.pkl")
    assert per_image.shape == (len(z),) and np.isfinite(per_image).all()
    assert abs(losses["loss"] - per_image.mean()) < 1e-4 * abs(losses["loss"])
    # the same particles with each other's poses reconstruct worse: the score sees the error
    rot, trans = load_pkl(sim / "poses.pkl")
    order = np.random.default_rng(0).permutation(len(rot))
    save_pkl((rot[order], trans), tmp_path / "shuffled.pkl")
    assert main(["eval_images", str(sim / "particles.mrcs"), str(run / "weights.7.pkl"), "--poses",
                 str(tmp_path / "shuffled.pkl"), "--ctf", str(sim / "ctf.pkl"), "-o", str(tmp_path / "l2.pkl"),
                 "--out-z", str(tmp_path / "z2.pkl")]) == 0
    assert load_pkl(tmp_path / "l2.pkl")["recon"] > 1.05 * losses["recon"]
    # a subset (held-out style): its rows are the same particles' rows
    save_pkl(np.arange(0, len(z), 7), tmp_path / "ind.pkl")
    assert main(["eval_images", *args, "--ind", str(tmp_path / "ind.pkl"), "-o", str(tmp_path / "l3.pkl"),
                 "--out-z", str(tmp_path / "z3.pkl")]) == 0
    np.testing.assert_allclose(load_latents(tmp_path / "z3.pkl"), z[::7], atol=1e-5)
    np.testing.assert_allclose(load_pkl(tmp_path / "l3.pkl")["loss_per_image"], losses["loss_per_image"][::7], rtol=1e-4)


def test_eval_images_refuses_another_box(junk_run, tmp_path, capsys):
    sim, run, _ = junk_run
    assert main(["downsample", str(sim / "particles.mrcs"), "-D", "16", "-o", str(tmp_path / "small.mrcs")]) == 0
    assert main(["eval_images", str(tmp_path / "small.mrcs"), str(run / "weights.7.pkl"), "--poses", str(sim / "poses.pkl"),
                 "-o", str(tmp_path / "l.pkl"), "--out-z", str(tmp_path / "z.pkl")]) == 1
    assert "trained at 32 px" in capsys.readouterr().err
    assert not (tmp_path / "l.pkl").exists() and not (tmp_path / "z.pkl").exists()
