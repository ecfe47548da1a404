"""Fixtures that stay apart under pytest-xdist: each worker has its own database and
Redis keys, and the price index is built once for the whole run, whatever the workers."""

from __future__ import annotations

import os
from collections.abc import Iterator

import fakeredis
import pytest
from filelock import FileLock
from redis import Redis
from sqlalchemy import URL, Connection, Engine, create_engine, make_url, text

from prices import build_price_index, load_price_index
from shelf import metadata


# --8<-- [start:database]
@pytest.fixture(scope="session")
def database_url(
    worker_id: str, testrun_uid: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[URL]:
    """This worker's own database, for the whole session of the worker."""
    server = os.environ.get("TEST_DATABASE_URL")
    if server is None:
        # tmp_path_factory already differs per worker (.../popen-gw0/, .../popen-gw1/).
        yield make_url(f"sqlite:///{tmp_path_factory.mktemp('db') / 'shop.db'}")
        return
    # One server for every worker, and maybe for other runs: the name says whose it is.
    name = f"shop_test_{worker_id}_{testrun_uid[:8]}"  # shop_test_gw0_1f0c9a2e
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


# --8<-- [end:database]


@pytest.fixture(scope="session")
def engine(database_url: URL) -> Iterator[Engine]:
    """One engine per worker, with the tables made once."""
    engine = create_engine(database_url)
    metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that is rolled back after the test."""
    with engine.connect() as connection, connection.begin() as transaction:
        yield connection
        transaction.rollback()


# --8<-- [start:once]
@pytest.fixture(scope="session")
def price_index(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> dict[str, int]:
    """The price index, built once per run and shared by every worker."""
    if worker_id == "master":  # no xdist: this process is the whole run
        path = tmp_path_factory.mktemp("prices") / "index.json"
        build_price_index(path)
        return load_price_index(path)
    # Every worker's temporary folder is in the run's own: gw0 and gw1 meet there.
    run_folder = tmp_path_factory.getbasetemp().parent
    path = run_folder / "index.json"
    with FileLock(f"{path}.lock"):  # one worker at a time past this line
        if not path.is_file():
            build_price_index(path)  # the first worker builds; the others find it
    return load_price_index(path)


# --8<-- [end:once]


# --8<-- [start:redis]
@pytest.fixture
def redis_prefix(worker_id: str, testrun_uid: str) -> str:
    """Keys of this run and this worker: nobody else on the server uses them."""
    return f"test:{testrun_uid[:8]}:{worker_id}:"


@pytest.fixture
def redis_client(redis_prefix: str) -> Iterator[Redis]:
    """A real Redis when REDIS_URL says so, else fakeredis; this test's keys removed after."""
    url = os.environ.get("REDIS_URL")
    client = Redis.from_url(url) if url else fakeredis.FakeRedis()
    yield client
    for key in client.scan_iter(match=f"{redis_prefix}*"):
        client.delete(key)
    client.close()


# --8<-- [end:redis]
