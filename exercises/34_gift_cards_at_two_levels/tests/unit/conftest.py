"""Given, do not change: unit tests run in memory, so opening a database fails here."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture(autouse=True)
def no_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit test that opens a database fails at once: it belongs in integration/."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("unit tests do not open databases: move this test to integration/")

    monkeypatch.setattr(sqlite3, "connect", refuse)
