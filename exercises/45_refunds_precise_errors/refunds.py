"""Refunds at the counter, against the shop's receipts.

A customer brings something back with the receipt, and Tessa pays back part or all of
what it cost. The rules:

* ``desk.refund(receipt_id, cents, today)`` pays back ``cents`` on the receipt and returns
  how many cents of the receipt can still be refunded.
* A receipt the desk does not know raises ``UnknownReceipt``, whose message names the
  receipt.
* ``cents`` must be a whole number of at least 1, or ``ValueError`` is raised.
* A receipt can be refunded until 30 days after the day of purchase, that day included;
  later, ``RefundWindowClosed`` is raised, whose message gives the last day, as
  ``2026-05-31``.
* Refunding more than what is left of the receipt raises ``RefundTooLarge``, whose message
  gives the cents that can still be refunded.
* ``UnknownReceipt``, ``RefundWindowClosed`` and ``RefundTooLarge`` are kinds of
  ``RefundError``. A refused refund leaves the receipt as it was.

``today`` is passed in, so that a test decides which day it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

REFUND_DAYS = 30


class RefundError(Exception):
    """The refund cannot be paid."""


class UnknownReceipt(RefundError):
    """No receipt has that id."""


class RefundWindowClosed(RefundError):
    """The receipt is too old to be refunded."""


class RefundTooLarge(RefundError):
    """More than what is left of the receipt was asked for."""


@dataclass
class Receipt:
    total: int
    bought_on: date
    refunded: int = 0


class RefundDesk:
    def __init__(self, receipts: dict[str, Receipt]) -> None:
        self.receipts = receipts

    def refund(self, receipt_id: str, cents: int, today: date) -> int:
        receipt = self.receipts.get(receipt_id)
        if receipt is None:
            raise UnknownReceipt(f"no receipt {receipt_id}")
        if not isinstance(cents, int) or cents < 1:
            raise ValueError(f"a refund is a whole number of cents, at least 1, not {cents!r}")
        last_day = receipt.bought_on + timedelta(days=REFUND_DAYS)
        if today > last_day:
            raise RefundWindowClosed(
                f"receipt {receipt_id} could be refunded until {last_day.isoformat()}"
            )
        left = receipt.total - receipt.refunded
        if cents > left:
            raise RefundTooLarge(f"receipt {receipt_id} has only {left} cents left to refund")
        receipt.refunded += cents
        return left - cents
