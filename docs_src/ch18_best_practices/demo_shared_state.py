"""What not to write: two tests that share one basket, so the second passes only after
the first. Not collected: its name does not start with test_."""

from __future__ import annotations

from basket import Basket

# --8<-- [start:shared]
BASKET = Basket()  # one basket for the whole module: every test changes it


def test_adding_milk() -> None:
    BASKET.add("MILK", 2)
    assert BASKET.lines() == [("MILK", 2)]


def test_adding_eggs_after_the_milk() -> None:
    BASKET.add("EGGS")
    assert BASKET.lines() == [("MILK", 2), ("EGGS", 1)]
# --8<-- [end:shared]
