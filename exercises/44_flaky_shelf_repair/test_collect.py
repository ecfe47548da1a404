"""The shelf's tests, as they were left. They pass when run top to bottom, most days.

Repair them: every test must pass in any order, on its own, without sleeping and without
leaving files behind. Then add the tests the TODOs ask for. `checker check 44` says what
is still wrong.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from collect import Shelf

# One shelf for the whole module; holds of 0.0001 hours (0.36 s), so that the test of the
# expiry waits less than two days.
SHELF = Shelf(hold_hours=0.0001)


def test_put_aside() -> None:
    SHELF.put_aside(1, "Ana Lima")
    SHELF.put_aside(2, "Bo Chen")
    with pytest.raises(Exception):
        SHELF.put_aside(1, "Ana Lima")


def test_collect() -> None:
    # Order 1 was put aside by test_put_aside, above.
    assert SHELF.collect(1) == "Ana Lima"


def test_pick_list() -> None:
    path = SHELF.write_pick_list(Path("."))
    assert path.read_text(encoding="utf-8") == "order-2 Bo Chen\n"


def test_hold_runs_out() -> None:
    time.sleep(0.4)
    assert SHELF.clear_expired() == [2]


# TODO: the hold's boundary: just before hold_hours, and exactly at it.
# TODO: collecting an order that is not on the shelf, and one whose hold has run out:
#       which error, exactly?
# TODO: several orders: in which order do clear_expired and the pick list give them?
