"""Run several commands on one machine in turns, so that each meets the same spells of machine speed.

A shared virtual machine runs faster and slower for minutes at a time (±15–20% here), so two tools
timed one after the other are timed on different machines. Here every command gets the whole machine
in turn for ``slice_s`` seconds while the others are stopped (SIGSTOP to its process group; SIGCONT
when its turn comes again), round-robin until all have ended. Each command's clock counts only its
own turns: its start-up, reading and training, as if it had run alone, but spread over the same hours
as the others'. A file a command writes is dated on that clock (:meth:`Timeline.own_seconds`).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Timeline:
    """The wall-clock spans (start, end) in which one command ran."""

    spans: list[tuple[float, float]] = field(default_factory=list)
    stopped: bool = False  # killed at its time limit

    @property
    def seconds(self) -> float:
        return sum(end - start for start, end in self.spans)

    def own_seconds(self, wall: float) -> float:
        """Return the command's own running time at the wall-clock instant ``wall`` (e.g. a file's mtime)."""
        before = 0.0
        for start, end in self.spans:
            if wall < start:
                break
            if wall <= end:
                return before + wall - start
            before += end - start
        return before

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"spans": self.spans, "stopped": self.stopped}))

    @classmethod
    def load(cls, path: Path) -> "Timeline":
        saved = json.loads(path.read_text())
        return cls([tuple(span) for span in saved["spans"]], bool(saved["stopped"]))


def _signal(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:  # it has just ended
        pass


def run_in_turns(commands: dict[str, list[str]], logs: dict[str, Path], slice_s: float,
                 limit_s: float | None = None) -> dict[str, Timeline]:
    """Run ``commands`` (name → argv) in turns of ``slice_s`` seconds; return each one's Timeline.

    A command is launched at its first turn; its output goes to ``logs[name]``. One that has run for
    ``limit_s`` seconds of its own is killed and counts as ended (``Timeline.stopped``). Raises
    RuntimeError naming the first command that fails (the others are killed).
    """
    timelines = {name: Timeline() for name in commands}
    processes: dict[str, subprocess.Popen] = {}
    pending = list(commands)
    try:
        while pending:
            for name in list(pending):
                turn = slice_s if limit_s is None else min(slice_s, limit_s - timelines[name].seconds)
                start = time.time()
                if name not in processes:
                    with open(logs[name], "w") as log:
                        processes[name] = subprocess.Popen(commands[name], stdout=log, stderr=subprocess.STDOUT,
                                                           start_new_session=True)
                else:
                    _signal(processes[name], signal.SIGCONT)
                try:
                    code = processes[name].wait(timeout=turn)
                except subprocess.TimeoutExpired:
                    code = None
                    _signal(processes[name], signal.SIGSTOP)
                timelines[name].spans.append((start, time.time()))
                if code is None and limit_s is not None and timelines[name].seconds >= limit_s:
                    _signal(processes[name], signal.SIGKILL)
                    processes[name].wait()
                    timelines[name].stopped = True
                    pending.remove(name)
                elif code is not None:
                    pending.remove(name)
                    if code != 0:
                        tail = logs[name].read_text(errors="replace")[-3000:]
                        raise RuntimeError(f"{name} failed (exit {code}):\n{tail}")
    finally:
        for process in processes.values():
            if process.poll() is None:
                _signal(process, signal.SIGKILL)
                process.wait()
    return timelines


def run_in_turns_into(runs: dict[str, tuple[list[str], Path]], slice_s: float,
                      limit_s: float | None = None) -> dict[str, Timeline]:
    """Run each tool's command, which writes into its own new folder (name → (argv, folder)), in turns;
    save each Timeline as ``timeline.json`` in its folder and the output beside it (``FOLDER.out.txt``).

    A folder that already holds its timeline (a finished run) is read instead of run again, so one more
    tool can be added to a finished set; a folder without one is an unfinished run: refused in one line
    (SystemExit).
    """
    stamps = {name: folder / "timeline.json" for name, (_, folder) in runs.items()}
    done = {name: Timeline.load(stamp) for name, stamp in stamps.items() if stamp.is_file()}
    if done:
        print("reusing the finished runs in " + ", ".join(str(runs[name][1]) for name in done), flush=True)
    todo = {name: run for name, run in runs.items() if name not in done}
    for _, folder in todo.values():
        if folder.exists():
            raise SystemExit(f"{folder} holds an unfinished run: remove it, or give another --out")
    logs = {name: folder.parent / f"{folder.name}.out.txt" for name, (_, folder) in todo.items()}
    timelines = run_in_turns({name: command for name, (command, _) in todo.items()}, logs, slice_s, limit_s) if todo else {}
    for name, timeline in timelines.items():
        timeline.save(stamps[name])
        ended = f"stopped at its limit of {limit_s:.0f} s" if timeline.stopped else "finished"
        print(f"{name}: {ended} after {timeline.seconds:.1f} s of its own turns", flush=True)
    return {name: done[name] if name in done else timelines[name] for name in runs}
