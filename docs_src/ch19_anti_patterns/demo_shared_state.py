"""A demo, not collected: tests that share one basket, and need each other's leftovers."""

from basket import Basket


# --8<-- [start:wrong]
class TestBasket:
    basket = Basket()  # made once, when the class is defined: every test shares it

    def test_add_tea(self) -> None:
        self.basket.add("TEA-80", 450)
        assert self.basket.total() == 450

    def test_add_milk(self) -> None:
        self.basket.add("MILK", 120)
        assert self.basket.total() == 570  # only after test_add_tea
# --8<-- [end:wrong]
