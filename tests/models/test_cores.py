"""Chunks shared out to single-threaded workers: results in order, errors raised, torch's threads restored,
and a map decoded this way equals the one decoded chunk after chunk."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch

from cryoscape.errors import Superseded
from cryoscape.models import HetVAE, ModelConfig, decode_spectra
from cryoscape.models import volume as volume_module
from cryoscape.models.cores import run_on_cores


@pytest.fixture
def two_threads():
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    yield
    torch.set_num_threads(before)


def test_results_come_back_in_task_order_from_several_threads(two_threads):
    seen_threads = set()
    seen_widths = set()

    def task(index: int) -> int:
        seen_threads.add(threading.get_ident())
        seen_widths.add(torch.get_num_threads())
        return index * index

    assert run_on_cores(task, 50) == [i * i for i in range(50)]
    assert threading.get_ident() not in seen_threads  # the workers ran them, not the caller
    assert seen_widths == {1}  # each worker's ops single-threaded
    assert torch.get_num_threads() == 2  # restored


def test_the_first_error_stops_the_work_and_is_raised_here(two_threads):
    done = []

    def task(index: int) -> int:
        if index == 3:
            raise ValueError("chunk 3 is bad")
        done.append(index)
        return index

    with pytest.raises(ValueError, match="chunk 3 is bad"):
        run_on_cores(task, 10_000)
    assert len(done) < 10_000 - 1  # the other worker stopped at its next task
    assert torch.get_num_threads() == 2


def test_before_each_can_cancel_and_one_thread_runs_here_in_order(two_threads):
    asked = []

    def cancelled_after_five() -> None:
        asked.append(1)
        if len(asked) > 5:
            raise Superseded("a newer request")

    with pytest.raises(Superseded):
        run_on_cores(lambda i: i, 100, before_each=cancelled_after_five)
    assert len(asked) < 10
    order = []
    assert run_on_cores(lambda i: order.append((i, threading.get_ident())) or i, 5, threads=1) == list(range(5))
    assert [i for i, _ in order] == list(range(5)) and {t for _, t in order} == {threading.get_ident()}


def test_a_map_decoded_on_the_cores_equals_the_one_decoded_chunk_after_chunk(two_threads, monkeypatch):
    torch.manual_seed(2)
    model = HetVAE(ModelConfig(box_size=16, zdim=3, enc_dim=16, enc_layers=1, dec_dim=32, dec_layers=3)).eval()
    z = np.random.default_rng(0).normal(size=(2, 3)).astype(np.float32)
    shared = decode_spectra(model, z, 16, rows_per_pass=256)  # about 20 chunks over 2 workers
    original = volume_module.run_on_cores
    monkeypatch.setattr(volume_module, "run_on_cores",
                        lambda task, count, before_each, threads=None: original(task, count, before_each, threads=1))
    in_turn = decode_spectra(model, z, 16, rows_per_pass=256)
    np.testing.assert_allclose(shared.numpy(), in_turn.numpy(), rtol=1e-6, atol=1e-7)
