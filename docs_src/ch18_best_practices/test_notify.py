"""Order confirmations: the mailer is the boundary, so that is what the tests replace."""

from __future__ import annotations

from dataclasses import dataclass, field
from unittest.mock import create_autospec, patch

from notify import SmtpMailer, confirm_order


# --8<-- [start:fake]
@dataclass
class FakeMailer:
    """Keeps what it was asked to send instead of sending it."""

    sent: list[dict[str, str]] = field(default_factory=list)

    def send(self, to: str, subject: str, body: str) -> None:
        self.sent.append({"to": to, "subject": subject, "body": body})


def test_a_confirmation_goes_to_the_address_written_the_shops_way() -> None:
    mailer = FakeMailer()

    confirm_order(17, " Ana@Example.com", 1250, mailer)

    [mail] = mailer.sent
    assert mail["to"] == "ana@example.com"
    assert mail["subject"] == "Your order order-17"
    assert "€12.50" in mail["body"]
# --8<-- [end:fake]


# --8<-- [start:autospec]
def test_a_confirmation_is_sent_once_through_the_real_mailers_interface() -> None:
    mailer = create_autospec(SmtpMailer, instance=True)

    confirm_order(17, "ana@example.com", 1250, mailer)

    mailer.send.assert_called_once()
# --8<-- [end:autospec]


# --8<-- [start:smtp]
def test_the_smtp_mailer_hands_the_message_to_the_shops_relay() -> None:
    with patch("notify.smtplib.SMTP", autospec=True) as smtp:
        SmtpMailer().send("ana@example.com", "Your order order-17", "Thank you!")

    smtp.assert_called_once_with("mail.tessas-corner.shop")
    relay = smtp.return_value.__enter__.return_value
    [message], _ = relay.send_message.call_args
    assert message["To"] == "ana@example.com"
# --8<-- [end:smtp]
