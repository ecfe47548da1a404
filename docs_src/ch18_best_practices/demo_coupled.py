"""What not to write: a test that knows how the basket is built. Not collected: its
name does not start with test_."""

from __future__ import annotations

from basket import Basket


# --8<-- [start:coupled]
def test_add_stores_the_quantity_in_the_dict() -> None:
    basket = Basket()
    basket.add("MILK")
    basket.add("MILK", 2)
    assert basket._quantities == {"MILK": 3}  # a private attribute: breaks on refactoring
# --8<-- [end:coupled]
