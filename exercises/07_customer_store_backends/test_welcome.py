"""Tests of the welcome mail. Locked.

These tests ask for nothing to reset the mailer, yet each expects an empty outbox and a
mailer that has welcomed nobody yet.
"""

import mailer
from accounts import close_account, sign_up


def test_the_outbox_starts_empty() -> None:
    assert mailer.outbox == []


def test_signing_up_sends_a_welcome_mail(store) -> None:
    sign_up(store, "Ana Lima", "ana@example.com")
    assert mailer.outbox == [
        mailer.Mail(to="ana@example.com", subject="Welcome to Tessa's corner shop, Ana Lima")
    ]


def test_signing_up_again_sends_no_second_welcome(store) -> None:
    customer = sign_up(store, "Ana Lima", "ana@example.com")
    close_account(store, customer.id)
    sign_up(store, "Ana Lima", "ana@example.com")
    assert len(mailer.outbox) == 1


def test_the_factory_signs_customers_up(make_customer) -> None:
    customer = make_customer()
    assert [mail.to for mail in mailer.outbox] == [customer.email]
