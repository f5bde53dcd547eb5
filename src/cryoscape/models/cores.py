"""Independent chunks of CPU work spread over the cores as single-threaded tasks, not split inside each op.

torch splits each op's work evenly over its intra-op threads and waits for the slowest. On a
machine whose cores are shared (a browser drawing beside the dashboard's decoder, a second job),
one thread losing its core for 10 ms stalls the whole op for those 10 ms: measured on 2 cores, a
box-128 map's residual blocks took 0.55-0.59 s alone and 0.75-0.79 s beside a process busy on one
core for 0.3 s. Here each core's thread runs whole chunks single-threaded and takes the next chunk
when done, so a busy core costs only the time it is busy: 0.57-0.63 s alone, 0.65-0.67 s beside the
same process.
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

import torch

T = TypeVar("T")
_CORES = threading.Lock()  # one call at a time spreads work over the cores (and sets torch's thread count)


def run_on_cores(task: Callable[[int], T], count: int, before_each: Callable[[], None] | None = None,
                 threads: int | None = None) -> list[T]:
    """Return ``[task(0), …, task(count - 1)]``, the tasks taken in turn by ``threads`` single-threaded workers.

    ``threads`` defaults to torch's intra-op thread count; with one thread (or one task) the tasks
    run here, in order, with torch's threads as they are. ``before_each`` runs before each task
    (e.g. to raise when the work was cancelled); the first exception raised in any worker stops the
    others at their next task and is raised here. Autocast and grad modes are per thread: a task
    sets its own. torch's thread count is set to 1 while the workers run and restored afterwards;
    calls from several threads take turns (each uses every core), so none reads or restores another's
    setting. Not re-entrant: a task must not call it.
    """
    if threads == 1 or count <= 1:
        return _in_turn(task, count, before_each)
    with _CORES:  # read torch's thread count only once no other call has it set to 1
        threads = min(threads or torch.get_num_threads(), count)
        if threads <= 1:
            return _in_turn(task, count, before_each)
        return _on_workers(task, count, before_each, threads)


def _in_turn(task: Callable[[int], T], count: int, before_each: Callable[[], None] | None) -> list[T]:
    results = []
    for index in range(count):
        if before_each is not None:
            before_each()
        results.append(task(index))
    return results


def _on_workers(task: Callable[[int], T], count: int, before_each: Callable[[], None] | None,
                threads: int) -> list[T]:
    results: list = [None] * count
    failures: list[BaseException] = []
    taken = iter(range(count))
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                index = None if failures else next(taken, None)
            if index is None:
                return
            try:
                if before_each is not None:
                    before_each()
                results[index] = task(index)
            except BaseException as error:  # noqa: BLE001 - handed to the caller below
                with lock:
                    failures.append(error)
                return

    restore = torch.get_num_threads()
    torch.set_num_threads(1)  # threads started now run their ops single-threaded
    try:
        workers = [threading.Thread(target=work, name=f"cryoscape-core-{i}", daemon=True) for i in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        torch.set_num_threads(restore)
    if failures:
        raise failures[0]
    return results
