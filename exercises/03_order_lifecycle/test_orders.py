"""Your tests for orders.py. Run `checker check 3` to see how thorough they are."""

import pytest

from orders import InvalidTransition, Line, Order, Status, order_total


def test_a_new_order_is_pending() -> None:
    assert Order(17).status is Status.PENDING


# TODO: walk an order along the allowed moves, one step at a time, and check its status
#       after each. Do not forget the moves to "cancelled" that the rules allow.
# TODO: try moves the rules refuse. Catch the error with pytest.raises, and make the test
#       say which error and which message it expects (see the chapter: match=).
#       Keep what pytest.raises gives you (`as caught`) and look at the error's attributes.
#       After a refused move, is the order still where it was?
# TODO: vat_included() returns a float. Compare it with pytest.approx, on a total whose
#       VAT is not a whole number of cents. Why does `==` not do here?
# TODO: summary(): compare the whole dict, not only one key.
# TODO: order_total() is deprecated. Check that it still returns the total, and that it
#       warns the way the rules say, with pytest.warns.
