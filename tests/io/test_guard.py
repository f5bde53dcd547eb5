"""Output safety in io: no write onto an input, grouped outputs appear together or not at all, parents created,
kinds (file/folder) checked; text lists with a byte-order mark; compressed files named as such."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pytest

from cryoscape.errors import InputError, OutputError
from cryoscape.io import (CommandPath, OutputGroup, atomic_path, check_command_paths, protected_inputs,
                          read_stack_list, require_file, staged_folder, write_mrc)
from cryoscape.logs import get_logger, progress_bar, setup_logging


def test_a_protected_input_is_never_replaced(tmp_path):
    source = tmp_path / "ctf.pkl"
    source.write_bytes(b"precious")
    with protected_inputs([source]):
        with pytest.raises(OutputError, match="input of this command"):
            with atomic_path(tmp_path / "." / "ctf.pkl") as tmp:  # another spelling of the same path
                tmp.write_bytes(b"new")
        with pytest.raises(OutputError, match="input of this command"):
            with staged_folder(tmp_path) as staging:
                (staging / "ctf.pkl").write_bytes(b"new")
                (staging / "other.txt").write_text("written only if everything may be")
        with atomic_path(tmp_path / "other.pkl") as tmp:  # any other path is fine
            tmp.write_bytes(b"ok")
    assert source.read_bytes() == b"precious" and not (tmp_path / "other.txt").exists()
    with atomic_path(source) as tmp:  # outside the command the file is an ordinary path again
        tmp.write_bytes(b"replaced on purpose")


def test_an_output_group_appears_whole_or_not_at_all(tmp_path):
    old = tmp_path / "map.mrc"
    write_mrc(old, np.ones((4, 4, 4), np.float32), 1.0)
    before = old.read_bytes()
    with pytest.raises(RuntimeError):
        with OutputGroup() as group:
            write_mrc(group.add(old), np.zeros((4, 4, 4), np.float32), 1.0)
            group.add(tmp_path / "half.mrc").write_bytes(b"x")
            raise RuntimeError("the third file could not be made")
    assert old.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["map.mrc"]
    with OutputGroup() as group:
        write_mrc(group.add(old), np.zeros((4, 4, 4), np.float32), 1.0)
        np.savetxt(group.add(tmp_path / "new" / "fsc.txt"), [1.0, 2.0])  # a missing parent folder is created
    assert old.read_bytes() != before and (tmp_path / "new" / "fsc.txt").is_file()
    assert not [p for p in tmp_path.rglob(".*")]  # no temporary file left


def test_command_paths_kinds_and_inputs(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "file.pkl").write_bytes(b"x")
    inp = CommandPath("--poses", "input", tmp_path / "file.pkl")
    check_command_paths([inp, CommandPath("-o", "output file", tmp_path / "missing" / "out.pkl")])
    for out, phrase in ((CommandPath("-o", "output file", tmp_path / "dir"), "existing folder"),
                        (CommandPath("-o", "output folder", tmp_path / "file.pkl"), "existing file"),
                        (CommandPath("-o", "output", tmp_path / "file.pkl"), "--poses")):
        with pytest.raises(OutputError, match=phrase):
            check_command_paths([inp, out])
    # a run folder may receive new files (filter writes its selection into the training folder)
    check_command_paths([CommandPath("WORKDIR", "run folder", tmp_path / "dir"),
                         CommandPath("-o", "output folder", tmp_path / "dir")])


def test_stack_list_with_a_byte_order_mark(tmp_path):
    (tmp_path / "a.mrcs").write_bytes(b"")
    (tmp_path / "list.txt").write_text("\ufeffa.mrcs\n", encoding="utf-8")
    assert read_stack_list(tmp_path / "list.txt") == [tmp_path / "a.mrcs"]


def test_compressed_files_are_named_as_such(tmp_path):
    (tmp_path / "p.star").write_bytes(gzip.compress(b"data_\nloop_\n_rlnImageName #1\n1@a.mrcs\n"))
    with pytest.raises(InputError, match="gzip-compressed; decompress it first"):
        require_file(tmp_path / "p.star")


def test_progress_in_a_log_is_one_line_per_tenth(tmp_path, capsys):
    setup_logging(log_file=tmp_path / "run.log")
    with progress_bar(total=1000, desc="downsample", unit="img") as bar:  # stderr is not a terminal here
        for _ in range(100):
            bar.update(10)
    for item in progress_bar(range(5), desc="maps", unit="map"):
        pass
    with progress_bar(total=10, desc="epoch 0", log_steps=False) as bar:  # training logs its own line per epoch
        bar.update(10)
    for handler in get_logger().handlers:
        handler.flush()
    text = (tmp_path / "run.log").read_text()
    assert "\r" not in text and "\r" not in capsys.readouterr().err
    assert text.count("downsample:") == 10 and "downsample: 100% (1000/1000 img)" in text
    assert text.count("maps:") == 5 and "epoch 0" not in text
    setup_logging()
