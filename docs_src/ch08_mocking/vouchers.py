"""Reminders for loyalty vouchers that are about to expire.

* A voucher is valid for 90 days: it expires on the 90th day after the day it
  was issued, and can be spent on that day too.
* Each morning, the holder of every voucher that expires within the next 7 days
  (the expiry day itself included) hears about it: by text message when the
  shop has their phone number, by e-mail otherwise.
* ``expiring_soon`` is told which day it is; ``send_reminders`` takes the day
  from the shop's calendar (``date.today()``) unless it is given one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from mailer import send_email, send_sms

VALID_FOR = timedelta(days=90)
REMIND_WITHIN = timedelta(days=7)


@dataclass(frozen=True)
class Voucher:
    code: str
    email: str
    issued_on: date
    phone: str | None = None

    def expires_on(self) -> date:
        return self.issued_on + VALID_FOR


def expiring_soon(vouchers: Iterable[Voucher], today: date) -> list[Voucher]:
    return [v for v in vouchers if today <= v.expires_on() <= today + REMIND_WITHIN]


def send_reminders(vouchers: Iterable[Voucher], today: date | None = None) -> int:
    """Remind the holder of each voucher that expires soon; return how many."""
    due = expiring_soon(vouchers, today or date.today())
    for voucher in due:
        text = f"Your voucher {voucher.code} can be spent until {voucher.expires_on():%d %B %Y}."
        if voucher.phone:
            send_sms(voucher.phone, text)
        else:
            send_email(voucher.email, "Your voucher expires soon", text)
    return len(due)
