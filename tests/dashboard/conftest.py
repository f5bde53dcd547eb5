"""A small trained and analysed run, and the dashboard application over it."""

from __future__ import annotations

import pytest

from tests.conftest import KSAMPLE  # noqa: F401  (the k-means count of junk_run's analysis)


@pytest.fixture(scope="module")
def board(junk_run):
    """(explorer, map maker, Starlette test client) over junk_run's analysed epoch."""
    from starlette.testclient import TestClient

    from cryoscape.commands.describe import describe_commands
    from cryoscape.dashboard import MapMaker, create_app, open_explorer

    explorer = open_explorer(junk_run[1])
    maps = MapMaker(explorer.run, float32=True)  # exact maps on any CPU (bfloat16: test_maps_in_bfloat16…)
    with TestClient(create_app(explorer, maps, commands=describe_commands())) as client:
        yield explorer, maps, client
