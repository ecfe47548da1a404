"""Tests of the migrations. Locked: they ask for a fixture that you write in conftest.py."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import URL, inspect

from models import Base
from scratch_db import make_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def config_for(url: URL) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.render_as_string(False).replace("%", "%%"))
    return config


def tables(url: URL) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_an_empty_database_is_empty(empty_database: URL) -> None:
    assert tables(empty_database) == set()


def test_upgrade_downgrade_and_upgrade_again(empty_database: URL) -> None:
    config = config_for(empty_database)
    command.upgrade(config, "head")
    assert tables(empty_database) == set(Base.metadata.tables)
    command.downgrade(config, "base")
    assert tables(empty_database) == set()
    command.upgrade(config, "head")
    assert tables(empty_database) == set(Base.metadata.tables)


def test_one_step_down_removes_only_the_deliveries(empty_database: URL) -> None:
    config = config_for(empty_database)
    command.upgrade(config, "head")
    command.downgrade(config, "-1")
    assert tables(empty_database) == {"suppliers"}
