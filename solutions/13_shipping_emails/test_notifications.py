"""Tests for notifications.py: the relay is a mock and the environment is patched.

notify_shipped is a coroutine; plain test functions run it with asyncio.run, so no
plugin is needed. The client's mock comes from autospec: its coroutine methods become
AsyncMocks, which can be awaited and which remember how they were awaited.
"""

import asyncio
import os
from collections.abc import Iterator, MutableMapping
from email.message import EmailMessage
from unittest.mock import ANY, MagicMock, call, patch

import pytest

from mailer import MailError
from notifications import NotifyConfigError, Shipment, notify_shipped

SETTINGS = {"SHOP_SENDER": "parcels@tessa.test", "SHOP_MAIL_PASSWORD": "hunter2"}
ANN = Shipment(7, "Ann", "ann@example.com", "TRK-0007")
BOB = Shipment(8, "Bob", "bob@example.com", "TRK-0008")


@pytest.fixture
def environment() -> Iterator[MutableMapping[str, str]]:
    """Only the shop's settings, whatever the machine running the tests has set.

    notify_shipped reads os.environ when it is called, so changing the real mapping
    for the length of the test is enough; patch.dict puts it back afterwards.
    """
    with patch.dict(os.environ, SETTINGS, clear=True):
        yield os.environ


@pytest.fixture
def client() -> Iterator[MagicMock]:
    """The relay client notify_shipped makes, as an autospec mock.

    notifications.py does `from mailer import MailClient`, so notifications.MailClient
    is the name to patch. Each sent message gets an id made from its recipient
    (a side_effect function), so that tests can tell the ids apart.
    """
    with patch("notifications.MailClient", autospec=True) as client_class:
        client = client_class.return_value
        client.send_message.side_effect = lambda message: f"id-{message['To']}"
        yield client


def sent(client: MagicMock) -> list[EmailMessage]:
    """The messages handed to the relay, in order (send_message takes one, by position)."""
    return [awaited.args[0] for awaited in client.send_message.await_args_list]


def test_one_shipment_is_one_email_to_its_customer(environment: object, client: MagicMock) -> None:
    assert asyncio.run(notify_shipped([ANN])) == ["id-ann@example.com"]

    [message] = sent(client)
    assert message["From"] == "parcels@tessa.test"
    assert message["To"] == "ann@example.com"
    assert message["Subject"] == "Your order 7 has shipped"
    assert "TRK-0007" in message.get_content()


def test_the_conversation_with_the_relay_goes_in_order(
    environment: object, client: MagicMock
) -> None:
    asyncio.run(notify_shipped([ANN, BOB]))

    # In order, with nothing in between: the password only travels once encrypted.
    client.assert_has_calls([
        call.connect(),
        call.starttls(),
        call.login("parcels@tessa.test", "hunter2"),
        call.send_message(ANY),
        call.send_message(ANY),
        call.quit(),
    ])
    # A coroutine that is called but never awaited does nothing: check the awaits.
    for step in (client.connect, client.starttls, client.login, client.quit):
        step.assert_awaited_once()
    assert client.send_message.await_count == 2


def test_customers_hear_in_the_order_their_parcels_left(
    environment: object, client: MagicMock
) -> None:
    ids = asyncio.run(notify_shipped([BOB, ANN]))

    assert [message["To"] for message in sent(client)] == ["bob@example.com", "ann@example.com"]
    assert ids == ["id-bob@example.com", "id-ann@example.com"]


def test_the_sender_defaults_to_the_orders_address(client: MagicMock) -> None:
    with patch.dict(os.environ, {"SHOP_MAIL_PASSWORD": "hunter2"}, clear=True):
        asyncio.run(notify_shipped([ANN]))

    assert sent(client)[0]["From"] == "orders@tessas-corner.shop"
    client.login.assert_awaited_once_with("orders@tessas-corner.shop", "hunter2")


def test_settings_are_read_at_each_call(environment: object, client: MagicMock) -> None:
    with patch.dict(os.environ, {"SHOP_SENDER": "dispatch@tessa.test"}):
        asyncio.run(notify_shipped([ANN]))
    asyncio.run(notify_shipped([BOB]))

    assert [m["From"] for m in sent(client)] == ["dispatch@tessa.test", "parcels@tessa.test"]


@pytest.mark.parametrize("switch", ["off", "OFF", "Off"])
def test_the_kill_switch_sends_nothing_and_contacts_nobody(
    environment: MutableMapping[str, str], client: MagicMock, switch: str
) -> None:
    environment["SHOP_NOTIFY"] = switch  # undone by patch.dict with the rest

    assert asyncio.run(notify_shipped([ANN, BOB])) == []
    assert client.mock_calls == []


@pytest.mark.parametrize("switch", ["on", "", "yes"])
def test_any_other_switch_value_leaves_emails_on(
    environment: MutableMapping[str, str], client: MagicMock, switch: str
) -> None:
    environment["SHOP_NOTIFY"] = switch

    assert asyncio.run(notify_shipped([ANN])) == ["id-ann@example.com"]


def test_a_missing_password_is_refused_before_the_relay_is_contacted(client: MagicMock) -> None:
    environment = {"SHOP_SENDER": "parcels@tessa.test"}
    with (
        patch.dict(os.environ, environment, clear=True),
        pytest.raises(NotifyConfigError, match="SHOP_MAIL_PASSWORD"),
    ):
        asyncio.run(notify_shipped([ANN]))

    client.connect.assert_not_awaited()


def test_a_failed_message_still_closes_the_connection(
    environment: object, client: MagicMock
) -> None:
    client.send_message.side_effect = MailError("mailbox full")

    with pytest.raises(MailError, match="mailbox full"):
        asyncio.run(notify_shipped([ANN]))

    client.quit.assert_awaited_once()


def test_no_shipments_no_connection(environment: object, client: MagicMock) -> None:
    assert asyncio.run(notify_shipped([])) == []
    client.connect.assert_not_awaited()
