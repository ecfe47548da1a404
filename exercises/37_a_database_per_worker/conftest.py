"""The test database server. This file is locked: do not edit it.

``db_server`` is ONE server for the whole test run, shared by every pytest-xdist worker,
the way a PostgreSQL server on the CI machine is: each worker's ``db_server`` stands for
the same server. Its data lives in pytest's temporary folder for the run.
"""

from __future__ import annotations

import pytest

from db_server import DatabaseServer


@pytest.fixture(scope="session")
def db_server(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> DatabaseServer:
    """The server every worker of this run talks to."""
    root = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        # Under xdist each worker has a temporary folder of its own, gw0, gw1...; the
        # folder above them is the run's, common to all of them.
        root = root.parent
    return DatabaseServer(root / "server")
