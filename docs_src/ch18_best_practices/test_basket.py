"""The basket, tested the way chapter 18 recommends."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from basket import Basket, UnknownCoupon


# --8<-- [start:aaa]
def test_welcome10_takes_10_percent_off_the_goods_rounded_down(basket: Basket) -> None:
    # Arrange
    basket.add("TEA-80", 3)  # 1047 cents
    basket.apply_coupon("WELCOME10")

    # Act
    total = basket.total()

    # Assert
    assert total == 943  # 1047 less 104.7, the discount rounded down to 104
# --8<-- [end:aaa]


# --8<-- [start:behaviour]
def test_adding_an_item_again_raises_its_quantity(basket: Basket) -> None:
    basket.add("MILK")

    basket.add("MILK", 2)

    assert basket.lines() == [("MILK", 3)]
# --8<-- [end:behaviour]


# --8<-- [start:factory]
def test_a_coupon_typed_in_lower_case_still_counts(
    basket_with: Callable[..., Basket],
) -> None:
    basket = basket_with(COFFEE_400=1)  # 699 cents

    basket.apply_coupon(" welcome10 ")

    assert basket.total() == 630


def test_an_unknown_coupon_is_refused_and_changes_nothing(
    basket_with: Callable[..., Basket],
) -> None:
    basket = basket_with(COFFEE_400=1)

    with pytest.raises(UnknownCoupon):
        basket.apply_coupon("FREESTUFF")

    assert basket.total() == 699
# --8<-- [end:factory]


# --8<-- [start:parametrize]
@pytest.mark.parametrize(
    ("quantity", "goods"),
    [
        (9, 9 * 119),
        (10, 1071),  # 1190 less 119
        (11, 1179),  # 1309 less 130.9, rounded down to 130
    ],
    ids=["nine-pay-full-price", "ten-get-10-percent-off", "the-discount-is-rounded-down"],
)
def test_bulk_discount_on_a_line_of_milk(basket: Basket, quantity: int, goods: int) -> None:
    basket.add("MILK", quantity)

    assert basket.goods() == goods
# --8<-- [end:parametrize]
