"""Tests of the deliveries. Locked: they ask for fixtures that you write in conftest.py."""

import os

import pytest
from sqlalchemy import URL, Engine, func, inspect, make_url, select, text
from sqlalchemy.orm import Session

from deliveries import add_supplier, receive
from models import Delivery, Supplier

_engines_seen: list[Engine] = []


def suppliers_in(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Supplier)) or 0


def test_a_delivery_is_committed(db_session: Session) -> None:
    mill = add_supplier(db_session, "Millers of Mayfield")  # commits
    assert receive(db_session, mill, "BREAD", 12) == 12  # commits again
    assert receive(db_session, mill, "BREAD", 6) == 18
    assert suppliers_in(db_session) == 1


def test_the_next_test_starts_with_no_rows(db_session: Session) -> None:
    # The test above committed a supplier and two deliveries: they must be gone.
    assert suppliers_in(db_session) == 0, (
        "test_a_delivery_is_committed left its supplier behind: bind db_session's Session to "
        "a connection whose transaction the fixture rolls back after the test, and join it "
        'with join_transaction_mode="create_savepoint" so that a commit cannot end it'
    )
    assert db_session.scalar(select(func.count()).select_from(Delivery)) == 0


def test_a_commit_in_a_test_stays_out_of_the_database(engine: Engine, db_session: Session) -> None:
    add_supplier(db_session, "Dairy Lane")
    with engine.connect() as other:
        seen = other.execute(text("SELECT COUNT(*) FROM suppliers")).scalar()
    assert seen == 0, "the commit reached the database: is db_session's Session bound to the engine?"


def test_a_refused_delivery_leaves_the_session_usable(db_session: Session) -> None:
    farm = add_supplier(db_session, "Orchard Farm")
    with pytest.raises(ValueError, match="at least one"):
        receive(db_session, farm, "APPLE", 0)
    assert receive(db_session, farm, "APPLE", 40) == 40


def test_the_tables_are_there(engine: Engine) -> None:
    assert {"suppliers", "deliveries"} <= set(inspect(engine).get_table_names())


def test_one_engine_serves_the_whole_run(engine: Engine) -> None:
    _engines_seen.append(engine)
    assert _engines_seen[0] is engine


def test_the_engine_is_the_same_in_a_later_test(engine: Engine) -> None:
    _engines_seen.append(engine)
    assert len(_engines_seen) >= 2 and _engines_seen[0] is engine


def test_the_session_talks_to_the_runs_engine(engine: Engine, db_session: Session) -> None:
    assert db_session.get_bind().engine is engine


def test_the_database_is_this_runs_own(database_url: URL) -> None:
    server = os.environ.get("TEST_DATABASE_URL")
    if server is None:
        assert database_url.get_backend_name() == "sqlite"
        assert database_url.database and os.path.isabs(database_url.database)
        assert os.getcwd() not in database_url.database, "keep the file out of the project"
    else:
        assert database_url.get_backend_name() == "postgresql"
        assert database_url.database != make_url(server).database, "never the server's own"
        assert database_url.database.startswith("shop_test_")


def test_no_connection_is_left_open(engine: Engine) -> None:
    # This test asks for no session: every connection an earlier test took is back.
    open_now = engine.pool.checkedout()
    assert open_now == 0, (
        f"{open_now} connection(s) still open after the earlier tests: db_session must close "
        "its connection after the yield (a `with engine.connect() as connection:` does)"
    )
