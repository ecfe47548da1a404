"""Fixtures for the chapter 18 examples: set-up that tests ask for by name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from basket import Basket


# --8<-- [start:fixtures]
@pytest.fixture
def basket() -> Basket:
    """An empty basket on the shop's price list, new for every test."""
    return Basket()


@pytest.fixture
def basket_with(basket: Basket) -> Callable[..., Basket]:
    """Fill this test's basket: basket_with(MILK=2, EGGS=1)."""

    def fill(**quantities: int) -> Basket:
        for sku, quantity in quantities.items():
            basket.add(sku.replace("_", "-"), quantity)
        return basket

    return fill
# --8<-- [end:fixtures]
