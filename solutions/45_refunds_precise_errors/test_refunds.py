"""Tests for refunds.py: every refusal names its error, and what its message must hold.

`pytest.raises(RefundTooLarge, match=...)` fails when the code raises nothing, when it
raises another error (a KeyError, a sibling of RefundTooLarge, a ValueError) and when the
message leaves out what the rules promise. `pytest.raises(Exception)` fails only on the
first of these.
"""

from __future__ import annotations

from datetime import date

import pytest

from refunds import (
    Receipt,
    RefundDesk,
    RefundError,
    RefundTooLarge,
    RefundWindowClosed,
    UnknownReceipt,
)

BOUGHT = date(2026, 5, 1)
LAST_DAY = date(2026, 5, 31)
SOON_AFTER = date(2026, 5, 3)


@pytest.fixture
def desk() -> RefundDesk:
    """A desk that knows one receipt of €12.50, bought on 1 May 2026."""
    return RefundDesk({"R-1001": Receipt(total=1250, bought_on=BOUGHT)})


def test_a_refund_returns_what_is_left(desk: RefundDesk) -> None:
    assert desk.refund("R-1001", 800, SOON_AFTER) == 450


def test_a_second_refund_counts_the_first(desk: RefundDesk) -> None:
    desk.refund("R-1001", 800, SOON_AFTER)

    assert desk.refund("R-1001", 450, SOON_AFTER) == 0


def test_an_unknown_receipt_is_refused_by_name(desk: RefundDesk) -> None:
    with pytest.raises(UnknownReceipt, match="R-404"):
        desk.refund("R-404", 100, SOON_AFTER)


@pytest.mark.parametrize("cents", [0, -100], ids=["nothing", "negative"])
def test_a_refund_of_less_than_a_cent_is_refused(desk: RefundDesk, cents: int) -> None:
    with pytest.raises(ValueError):
        desk.refund("R-1001", cents, SOON_AFTER)


def test_a_receipt_can_be_refunded_on_its_last_day(desk: RefundDesk) -> None:
    assert desk.refund("R-1001", 100, LAST_DAY) == 1150


def test_the_day_after_the_last_the_window_is_closed(desk: RefundDesk) -> None:
    # Not RefundError: a RefundTooLarge would pass that check.
    with pytest.raises(RefundWindowClosed, match="2026-05-31"):
        desk.refund("R-1001", 100, date(2026, 6, 1))


def test_too_large_a_refund_says_what_is_left(desk: RefundDesk) -> None:
    desk.refund("R-1001", 800, SOON_AFTER)

    # 450, not the receipt's 1250: only a partial refund first tells the two apart.
    with pytest.raises(RefundTooLarge, match=r"\b450\b"):
        desk.refund("R-1001", 451, SOON_AFTER)


def test_a_refused_refund_leaves_the_receipt_as_it_was(desk: RefundDesk) -> None:
    with pytest.raises(RefundTooLarge):
        desk.refund("R-1001", 2000, SOON_AFTER)

    assert desk.refund("R-1001", 1250, SOON_AFTER) == 0


@pytest.mark.parametrize(
    "error", [UnknownReceipt, RefundWindowClosed, RefundTooLarge], ids=lambda e: e.__name__
)
def test_the_shops_refusals_are_refund_errors(error: type[Exception]) -> None:
    assert issubclass(error, RefundError)
