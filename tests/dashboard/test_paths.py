"""The dashboard's path rule: whatever the browser names stays inside the run folder."""

import os

import pytest

from cryoscape.dashboard import OutsideRootError, inside, safe_name


def test_paths_inside_the_root_resolve(tmp_path):
    (tmp_path / "analyze.3").mkdir()
    (tmp_path / "analyze.3" / "umap.png").write_bytes(b"x")
    assert inside(tmp_path, "analyze.3/umap.png") == (tmp_path / "analyze.3" / "umap.png").resolve()
    assert inside(tmp_path, "analyze.3/../analyze.3/umap.png").name == "umap.png"


@pytest.mark.parametrize("relative", ["../x", "a/../../x", "/etc/passwd", "", "a\x00b", "..\\x", "a/../../../etc"])
def test_escapes_are_refused(tmp_path, relative):
    with pytest.raises(OutsideRootError):
        inside(tmp_path / "root", relative)


def test_a_link_leading_out_is_refused(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "secret").write_text("s")
    os.symlink(tmp_path / "secret", root / "link")
    with pytest.raises(OutsideRootError):
        inside(root, "link")


@pytest.mark.parametrize("name", ["ok", "class_01.keep", "a-b_c.1"])
def test_plain_names_pass(name):
    assert safe_name(name) == name


@pytest.mark.parametrize("name", ["", "..", "../a", "a/b", ".hidden", "a b", "x" * 101, "é"])
def test_other_names_are_refused(name):
    with pytest.raises(OutsideRootError):
        safe_name(name)
