import pytest

from basket import Basket


# --8<-- [start:right]
@pytest.fixture
def basket() -> Basket:
    """A new, empty basket for every test that asks."""
    return Basket()


def test_tea_alone_costs_its_price(basket: Basket) -> None:
    basket.add("TEA-80", 450)
    assert basket.total() == 450


def test_tea_and_milk_cost_both_prices(basket: Basket) -> None:
    basket.add("TEA-80", 450)
    basket.add("MILK", 120)
    assert basket.total() == 570
# --8<-- [end:right]
