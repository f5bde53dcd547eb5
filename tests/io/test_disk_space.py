"""Large writes check free disk space first and stop with one line, writing nothing."""

from __future__ import annotations

import collections

import numpy as np

import cryoscape.io.files as files
from cryoscape.cli import main
from cryoscape.io import write_mrc

Usage = collections.namedtuple("Usage", "total used free")


def test_downsample_and_map_writes_stop_when_the_disk_is_full(tmp_path, monkeypatch, capsys, formats_dir):
    write_mrc(tmp_path / "map.mrc", np.zeros((16, 16, 16), np.float32), 2.0, is_stack=False)
    monkeypatch.setattr(files.shutil, "disk_usage", lambda path: Usage(10**9, 10**9 - 1000, 1000))
    assert main(["downsample", str(formats_dir / "hand.mrcs"), "-D", "32", "-o", str(tmp_path / "small.mrcs")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not enough disk space" in err, err
    assert not (tmp_path / "small.mrcs").exists()
    assert main(["downsample", str(tmp_path / "map.mrc"), "--is-vol", "-D", "8", "-o", str(tmp_path / "v.mrc")]) == 1
    assert "not enough disk space" in capsys.readouterr().err and not (tmp_path / "v.mrc").exists()
