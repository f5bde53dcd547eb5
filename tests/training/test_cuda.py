"""On a GPU: training replays each full batch as a CUDA graph and learns like the eager CPU path.

Skipped where no CUDA device is visible (CI); run on a GPU machine with ``pytest tests/training``.
The CPU path of the same step is covered by every other training test.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from cryoscape.fourier import HalfLattice
from cryoscape.models import HetVAE, ModelConfig, RunConfig, TrainConfig
from cryoscape.training import Trainer, load_training_data
from cryoscape.training.batches import DeviceBatches
from cryoscape.training.graphed import GraphedStep
from tests.training.test_training import data_config, three_states

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")


def _trainer(sim, outdir, device, amp=False, epochs=3):
    data = load_training_data(data_config(sim), progress=False)
    model = ModelConfig(box_size=32, zdim=4, enc_dim=64, enc_layers=2, dec_dim=64, dec_layers=2)
    train = TrainConfig(epochs=epochs, lr=1e-3, seed=5, amp=amp, batch_size=8)
    config = RunConfig(model, data_config(sim), train)
    outdir.mkdir()
    return Trainer(config, data, outdir, torch.device(device))


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    return three_states(300, tmp_path_factory.mktemp("cuda") / "sim", seed=6)  # 300 = 37 full batches + 4


@pytest.mark.parametrize("amp", [False, True])
def test_graphed_training_learns_like_the_cpu(sim, tmp_path, amp):
    gpu = _trainer(sim, tmp_path / "gpu", "cuda", amp=amp)
    history = gpu.run(progress=False)
    assert isinstance(gpu.train_batch, GraphedStep) and gpu.train_batch.graph is not None
    assert not gpu.train_batch.failed
    cpu = _trainer(sim, tmp_path / "cpu", "cpu").run(progress=False)
    gpu_loss, cpu_loss = history[-1]["loss"], cpu[-1]["loss"]
    assert history[-1]["loss"] < history[0]["loss"]
    assert abs(gpu_loss - cpu_loss) < 0.05 * cpu_loss, (gpu_loss, cpu_loss)


def test_graph_replays_match_eager_steps(sim, tmp_path):
    """The same batches through the captured graph and through eager calls give the same weights."""
    torch.manual_seed(0)
    runs = []
    for graphed in (True, False):
        trainer = _trainer(sim, tmp_path / f"g{graphed}", "cuda")
        if not graphed:
            trainer.train_batch = trainer._train_batch
        trainer.model.load_state_dict(HetVAE(trainer.config.model).state_dict())  # same start
        torch.cuda.manual_seed(1)
        for start in range(0, 96, 8):
            trainer._step(np.arange(start, start + 8))
        runs.append({k: v.detach().cpu() for k, v in trainer.model.state_dict().items()})
    for key in runs[0]:
        torch.testing.assert_close(runs[0][key], runs[1][key], rtol=1e-4, atol=1e-5)


def test_lazy_batches_are_transformed_on_the_gpu_as_in_memory(sim):
    """A lazy stack's images, read one batch ahead and transformed on the GPU, give the in-memory spectra."""
    lazy = load_training_data(data_config(sim, lazy=True), progress=False)
    memory = load_training_data(data_config(sim), progress=False)
    batches = DeviceBatches(lazy, HalfLattice.build(32), torch.device("cuda"))
    order = [np.arange(start, start + 8) for start in (0, 40, 80, 292)]
    seen = 0
    for positions, spectra in batches.in_order(order):
        assert spectra.device.type == "cuda"
        torch.testing.assert_close(spectra.cpu(), memory.spectra.get(positions), rtol=1e-4, atol=1e-5)
        seen += 1
    assert seen == len(order)


def test_abinit_and_pose_refinement_run_on_the_gpu(tmp_path):
    """abinit's global and local searches (band volumes, clustered volumes, decoder slices), lazy too, and
    --refine-poses on CUDA."""
    from cryoscape.cli import main
    from tests.training.test_abinit import FULL, _simulate

    sim = _simulate(tmp_path / "sim", (FULL,), 160, 3)
    common = [str(sim / "particles.mrcs"), "--ctf", str(sim / "ctf.pkl"), "--dim", "32", "--no-analysis"]
    for name, flags in (("homo", ["--zdim", "0", "-n", "4", "--epochs-pose-search", "2"]),
                        ("het", ["--zdim", "2", "--enc-dim", "32", "-n", "4", "--epochs-pose-search", "2",
                                 "--local-volumes", "2"]),
                        ("het_slices", ["--zdim", "2", "--enc-dim", "32", "-n", "4", "--epochs-pose-search", "2",
                                        "--local-volumes", "0"]),
                        ("lazy", ["--zdim", "0", "-n", "3", "--epochs-pose-search", "2", "--lazy"])):
        assert main(["abinit", *common, *flags, "-o", str(tmp_path / name)]) == 0, name
        log = (tmp_path / name / "run.log").read_text()
        assert "device cuda" in log and "local" in log, name
    assert "latent-cluster volumes" in (tmp_path / "het" / "run.log").read_text()
    assert "per-particle decoder slices" in (tmp_path / "het_slices" / "run.log").read_text()
    assert main(["train_nn", str(sim / "particles.mrcs"), "--poses", str(tmp_path / "homo" / "poses.pkl"), "--ctf",
                 str(sim / "ctf.pkl"), "--dim", "32", "-n", "2", "--refine-poses", "-o", str(tmp_path / "refined")]) == 0
    assert (tmp_path / "refined" / "pose.1.pkl").is_file()
