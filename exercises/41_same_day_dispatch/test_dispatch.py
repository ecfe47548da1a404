from datetime import date, datetime
from zoneinfo import ZoneInfo
import pytest
from freezegun import freeze_time
import dispatch
from dispatch import dispatch_day, minutes_to_cutoff, ships_today, voucher_valid


@pytest.mark.parametrize(("moment", "leaves"), [
    ("2026-03-24 12:59:59", date(2026, 3, 24)),
    ("2026-03-24 13:00:00", date(2026, 3, 25)),
    ("2026-03-27 15:00", date(2026, 3, 30)),
    ("2026-03-28 09:00", date(2026, 3, 30)),
])
def test_dispatch(moment, leaves):
    with freeze_time(moment):
        assert dispatch_day() == leaves


@freeze_time("2026-03-24 12:00")
def test_minutes():
    assert minutes_to_cutoff() == 60


@freeze_time("2026-03-24 22:59:59")
def test_voucher():
    assert voucher_valid(date(2026, 3, 24))


def test_patched_now(monkeypatch):
    monkeypatch.setattr(dispatch, "_now", lambda: datetime(2026, 3, 24, 14, tzinfo=ZoneInfo("Europe/Paris")))
    assert not ships_today()
