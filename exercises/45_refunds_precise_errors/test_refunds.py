"""Tests for refunds.py. They all pass, and most of them would pass on broken code too.

Every `pytest.raises(Exception)` below is satisfied by any error at all: a KeyError, a
TypeError from a typo, the wrong one of the shop's errors. And a `try ... except
Exception: pass` is satisfied by everything, no error included. Make each check say which
error, and what its message must hold. `checker check 45` shows what still slips through.
"""

from __future__ import annotations

from datetime import date

import pytest

from refunds import Receipt, RefundDesk

BOUGHT = date(2026, 5, 1)
SOON_AFTER = date(2026, 5, 3)


@pytest.fixture
def desk() -> RefundDesk:
    """A desk that knows one receipt of €12.50, bought on 1 May 2026."""
    return RefundDesk({"R-1001": Receipt(total=1250, bought_on=BOUGHT)})


def test_a_refund_returns_what_is_left(desk: RefundDesk) -> None:
    assert desk.refund("R-1001", 800, SOON_AFTER) == 450


def test_an_unknown_receipt_is_refused(desk: RefundDesk) -> None:
    try:
        desk.refund("R-404", 100, SOON_AFTER)
    except Exception:
        pass


def test_a_late_refund_is_refused(desk: RefundDesk) -> None:
    with pytest.raises(Exception):
        desk.refund("R-1001", 100, date(2026, 6, 15))


def test_too_large_a_refund_is_refused(desk: RefundDesk) -> None:
    with pytest.raises(Exception):
        desk.refund("R-1001", 2000, SOON_AFTER)


def test_a_refund_of_nothing_is_refused(desk: RefundDesk) -> None:
    with pytest.raises(Exception):
        desk.refund("R-1001", 0, SOON_AFTER)


# TODO: the window's last day: refunded on it, refused the day after.
# TODO: a second refund: what is left after the first one, and what does the error say?
# TODO: a refused refund changes nothing: check what is left afterwards.
