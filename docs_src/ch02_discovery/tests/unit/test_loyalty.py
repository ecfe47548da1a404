"""Unit tests for shop.loyalty, in classes by the question they answer."""

from shop.loyalty import points_for, vouchers_for


# --8<-- [start:class]
class TestPointsForAPurchase:
    def test_each_whole_euro_earns_a_point(self) -> None:
        assert points_for(1299) == 12

    def test_cents_alone_earn_nothing(self) -> None:
        assert points_for(99) == 0

    def test_fifty_euros_or_more_earn_double(self) -> None:
        assert points_for(5000) == 100

    def test_just_under_fifty_euros_earns_single_points(self) -> None:
        assert points_for(4999) == 49
# --8<-- [end:class]


class TestVouchers:
    def test_every_hundred_points_make_a_euro(self) -> None:
        assert vouchers_for(250) == (200, 50)

    def test_too_few_points_make_no_voucher(self) -> None:
        assert vouchers_for(99) == (0, 99)
