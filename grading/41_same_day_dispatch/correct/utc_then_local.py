"""When does an order leave Tessa's shop, and is a voucher still good?

Reads the clock in UTC and converts it to the shop's zone; a small class keeps one
reading for each question.

Rules as in the course's dispatch.py: 14:00 cutoff Monday to Friday, the next working
day otherwise, real minutes to the cutoff, vouchers good to the end of their last day,
all in Europe/Paris time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Paris")
WEEKEND = frozenset({5, 6})


@dataclass
class _Moment:
    utc: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def local(self) -> datetime:
        return self.utc.astimezone(ZONE)

    def dispatch(self) -> date:
        local = self.local
        before_two = (local.hour, local.minute, local.second, local.microsecond) < (14, 0, 0, 0)
        if local.weekday() not in WEEKEND and before_two:
            return local.date()
        day = local.date() + timedelta(days=1)
        while day.weekday() in WEEKEND:
            day += timedelta(days=1)
        return day


def dispatch_day() -> date:
    return _Moment().dispatch()


def ships_today() -> bool:
    moment = _Moment()
    return moment.dispatch() == moment.local.date()


def minutes_to_cutoff() -> int:
    moment = _Moment()
    cutoff = datetime.combine(moment.dispatch(), time(14), ZONE).astimezone(UTC)
    seconds = (cutoff - moment.utc).total_seconds()
    return int(seconds // 60)


def voucher_valid(expires_on: date) -> bool:
    return not _Moment().local.date() > expires_on
