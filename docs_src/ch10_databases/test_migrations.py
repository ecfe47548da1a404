"""The migrations, run forwards, backwards and forwards again on an empty database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import URL, inspect

from models import Base
from scratch_db import make_engine, scratch_database

MIGRATIONS = Path(__file__).parent / "migrations"


# --8<-- [start:migrations]
@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[URL]:
    """A database of this test's own with no tables at all."""
    with scratch_database(os.environ.get("TEST_DATABASE_URL"), tmp_path) as url:
        yield url


def alembic_config(url: URL) -> Config:
    """Alembic's settings, made in code: where the scripts are, which database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # The password, if any, stays in: render it. "%" is special in Alembic's settings.
    config.set_main_option("sqlalchemy.url", url.render_as_string(False).replace("%", "%%"))
    return config


def tables_in(url: URL) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_the_migrations_go_up_down_and_up_again(empty_database: URL) -> None:
    config = alembic_config(empty_database)

    command.upgrade(config, "head")
    assert tables_in(empty_database) == {"customers", "stamps"}

    command.downgrade(config, "base")  # every downgrade really undoes its upgrade...
    assert tables_in(empty_database) == set()

    command.upgrade(config, "head")  # ...so that upgrading again finds nothing in its way
    assert tables_in(empty_database) == set(Base.metadata.tables)
# --8<-- [end:migrations]
