"""Your tests for the shop's coupon codes. Run `checker check 4` to see how thorough they are."""

from coupons import CouponError, discount


def test_welcome10_takes_ten_percent_off() -> None:
    assert discount("WELCOME10", 2000) == 200


# TODO: turn the test above into one parametrized test that runs a table of cases:
#       (code, goods, expected discount). Give every case a readable id, with
#       `ids=[...]` or `pytest.param(..., id="...")`, so a failure names the case.
# TODO: cover the way customers type codes: lower case, mixed case, spaces around.
# TODO: cover each code at its limits: the SAVE500 minimum (at it and just below it),
#       TENNER on an order smaller than 1000 cents, WELCOME10 when 10% is not whole cents.
# TODO: a second parametrized test for the codes the checkout refuses. Use
#       `pytest.raises(CouponError, match=...)` so each case also checks the message.
# TODO: and the blank code: what does typing nothing take off?
