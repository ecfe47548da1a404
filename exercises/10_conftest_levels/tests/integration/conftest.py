"""Fixtures for the integration tests only: here the stock lives in a SQLite file."""

from __future__ import annotations

import pytest

from stock import SqliteStock

# TODO: a `database_path` fixture: a file path for the database, different
#       for every test (pytest has a fixture that gives each test its own folder).

# TODO: a `store` fixture of the same name as the one in tests/conftest.py, which
#       it replaces for the tests in this folder: a SqliteStock on database_path
#       that has received the opening stock, closed again after the test.
