"""Tests for the shop's coupon codes: one table per shape of case, every case named."""

import pytest

from coupons import CouponError, discount


# Every case that gives a discount has the same shape: a code as the customer typed it,
# the goods, and the cents that come off. One test body, one table; the ids are what
# pytest prints, so a failure reads "welcome10-not-whole-cents", not "[WELCOME10-1999-199]".
@pytest.mark.parametrize(
    ("code", "goods", "expected"),
    [
        ("WELCOME10", 2000, 200),
        ("WELCOME10", 1999, 199),  # 199.9 cents: rounded down, never up or to nearest
        ("SAVE500", 2500, 500),  # exactly the minimum is enough
        ("SAVE500", 9000, 500),
        ("TENNER", 4000, 1000),
        ("TENNER", 1000, 1000),
        ("TENNER", 650, 650),  # never more than the goods: the order becomes free
        ("welcome10", 2000, 200),
        ("SaVe500", 3000, 500),
        ("  TENNER ", 4000, 1000),
        ("", 2000, 0),
        ("   ", 2000, 0),
    ],
    ids=[
        "welcome10-ten-percent",
        "welcome10-not-whole-cents",
        "save500-at-the-minimum",
        "save500-large-order",
        "tenner-large-order",
        "tenner-exactly-1000",
        "tenner-capped-at-the-goods",
        "lower-case",
        "mixed-case",
        "spaces-around",
        "blank",
        "only-spaces",
    ],
)
def test_discount(code: str, goods: int, expected: int) -> None:
    assert discount(code, goods) == expected


# Refusals have another shape: a code, the goods, and what the message must mention.
# pytest.param keeps each case's id next to its values, which reads better when the
# rows are long. The match is a regular expression; these are plain words.
@pytest.mark.parametrize(
    ("code", "goods", "message"),
    [
        pytest.param("SAVE500", 2499, "2500", id="save500-just-below-the-minimum"),
        pytest.param("SAVE500", 0, "2500", id="save500-empty-order"),
        pytest.param("HALFPRICE", 2000, "HALFPRICE", id="unknown-code"),
        pytest.param(" FREESHIP ", 2000, "FREESHIP", id="unknown-code-with-spaces"),
        pytest.param("WELCOME", 2000, "WELCOME", id="almost-a-code"),
        # The code as the customer typed it: in lower case, not shouted back in capitals.
        pytest.param("halfprice", 2000, "halfprice", id="unknown-code-keeps-its-case"),
    ],
)
def test_refused_codes(code: str, goods: int, message: str) -> None:
    with pytest.raises(CouponError, match=message):
        discount(code, goods)


# The spaces around an unknown code are left out of the message. Only that is promised
# about them, so the test looks for the code with its spaces and expects not to find it;
# how the rest of the message is worded is up to the code.
def test_an_unknown_code_is_repeated_without_its_spaces() -> None:
    typed = "   halfprice   "
    with pytest.raises(CouponError, match="halfprice") as caught:
        discount(typed, 2000)
    assert typed not in str(caught.value)
