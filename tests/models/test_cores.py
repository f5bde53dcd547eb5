"""Chunks shared out to single-threaded workers: results in order, errors raised, torch's threads restored,
and a map decoded this way equals the one decoded chunk after chunk."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
import torch

from cryoscape.errors import Superseded
from cryoscape.models import HetVAE, ModelConfig, decode_spectra
from cryoscape.models import volume as volume_module
from cryoscape.models.cores import run_on_cores


def threads_a_new_thread_gets() -> int:
    """torch's thread count as a thread started now sees it (the caller's own count can differ from it)."""
    seen = []
    reader = threading.Thread(target=lambda: seen.append(torch.get_num_threads()))
    reader.start()
    reader.join()
    return seen[0]


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
    assert torch.get_num_threads() == 2 and threads_a_new_thread_gets() == 2  # restored


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


def test_calls_from_several_threads_take_turns_and_leave_torchs_threads_as_they_were(two_threads):
    # B calls while A's workers run, and would end after A: without turns B would read A's 1 and restore it
    b_calling = threading.Event()

    def a_task(index: int) -> int:
        if index == 0:
            b_calling.wait(5)
            time.sleep(0.05)
        return index

    b_threads = set()

    def b_task(index: int) -> int:
        b_threads.add(threading.get_ident())
        time.sleep(0.02)
        return -index

    results = {}
    a = threading.Thread(target=lambda: results.__setitem__("a", run_on_cores(a_task, 4)))
    b = threading.Thread(target=lambda: (b_calling.set(), results.__setitem__("b", run_on_cores(b_task, 8))))
    a.start()
    time.sleep(0.01)
    b.start()
    a.join()
    b.join()
    assert results == {"a": [0, 1, 2, 3], "b": [0, -1, -2, -3, -4, -5, -6, -7]}
    assert len(b_threads) == 2 and b.ident not in b_threads  # B had both cores once A was done, not A's 1
    assert threads_a_new_thread_gets() == 2
