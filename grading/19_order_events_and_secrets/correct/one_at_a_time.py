"""Order events on an SQS queue, and the mail relay's login in Secrets Manager.

When a customer places an order at Tessa's corner shop, the shop puts an event on a
queue, and the packing room's worker takes the events off it. The login for the shop's
mail relay is kept in AWS Secrets Manager. Everything goes through the boto3 clients the
functions are given. The rules:

* ``publish_order(sqs, queue_url, order_id, total_cents, email)`` sends one message and
  returns its message id. The body is a JSON object with ``order_id``, ``total_cents``
  (in whole cents) and ``email``; the message attribute ``event``, a String, says
  ``order.placed``.
* ``drain(sqs, queue_url, handle)`` hands every message waiting on the queue to
  ``handle``, as its decoded body (a dict), and returns how many were handled. SQS gives
  at most 10 messages per receive: ``drain`` asks again until the queue has nothing
  more to give. It never waits for new messages to arrive.
* A message is deleted only after ``handle`` has returned. When ``handle`` raises, that
  message stays on the queue, to be tried again later, it is not counted, and the other
  messages are still handled.
* ``relay_settings(secrets, name)`` reads the secret ``name``: a JSON object with
  ``host``, ``port``, ``user`` and ``password``. It returns them as ``RelaySettings``,
  the port as an ``int`` even when the secret holds it as text.
* A secret that does not exist raises ``ConfigError``, whose message names the secret.
* A secret without one of the four keys raises ``ConfigError``, whose message names the
  missing key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

EVENT = "order.placed"
RELAY_KEYS = ("host", "port", "user", "password")


class ConfigError(Exception):
    """A setting the shop needs is missing or unreadable."""


@dataclass(frozen=True)
class RelaySettings:
    host: str
    port: int
    user: str
    password: str


def publish_order(sqs: Any, queue_url: str, order_id: int, total_cents: int, email: str) -> str:
    body = {"order_id": order_id, "total_cents": total_cents, "email": email}
    answer = sqs.send_message(
        QueueUrl=queue_url,
        MessageBody=json.dumps(body),
        MessageAttributes={"event": {"DataType": "String", "StringValue": EVENT}},
    )
    return answer["MessageId"]


def drain(sqs: Any, queue_url: str, handle: Callable[[dict[str, Any]], object]) -> int:
    """This version takes one message at a time, which SQS allows too."""
    handled = 0
    while True:
        messages = sqs.receive_message(QueueUrl=queue_url).get("Messages", [])
        if not messages:
            return handled
        (message,) = messages
        if _handled(handle, message["Body"]):
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
            handled += 1


def _handled(handle: Callable[[dict[str, Any]], object], body: str) -> bool:
    try:
        handle(json.loads(body))
    except Exception:
        return False
    return True


def relay_settings(secrets: Any, name: str) -> RelaySettings:
    try:
        answer = secrets.get_secret_value(SecretId=name)
    except ClientError as error:
        if error.response["Error"]["Code"] == "ResourceNotFoundException":
            raise ConfigError(f"{name}: no such secret") from error
        raise
    values = json.loads(answer["SecretString"])
    for key in reversed(RELAY_KEYS):
        if key not in values:
            raise ConfigError(f"{key} is missing from {name}")
    return RelaySettings(
        host=values["host"],
        port=int(values["port"]),
        user=values["user"],
        password=values["password"],
    )
