"""When does an order leave Tessa's shop, and is a voucher still good?

The courier collects parcels once a day, at 14:00. The shop is in France, so every time
and date below is shop time, Europe/Paris, whatever the zone of the computer's clock (the
web server runs on UTC). The functions read the clock themselves.

* ``dispatch_day()`` is the day an order placed now leaves the shop. An order placed
  Monday to Friday before 14:00 leaves the same day; from 14:00 exactly, it leaves on the
  next working day. An order placed on a Saturday or a Sunday leaves on Monday, and so
  does one placed on Friday from 14:00.
* ``ships_today()`` is true exactly when ``dispatch_day()`` is today's date.
* ``minutes_to_cutoff()`` is the whole minutes, rounded down, left until 14:00 on the
  dispatch day, counted in real time: across the night the clocks change, an hour more
  or less than the wall clock suggests.
* ``voucher_valid(expires_on)`` is true until midnight at the end of the day
  ``expires_on``, and false from then on.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

SHOP_TIME = ZoneInfo("Europe/Paris")
CUTOFF = time(14, 0)
SATURDAY = 5


def _now() -> datetime:
    return datetime.now(SHOP_TIME)


def _next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= SATURDAY:
        day += timedelta(days=1)
    return day


def _dispatch_day(now: datetime) -> date:
    today = now.date()
    if today.weekday() < SATURDAY and now.time() < CUTOFF:
        return today
    return _next_working_day(today)


def dispatch_day() -> date:
    return _dispatch_day(_now())


def ships_today() -> bool:
    now = _now()
    return _dispatch_day(now) == now.date()


def minutes_to_cutoff() -> int:
    now = _now()
    cutoff = datetime.combine(_dispatch_day(now), CUTOFF, tzinfo=SHOP_TIME)
    # Subtracting two times of one zone gives the wall clock's difference; in UTC it is
    # the real time between them.
    left = cutoff.astimezone(timezone.utc) - now.astimezone(timezone.utc)
    return int(left.total_seconds() // 60)


def voucher_valid(expires_on: date) -> bool:
    return _now().date() <= expires_on
