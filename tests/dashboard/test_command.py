"""`cryoscape dashboard`: refusals before serving (one line, exit 1, nothing written) and the access token."""

from __future__ import annotations

import shutil
import socket

import pytest

from cryoscape.cli import main
from cryoscape.dashboard import access_token, check_port, is_loopback


def _free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def _snapshot(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_run_without_analysis_is_refused(junk_run, tmp_path, capsys):
    run = tmp_path / "run"
    run.mkdir()
    for name in ("config.yaml", "z.7.pkl", "weights.7.pkl"):
        shutil.copy(junk_run[1] / name, run / name)
    before = _snapshot(run)
    assert main(["dashboard", str(run), "--no-browser", "--port", _free_port()]) == 1
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and "no analyze output" in message and "cryoscape analyze" in message
    assert _snapshot(run) == before


def test_a_missing_epoch_is_refused(junk_run, capsys):
    before = _snapshot(junk_run[1])
    assert main(["dashboard", str(junk_run[1]), "--epoch", "5", "--no-browser", "--port", _free_port()]) == 1
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and "epochs saved" in message
    assert _snapshot(junk_run[1]) == before


def test_a_colour_file_of_the_wrong_length_is_refused(junk_run, tmp_path, capsys):
    import numpy as np

    from cryoscape.io import save_pkl

    save_pkl(np.zeros(3), tmp_path / "scores.pkl")
    before = _snapshot(junk_run[1])
    assert main(["dashboard", str(junk_run[1]), "--colour-by", str(tmp_path / "scores.pkl"), "--no-browser",
                 "--port", _free_port()]) == 1
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and "scores.pkl" in message and "one value per particle" in message
    assert _snapshot(junk_run[1]) == before


def test_a_port_in_use_is_refused(junk_run, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["dashboard", str(junk_run[1]), "--port", str(port), "--no-browser"]) == 1
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and f"127.0.0.1:{port}" in message and "--port" in message


def test_loopback_needs_no_token_and_other_addresses_do():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")
    assert access_token("127.0.0.1") is None
    token = access_token("0.0.0.0")
    assert token and len(token) >= 24 and token != access_token("0.0.0.0")
    with pytest.raises(Exception, match="cannot listen"):
        check_port("203.0.113.77", 5050)  # an address this machine does not have


def test_with_a_token_every_request_must_carry_it(board):
    from starlette.testclient import TestClient

    from cryoscape.dashboard import create_app

    explorer, maps, _ = board
    with TestClient(create_app(explorer, maps, token="s3cret-token")) as client:
        assert client.get("/api/summary").status_code == 403
        assert client.get("/api/summary", params={"token": "wrong"}).status_code == 403
        first = client.get("/", params={"token": "s3cret-token"})
        assert first.status_code == 200 and "cryoscape_token" in first.cookies
        assert client.get("/api/summary").status_code == 200  # the cookie now carries it
        assert client.get("/api/summary", headers={"X-Cryoscape-Token": "s3cret-token"}).status_code == 200
