from unittest.mock import Mock, create_autospec

import pytest

from basket import Basket
from gateway import PaymentGateway
from orders import place_order


# --8<-- [start:right]
@pytest.fixture
def gateway() -> Mock:
    return create_autospec(PaymentGateway, instance=True)


def test_an_empty_basket_costs_nothing() -> None:
    assert Basket().total() == 0


def test_a_quantity_below_one_is_refused_and_adds_nothing() -> None:
    basket = Basket()
    with pytest.raises(ValueError, match="at least 1"):
        basket.add("BREAD", 210, quantity=0)
    assert basket.quantity("BREAD") == 0


@pytest.mark.parametrize(
    ("quantity", "charged"),
    [(1, 1100 + 495), (5, 5500)],
    ids=["delivery-charged", "delivery-free-from-5000"],
)
def test_an_order_pays_delivery_below_5000_cents(
    gateway: Mock, quantity: int, charged: int
) -> None:
    basket = Basket()
    basket.add("COFFEE-400", 1100, quantity=quantity)

    place_order(7, basket, gateway)

    gateway.charge.assert_called_once_with(charged, "order-7")
# --8<-- [end:right]
