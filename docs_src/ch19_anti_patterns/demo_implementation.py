"""A demo, not collected: a test that reads the basket's insides."""

from basket import Basket


# --8<-- [start:wrong]
def test_adding_tea_twice() -> None:
    basket = Basket()
    basket.add("TEA-80", 450)
    basket.add("TEA-80", 450)
    assert basket._lines == {"TEA-80": [450, 2]}  # how it is stored, today
# --8<-- [end:wrong]
