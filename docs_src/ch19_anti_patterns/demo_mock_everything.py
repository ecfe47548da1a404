"""A demo, not collected: mocks all the way down, so nothing real is tested."""

from unittest.mock import Mock, patch

import orders
from basket import Basket


# --8<-- [start:wrong]
@patch("orders.amount_due", return_value=1395)
def test_place_order(amount_due: Mock) -> None:
    gateway = Mock()
    orders.place_order(7, Basket(), gateway)
    amount_due.assert_called_once()  # true whatever amount_due computes
    gateway.charge.assert_called_once()  # with anything at all
# --8<-- [end:wrong]
