"""A demo, not collected: one test that checks everything, and says little when it fails."""

from unittest.mock import create_autospec

import pytest

from basket import Basket
from gateway import PaymentGateway
from orders import place_order


# --8<-- [start:wrong]
def test_basket() -> None:
    basket = Basket()
    assert basket.total() == 0
    basket.add("TEA-80", 450)
    assert basket.total() == 450
    basket.add("TEA-80", 450)
    assert basket.quantity("TEA-80") == 2
    basket.add("MILK", 120, quantity=3)
    assert basket.total() == 1260
    with pytest.raises(ValueError):
        basket.add("BREAD", 210, quantity=0)
    assert basket.quantity("BREAD") == 0
    gateway = create_autospec(PaymentGateway, instance=True)
    place_order(7, basket, gateway)
    gateway.charge.assert_called_once_with(1260 + 495, "order-7")
    basket.add("COFFEE-400", 1100, quantity=4)
    gateway.reset_mock()
    place_order(8, basket, gateway)
    gateway.charge.assert_called_once_with(5660, "order-8")
    # ... and on, for another forty lines
# --8<-- [end:wrong]
