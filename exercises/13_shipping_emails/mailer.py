"""The shop's client for its mail relay. This file is locked: do not edit it.

Like the aiosmtplib library, every step of the conversation with the relay is a
coroutine that goes over the network. Tests replace the client with a mock: the relay is
not there on this course's machines, and a test must never e-mail a real customer.
"""

from __future__ import annotations

from email.message import EmailMessage


class MailError(Exception):
    """The relay refused a step or a message."""


class MailClient:
    """One connection to the relay at ``host``."""

    def __init__(self, host: str, port: int = 587) -> None:
        self.host = host
        self.port = port

    async def connect(self) -> None:
        """Open the connection (in plain text)."""
        await self._command("EHLO tessas-corner.shop")

    async def starttls(self) -> None:
        """Encrypt the connection. Anything sent before this can be read on the way."""
        await self._command("STARTTLS")

    async def login(self, user: str, password: str) -> None:
        await self._command(f"AUTH PLAIN {user}")

    async def send_message(self, message: EmailMessage, /) -> str:
        """Hand ``message`` (with its From, To and Subject headers) to the relay.

        Returns the message id the relay gave it.
        """
        return await self._command(f"MAIL FROM:<{message['From']}>")

    async def quit(self) -> None:
        """Close the connection."""
        await self._command("QUIT")

    async def _command(self, line: str) -> str:
        raise ConnectionError(
            f"{self.host}:{self.port}: a test reached the real mail relay ({line.split()[0]}). "
            "Replace MailClient with a mock in every test (chapter 8)."
        )
