"""Welcoming a new customer: one e-mail to them, then a note to Tessa."""

from __future__ import annotations

from mailer import send_email

SHOP_INBOX = "tessa@tessas-corner.shop"


def welcome_customer(name: str, email: str) -> None:
    send_email(email, "Welcome to Tessa's corner shop", f"Hello {name}, glad you are here.")
    send_email(SHOP_INBOX, "New customer", f"{name} <{email}> just signed up.")
