"""Vouchers on a controlled clock: freezegun and time-machine, side by side."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import time_machine
from freezegun import freeze_time

from vouchers import days_left, voucher_valid

PARIS = ZoneInfo("Europe/Paris")
LAST_DAY = date(2026, 3, 24)


# --8<-- [start:freezegun]
@freeze_time(datetime(2026, 3, 24, 23, 59, 59, tzinfo=PARIS))
def test_a_voucher_is_valid_in_the_last_second_of_its_last_day() -> None:
    assert voucher_valid(LAST_DAY)


def test_a_voucher_expires_at_midnight_shop_time() -> None:
    # Midnight in Paris in March is 23:00 UTC on the last day: a UTC clock disagrees.
    with freeze_time(datetime(2026, 3, 25, 0, 0, tzinfo=PARIS)):
        assert not voucher_valid(LAST_DAY)
# --8<-- [end:freezegun]


# --8<-- [start:time-machine]
@time_machine.travel(datetime(2026, 3, 20, 9, 0, tzinfo=PARIS), tick=False)
def test_days_left_counts_whole_days_after_today() -> None:
    assert days_left(LAST_DAY) == 4


def test_days_left_goes_down_as_the_days_go_by(
    time_machine: time_machine.TimeMachineFixture,
) -> None:
    time_machine.move_to(datetime(2026, 3, 23, 12, 0, tzinfo=PARIS), tick=False)
    assert days_left(LAST_DAY) == 1

    time_machine.move_to(datetime(2026, 3, 25, 12, 0, tzinfo=PARIS), tick=False)
    assert days_left(LAST_DAY) == -1
# --8<-- [end:time-machine]
