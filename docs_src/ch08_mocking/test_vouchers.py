"""The clock, patch as a decorator, patch.multiple, and pytest-mock's mocker."""

from datetime import date
from unittest.mock import DEFAULT, MagicMock, patch

import pytest
from freezegun import freeze_time
from pytest_mock import MockerFixture

import vouchers
from vouchers import Voucher, expiring_soon, send_reminders

# Issued on 1 January 2026, so valid until 1 April 2026 (the 90th day after).
ANA = Voucher("V-0001", "ana@example.com", date(2026, 1, 1))
BOB = Voucher("V-0002", "bob@example.com", date(2026, 1, 1), phone="+33 6 12 34 56 78")


@pytest.fixture
def vouchers_issued() -> list[Voucher]:
    """Ana's voucher, Bob's, and one issued a month later that expires in May."""
    return [ANA, BOB, Voucher("V-0003", "cy@example.com", date(2026, 2, 1))]


# --8<-- [start:injected]
@pytest.mark.parametrize(
    ("today", "codes"),
    [
        pytest.param(date(2026, 3, 24), [], id="eight-days-before"),
        pytest.param(date(2026, 3, 25), ["V-0001", "V-0002"], id="seven-days-before"),
        pytest.param(date(2026, 4, 1), ["V-0001", "V-0002"], id="on-the-last-day"),
        pytest.param(date(2026, 4, 2), [], id="the-day-after"),
    ],
)
def test_who_hears_depends_only_on_the_day_given(
    vouchers_issued: list[Voucher], today: date, codes: list[str]
) -> None:
    assert [v.code for v in expiring_soon(vouchers_issued, today)] == codes
# --8<-- [end:injected]


# --8<-- [start:decorators]
@freeze_time("2026-03-30")
@patch("vouchers.send_sms", autospec=True)
@patch("vouchers.send_email", autospec=True)
def test_each_holder_hears_once_by_their_own_channel(
    send_email: MagicMock, send_sms: MagicMock, vouchers_issued: list[Voucher]
) -> None:
    # The decorator nearest the function hands over the first mock; fixtures come after.
    assert send_reminders(vouchers_issued) == 2
    send_email.assert_called_once_with(
        "ana@example.com",
        "Your voucher expires soon",
        "Your voucher V-0001 can be spent until 01 April 2026.",
    )
    send_sms.assert_called_once_with(
        "+33 6 12 34 56 78", "Your voucher V-0002 can be spent until 01 April 2026."
    )
# --8<-- [end:decorators]


# --8<-- [start:multiple]
def test_a_quiet_day_contacts_nobody(vouchers_issued: list[Voucher]) -> None:
    with patch.multiple(
        "vouchers", send_email=DEFAULT, send_sms=DEFAULT, autospec=True
    ) as sent:
        assert send_reminders(vouchers_issued, today=date(2026, 3, 1)) == 0
    sent["send_email"].assert_not_called()
    sent["send_sms"].assert_not_called()
# --8<-- [end:multiple]


# --8<-- [start:mocker]
def test_the_same_test_with_mocker(
    mocker: MockerFixture, vouchers_issued: list[Voucher]
) -> None:
    send_email = mocker.patch("vouchers.send_email", autospec=True)
    send_sms = mocker.patch("vouchers.send_sms", autospec=True)

    assert send_reminders(vouchers_issued, today=date(2026, 3, 30)) == 2

    send_email.assert_called_once()
    assert send_sms.call_args.args[0] == "+33 6 12 34 56 78"
    # No with block and no decorator: pytest-mock undoes both patches after the test.
# --8<-- [end:mocker]


def test_the_patches_are_gone_after_each_test() -> None:
    assert vouchers.send_email.__module__ == "mailer"
    assert vouchers.send_sms.__module__ == "mailer"
