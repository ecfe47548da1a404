"""Your tests for notifications.py. Run `checker check 13` to see how thorough they are.

No test may reach the real mail relay (mailer.py would go to the network), and no test
should depend on what the machine running it has in its environment.
"""

import asyncio
import os
from unittest.mock import ANY, call, patch

import pytest

from mailer import MailError
from notifications import NotifyConfigError, Shipment, notify_shipped

ANN = Shipment(7, "Ann", "ann@example.com", "TRK-0007")


def test_no_shipments_no_connection() -> None:
    # patch.dict sets the environment for the block and restores it afterwards;
    # clear=True starts from an empty one.
    with patch.dict(os.environ, {"SHOP_MAIL_PASSWORD": "hunter2"}, clear=True):
        # notifications.py imports MailClient into its own namespace: patch it there.
        # With autospec, the client's coroutine methods become AsyncMocks.
        with patch("notifications.MailClient", autospec=True) as client_class:
            assert asyncio.run(notify_shipped([])) == []
    client_class.return_value.connect.assert_not_awaited()


# TODO: one shipment: which message reached the relay? Its From, To, Subject and body
#       are in the EmailMessage that send_message was awaited with (await_args).
# TODO: the steps of the conversation, in order (assert_has_calls on the client), and
#       were they awaited, not just called?
# TODO: several shipments: in which order do the customers hear, and what comes back?
#       (a side_effect function can give each message its own id)
# TODO: the settings: SHOP_SENDER and its default, SHOP_NOTIFY in its spellings,
#       SHOP_MAIL_PASSWORD missing. Are they read at each call, or only once?
# TODO: a message the relay refuses (side_effect = MailError(...)): is the connection
#       still closed?
