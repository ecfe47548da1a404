"""Tests for dispatch.py, each on a clock frozen at a moment chosen for a rule's edge.

Every moment is written in shop time (Europe/Paris) as an aware datetime, so the frozen
clock is exact whatever zone the computer is in. freeze_time turns it into UTC, the way
the server's clock sees it.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from dispatch import dispatch_day, minutes_to_cutoff, ships_today, voucher_valid

PARIS = ZoneInfo("Europe/Paris")

# The last week of March 2026: Monday the 23rd to Sunday the 29th, when the clocks go
# forward an hour at 02:00 (winter time UTC+1 before, summer time UTC+2 after).
MONDAY = date(2026, 3, 23)
TUESDAY = date(2026, 3, 24)
WEDNESDAY = date(2026, 3, 25)
NEXT_MONDAY = date(2026, 3, 30)


def in_paris(day: date, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("placed", "leaves"),
    [
        (in_paris(MONDAY, 9), MONDAY),
        (in_paris(TUESDAY, 13, 59, 59), TUESDAY),
        (in_paris(TUESDAY, 14), WEDNESDAY),
        (in_paris(date(2026, 3, 27), 14), NEXT_MONDAY),
        (in_paris(date(2026, 3, 28), 9), NEXT_MONDAY),
        (in_paris(date(2026, 3, 29), 12), NEXT_MONDAY),
        # 14:30 in Paris in June is 12:30 UTC: a clock read in UTC would still ship today.
        (in_paris(date(2026, 6, 10), 14, 30), date(2026, 6, 11)),
    ],
    ids=[
        "monday-morning-leaves-the-same-day",
        "one-second-before-the-cutoff-leaves-the-same-day",
        "exactly-at-the-cutoff-leaves-the-next-day",
        "friday-at-the-cutoff-leaves-on-monday",
        "saturday-morning-leaves-on-monday",
        "sunday-leaves-on-monday",
        "a-summer-afternoon-in-paris-is-judged-in-paris-time",
    ],
)
def test_dispatch_day_follows_the_cutoff_and_the_working_week(
    placed: datetime, leaves: date
) -> None:
    with freeze_time(placed):
        assert dispatch_day() == leaves


@pytest.mark.parametrize(
    ("placed", "expected"),
    [
        (in_paris(TUESDAY, 10), True),
        (in_paris(TUESDAY, 14), False),
        (in_paris(date(2026, 3, 28), 10), False),
        # 00:30 on Wednesday in Paris is still Tuesday in UTC.
        (in_paris(date(2026, 6, 10), 0, 30), True),
    ],
    ids=[
        "a-weekday-morning-ships-today",
        "the-cutoff-does-not-ship-today",
        "a-saturday-does-not-ship-today",
        "just-after-midnight-in-paris-today-is-the-paris-date",
    ],
)
def test_ships_today_says_whether_the_dispatch_day_is_today(
    placed: datetime, expected: bool
) -> None:
    with freeze_time(placed):
        assert ships_today() is expected


@pytest.mark.parametrize(
    ("now", "minutes"),
    [
        (in_paris(TUESDAY, 13), 60),
        (in_paris(TUESDAY, 13, 59, 30), 0),
        (in_paris(TUESDAY, 14), 24 * 60),
        # Saturday 14:00 to Monday 14:00 is 48 hours on the wall clock, but the clocks
        # go forward on Sunday night: 47 hours pass.
        (in_paris(date(2026, 3, 28), 14), 47 * 60),
        # And back on the last Sunday of October: 49 hours pass.
        (in_paris(date(2026, 10, 24), 14), 49 * 60),
    ],
    ids=[
        "an-hour-before-the-cutoff",
        "thirty-seconds-left-round-down-to-zero",
        "at-the-cutoff-a-full-day-to-the-next-one",
        "over-the-spring-weekend-an-hour-less",
        "over-the-autumn-weekend-an-hour-more",
    ],
)
def test_minutes_to_cutoff_counts_real_whole_minutes(now: datetime, minutes: int) -> None:
    with freeze_time(now):
        assert minutes_to_cutoff() == minutes


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (in_paris(MONDAY, 12), True),
        (in_paris(TUESDAY, 23, 59, 59), True),
        # Midnight in Paris in March is 23:00 UTC on the Tuesday.
        (in_paris(WEDNESDAY), False),
    ],
    ids=[
        "before-its-last-day",
        "the-last-second-of-its-last-day",
        "midnight-at-the-end-of-its-last-day",
    ],
)
def test_a_voucher_is_valid_until_midnight_shop_time(now: datetime, expected: bool) -> None:
    with freeze_time(now):
        assert voucher_valid(expires_on=TUESDAY) is expected
