"""Plain helpers for the shop's tests: imported where they are needed, like any module."""

from __future__ import annotations

from notifications import Mailer


def subjects(mailer: Mailer) -> list[str]:
    """The subject line of every message the mailer sent, in order."""
    return [message.subject for message in mailer.sent()]
