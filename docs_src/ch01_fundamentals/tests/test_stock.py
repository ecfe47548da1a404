"""Tests for the shop's shelves: one rule of stock.py at a time."""

import pytest
from stock import OutOfStock, Shelves


# --8<-- [start:first]
def test_an_item_never_stocked_has_nothing_on_the_shelf() -> None:
    assert Shelves().count("TEA-80") == 0


def test_deliveries_add_up_on_the_shelf() -> None:
    shelves = Shelves()
    shelves.receive("TEA-80", 12)
    shelves.receive("TEA-80", 6)
    assert shelves.count("TEA-80") == 18
# --8<-- [end:first]


def test_a_sale_takes_items_off_the_shelf() -> None:
    shelves = Shelves()
    shelves.receive("TEA-80", 12)
    shelves.sell("TEA-80", 5)
    assert shelves.count("TEA-80") == 7


# --8<-- [start:raises]
def test_a_delivery_of_no_items_is_refused() -> None:
    with pytest.raises(ValueError):
        Shelves().receive("TEA-80", 0)
# --8<-- [end:raises]


# --8<-- [start:out-of-stock]
def test_selling_more_than_the_shelf_holds_is_refused() -> None:
    shelves = Shelves()
    shelves.receive("TEA-80", 2)
    with pytest.raises(OutOfStock):
        shelves.sell("TEA-80", 3)
    assert shelves.count("TEA-80") == 2  # the refused sale took nothing
# --8<-- [end:out-of-stock]
