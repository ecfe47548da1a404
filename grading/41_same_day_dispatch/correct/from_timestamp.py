"""When does an order leave Tessa's shop, and is a voucher still good?

Reads the clock as a timestamp and does its arithmetic in seconds.

* ``dispatch_day()``: Monday to Friday before 14:00, the same day; otherwise the next
  working day. Saturday, Sunday and Friday from 14:00 leave on Monday.
* ``ships_today()``: whether ``dispatch_day()`` is today.
* ``minutes_to_cutoff()``: real whole minutes left until 14:00 on the dispatch day.
* ``voucher_valid(expires_on)``: until midnight at the end of ``expires_on``.
All of it in Europe/Paris time.
"""

from __future__ import annotations

import time as clock
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
LAST_ORDERS = time(14, 0)
# Days to add to reach the next working day, by weekday (Monday is 0).
NEXT_WORKING_DAY = {0: 1, 1: 1, 2: 1, 3: 1, 4: 3, 5: 2, 6: 1}


def _shop_clock() -> tuple[float, datetime]:
    stamp = clock.time()
    return stamp, datetime.fromtimestamp(stamp, PARIS)


def _leaves_on(local: datetime) -> date:
    day = local.date()
    if day.weekday() <= 4 and local.time() < LAST_ORDERS:
        return day
    return day + timedelta(days=NEXT_WORKING_DAY[day.weekday()])


def dispatch_day() -> date:
    return _leaves_on(_shop_clock()[1])


def ships_today() -> bool:
    local = _shop_clock()[1]
    return _leaves_on(local) == local.date()


def minutes_to_cutoff() -> int:
    stamp, local = _shop_clock()
    deadline = datetime.combine(_leaves_on(local), LAST_ORDERS, tzinfo=PARIS)
    return int((deadline.timestamp() - stamp) // 60)


def voucher_valid(expires_on: date) -> bool:
    stamp, _ = _shop_clock()
    end = datetime.combine(expires_on + timedelta(days=1), time(0), tzinfo=PARIS)
    return stamp < end.timestamp()
