"""benchmarks/interleave.py: commands run in turns, each timed on its own turns only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from interleave import Timeline, run_in_turns, run_in_turns_into  # noqa: E402

BUSY = ("import sys, time\n"
        "while time.process_time() < {cpu}: pass\n"  # CPU time: a stopped process does not advance it
        "open(sys.argv[1], 'w').write('done')\n")


def _busy(cpu_s: float, out: Path) -> list[str]:
    return [sys.executable, "-c", BUSY.format(cpu=cpu_s), str(out)]


def test_commands_take_turns_and_are_timed_on_their_own_turns(tmp_path):
    commands = {"a": _busy(0.8, tmp_path / "a.done"), "b": _busy(0.8, tmp_path / "b.done")}
    logs = {name: tmp_path / f"{name}.log" for name in commands}
    timelines = run_in_turns(commands, logs, slice_s=0.25)
    spans = sorted((start, end, name) for name, t in timelines.items() for start, end in t.spans)
    assert all(end <= next_start for (_, end, _), (next_start, _, _) in zip(spans, spans[1:]))  # never together
    assert [name for _, _, name in spans][:4] == ["a", "b", "a", "b"]  # round-robin
    for name, timeline in timelines.items():
        assert len(timeline.spans) >= 3  # 0.8 s of work in turns of 0.25 s
        assert 0.8 <= timeline.seconds <= 0.8 + 1.5  # its work and its start-up, not the other's turns
        done = (tmp_path / f"{name}.done").stat().st_mtime
        assert timeline.own_seconds(done) == pytest.approx(timeline.seconds, abs=0.1)
    wall = spans[-1][1] - spans[0][0]
    assert wall >= timelines["a"].seconds + timelines["b"].seconds - 0.01


def test_own_seconds_skips_the_other_turns_and_a_timeline_round_trips(tmp_path):
    timeline = Timeline([(10.0, 12.0), (20.0, 23.0)])
    assert timeline.own_seconds(11.0) == 1.0
    assert timeline.own_seconds(15.0) == 2.0  # stopped: its clock stands still
    assert timeline.own_seconds(21.5) == 3.5
    assert timeline.own_seconds(99.0) == timeline.seconds == 5.0
    timeline.save(tmp_path / "t.json")
    assert Timeline.load(tmp_path / "t.json").spans == timeline.spans


def test_a_failing_command_stops_the_others(tmp_path):
    commands = {"slow": _busy(30.0, tmp_path / "slow.done"), "bad": [sys.executable, "-c", "raise SystemExit(3)"]}
    logs = {name: tmp_path / f"{name}.log" for name in commands}
    with pytest.raises(RuntimeError, match="bad failed \\(exit 3\\)"):
        run_in_turns(commands, logs, slice_s=0.2)
    assert not (tmp_path / "slow.done").exists()


def test_a_command_at_its_time_limit_is_killed_and_counts_as_ended(tmp_path):
    commands = {"long": _busy(30.0, tmp_path / "long.done"), "short": _busy(0.3, tmp_path / "short.done")}
    logs = {name: tmp_path / f"{name}.log" for name in commands}
    timelines = run_in_turns(commands, logs, slice_s=0.25, limit_s=1.0)
    assert timelines["long"].stopped and not (tmp_path / "long.done").exists()
    assert timelines["long"].seconds == pytest.approx(1.0, abs=0.2)  # its own time, not the other's turns
    assert not timelines["short"].stopped and (tmp_path / "short.done").exists()


def test_runs_into_folders_are_saved_reused_and_an_unfinished_one_refused(tmp_path):
    def runs(*names):  # each command makes its folder, as a training does
        return {name: ([sys.executable, "-c", f"import os; os.makedirs({str(tmp_path / name)!r})"], tmp_path / name)
                for name in names}
    first = run_in_turns_into(runs("a", "b"), slice_s=5.0)
    assert (tmp_path / "a" / "timeline.json").is_file() and (tmp_path / "a.out.txt").is_file()
    again = run_in_turns_into(runs("a", "b"), slice_s=5.0)  # read back, nothing run
    assert again["b"].spans == [tuple(span) for span in first["b"].spans]
    more = run_in_turns_into(runs("a", "b", "c"), slice_s=5.0)  # one more tool: only it runs
    assert list(more) == ["a", "b", "c"] and (tmp_path / "c" / "timeline.json").is_file()
    assert more["a"].spans == [tuple(span) for span in first["a"].spans]
    (tmp_path / "b" / "timeline.json").unlink()
    with pytest.raises(SystemExit, match="holds an unfinished run"):
        run_in_turns_into(runs("a", "b"), slice_s=5.0)
