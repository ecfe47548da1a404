"""Fixtures for the shop's tests: a database, a session per test, the factories.

pytest finds the fixtures of this file by their names; the tests import nothing from it.
"""

from __future__ import annotations

import pytest

from models import Base

# TODO: an `engine` fixture, made once per test run: an in-memory SQLite
#       database (sqlalchemy.create_engine("sqlite://")) with every table
#       of models.Base.

# TODO: a `db_session` fixture that yields the session a test and the
#       factories share, and after the test rolls back what the test wrote,
#       so that every test starts with an empty shop.

# TODO: `customer_factory` and `order_factory` fixtures that return the
#       factory classes, ready to save into db_session.
