"""Fixtures for the stock-room tests: a room per test, and one price list per run."""

from collections.abc import Iterator, Mapping

import pytest

import pricelist
from stockroom import StockRoom

STANDARD_DELIVERY = {"APPLE": 40, "BREAD": 12, "MILK": 24}


@pytest.fixture
def stock_room(tmp_path) -> Iterator[StockRoom]:
    """An empty stock room on a file of this test's own, closed after the test."""
    # tmp_path is a fresh folder for each test, so no test sees another's stock and
    # nothing is written into the project.
    room = StockRoom.open(tmp_path / "stock.json")
    # Everything before the yield is set-up; the test runs at the yield.
    yield room
    # Everything after it is teardown: pytest runs it when the test is over, passed or
    # failed, so the room is always closed (and its counts written).
    room.close()


@pytest.fixture
def stocked_room(stock_room: StockRoom) -> StockRoom:
    """The stock room after the standard delivery: a fixture built on another."""
    # No teardown here: stock_room, which this fixture asked for, closes the room.
    for sku, quantity in STANDARD_DELIVERY.items():
        stock_room.receive(sku, quantity)
    return stock_room


@pytest.fixture(scope="session")
def price_list() -> Mapping[str, int]:
    """The warehouse's price list, loaded once for the whole run and shared."""
    # scope="session": pytest builds it for the first test that asks and keeps it until
    # the run ends. Module scope would load it again in each test file. Sharing is safe
    # because load() returns a read-only mapping that no test can change.
    return pricelist.load()
