"""Tests for collect.py: each test builds its own shelf, on a clock it moves by hand.

Nothing is shared between tests, so they pass in any order; no test sleeps, because
time is whatever the clock says; the pick list goes to tmp_path, which pytest owns.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from collect import AlreadyOnShelf, HoldExpired, NotOnShelf, Shelf

HOUR = 3600


class Clock:
    """A clock that stands still until the test moves it on."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, hours: float) -> None:
        self.now += hours * HOUR


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shelf(clock: Clock) -> Shelf:
    """A fresh shelf for each test, with the default hold of 48 hours."""
    return Shelf(clock=clock)


def test_an_order_put_aside_can_be_collected(shelf: Shelf) -> None:
    shelf.put_aside(1, "Ana Lima")

    assert shelf.collect(1) == "Ana Lima"


def test_a_collected_order_leaves_the_shelf(shelf: Shelf) -> None:
    shelf.put_aside(1, "Ana Lima")
    shelf.collect(1)

    with pytest.raises(NotOnShelf, match="1"):
        shelf.collect(1)


def test_an_order_cannot_be_put_aside_twice(shelf: Shelf) -> None:
    shelf.put_aside(1, "Ana Lima")

    with pytest.raises(AlreadyOnShelf):
        shelf.put_aside(1, "Bo Chen")
    assert shelf.collect(1) == "Ana Lima"


def test_an_order_never_put_aside_is_not_on_the_shelf(shelf: Shelf) -> None:
    with pytest.raises(NotOnShelf):
        shelf.collect(7)


def test_an_order_is_held_until_just_before_48_hours(shelf: Shelf, clock: Clock) -> None:
    shelf.put_aside(1, "Ana Lima")
    clock.advance(48 - 1 / HOUR)

    assert shelf.collect(1) == "Ana Lima"


def test_the_hold_runs_out_at_exactly_48_hours(shelf: Shelf, clock: Clock) -> None:
    shelf.put_aside(1, "Ana Lima")
    clock.advance(48)

    with pytest.raises(HoldExpired):
        shelf.collect(1)


def test_a_shelf_can_hold_orders_for_less_time(clock: Clock) -> None:
    shelf = Shelf(hold_hours=2, clock=clock)
    shelf.put_aside(1, "Ana Lima")
    clock.advance(2)

    assert shelf.clear_expired() == [1]


def test_clearing_takes_the_expired_orders_first_put_aside_first(
    shelf: Shelf, clock: Clock
) -> None:
    shelf.put_aside(3, "Cy Obi")
    shelf.put_aside(1, "Ana Lima")
    clock.advance(24)
    shelf.put_aside(2, "Bo Chen")
    clock.advance(24)

    assert shelf.clear_expired() == [3, 1]
    assert shelf.collect(2) == "Bo Chen"
    with pytest.raises(NotOnShelf):
        shelf.collect(3)


def test_the_pick_list_names_the_orders_still_held_in_the_order_they_came(
    shelf: Shelf, clock: Clock, tmp_path: Path
) -> None:
    shelf.put_aside(9, "Dee Park")
    clock.advance(24)
    shelf.put_aside(3, "Cy Obi")
    shelf.put_aside(1, "Ana Lima")
    clock.advance(24)

    path = shelf.write_pick_list(tmp_path)

    assert path == tmp_path / "pick-list.txt"
    assert path.read_text(encoding="utf-8") == "order-3 Cy Obi\norder-1 Ana Lima\n"
