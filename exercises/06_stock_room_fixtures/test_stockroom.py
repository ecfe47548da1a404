"""Tests of the stock room. Locked: they ask for fixtures that you write in conftest.py."""

import pytest

import pricelist
import stockroom
from stockroom import OutOfStock, RoomClosed, StockRoom


def test_receiving_adds_to_the_count(stock_room: StockRoom) -> None:
    stock_room.receive("APPLE", 5)
    stock_room.receive("APPLE", 3)
    assert stock_room.count("APPLE") == 8


def test_each_test_gets_a_room_of_its_own(stock_room: StockRoom) -> None:
    # The test above put apples in its room; a fresh room has never held anything.
    assert stock_room.counts() == {}


def test_the_room_keeps_its_file_in_the_tests_tmp_path(stock_room: StockRoom, tmp_path) -> None:
    assert stock_room.path == tmp_path / "stock.json"


def test_taking_more_than_there_is_is_refused(stock_room: StockRoom) -> None:
    stock_room.receive("MILK", 2)
    with pytest.raises(OutOfStock):
        stock_room.take("MILK", 3)
    assert stock_room.count("MILK") == 2


def test_the_stocked_room_holds_the_standard_delivery(stocked_room: StockRoom) -> None:
    assert stocked_room.counts() == {"APPLE": 40, "BREAD": 12, "MILK": 24}


def test_stocked_room_and_stock_room_are_one_room(
    stock_room: StockRoom, stocked_room: StockRoom
) -> None:
    # Within one test a fixture runs once, however many fixtures and tests ask for it.
    assert stocked_room is stock_room


def test_the_stock_is_worth_its_prices(stocked_room: StockRoom, price_list) -> None:
    assert pricelist.value_of(stocked_room.counts(), price_list) == 40 * 35 + 12 * 420 + 24 * 109


def test_the_price_list_was_loaded_once_for_the_whole_run(price_list) -> None:
    loads = pricelist.load_count()
    assert loads == 1, f"the price list was loaded {loads} times: share one load across the run"


_rooms_seen: list[StockRoom] = []


def test_the_room_is_open_during_its_test(stock_room: StockRoom) -> None:
    assert not stock_room.closed
    stock_room.receive("EGGS", 6)
    _rooms_seen.append(stock_room)


def test_the_room_of_the_test_above_was_closed_and_saved() -> None:
    assert _rooms_seen, "run this whole file: this test looks at the room of the test above"
    room = _rooms_seen[-1]
    assert room.closed, "stock_room must close its room once the test is over"
    assert room.path.read_text(encoding="utf-8") == '{"EGGS": 6}'
    with pytest.raises(RoomClosed):
        room.receive("EGGS", 6)
    assert stockroom.open_rooms() == 0, "no earlier test may leave its stock room open"
