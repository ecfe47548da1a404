"""What the integration tests share: pytest reads this file before it collects
the tests of this folder, and only they can ask for its fixtures."""

import sqlite3
from collections.abc import Iterator

import pytest

from shop.ledger import PointsLedger


# --8<-- [start:ledger]
@pytest.fixture
def ledger() -> Iterator[PointsLedger]:
    """A points ledger on a new SQLite database in memory, closed after the test."""
    connection = sqlite3.connect(":memory:")
    yield PointsLedger(connection)
    connection.close()
# --8<-- [end:ledger]
