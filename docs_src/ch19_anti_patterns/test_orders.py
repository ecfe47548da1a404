from unittest.mock import create_autospec

from basket import Basket
from gateway import PaymentGateway
from orders import place_order


# --8<-- [start:right]
def test_an_order_is_charged_its_goods_and_delivery() -> None:
    gateway = create_autospec(PaymentGateway, instance=True)  # the boundary only
    gateway.charge.return_value = "ch_123"
    basket = Basket()
    basket.add("TEA-80", 450, quantity=2)

    assert place_order(7, basket, gateway) == "ch_123"
    gateway.charge.assert_called_once_with(900 + 495, "order-7")
# --8<-- [end:right]
