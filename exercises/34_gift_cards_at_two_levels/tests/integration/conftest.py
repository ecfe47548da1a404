"""Fixtures for the integration tests: yours to write. See README.md."""

from __future__ import annotations

# TODO: a `book` fixture: a GiftCardBook on a SQLite file in the test's own folder
#       (pytest's tmp_path), closed after the test.
