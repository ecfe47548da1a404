"""Sending e-mail: another boundary. The real function would talk to an SMTP server."""

from __future__ import annotations


def send_email(to: str, subject: str, body: str) -> None:
    raise ConnectionError(f"a test tried to e-mail {to} for real")


def send_sms(phone: str, text: str) -> None:
    raise ConnectionError(f"a test tried to text {phone} for real")
