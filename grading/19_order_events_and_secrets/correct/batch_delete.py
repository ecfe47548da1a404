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
from typing import Any, NamedTuple


class ConfigError(Exception):
    """A setting the shop needs is missing or unreadable."""


class RelaySettings(NamedTuple):
    host: str
    port: int
    user: str
    password: str


def publish_order(sqs: Any, queue_url: str, order_id: int, total_cents: int, email: str) -> str:
    """This version writes the body compactly, keys in another order."""
    body = json.dumps(
        {"email": email, "total_cents": total_cents, "order_id": order_id},
        separators=(",", ":"),
    )
    attributes = {"event": {"StringValue": "order.placed", "DataType": "String"}}
    return sqs.send_message(QueueUrl=queue_url, MessageAttributes=attributes, MessageBody=body)[
        "MessageId"
    ]


def drain(sqs: Any, queue_url: str, handle: Callable[[dict[str, Any]], object]) -> int:
    """This version deletes each batch's handled messages in one request."""
    count = 0
    while batch := sqs.receive_message(
        QueueUrl=queue_url, WaitTimeSeconds=0, MaxNumberOfMessages=10
    ).get("Messages"):
        done = []
        for index, message in enumerate(batch):
            try:
                handle(json.loads(message["Body"]))
            except Exception:
                pass
            else:
                done.append({"Id": str(index), "ReceiptHandle": message["ReceiptHandle"]})
        if done:
            sqs.delete_message_batch(QueueUrl=queue_url, Entries=done)
        count += len(done)
    return count


def relay_settings(secrets: Any, name: str) -> RelaySettings:
    try:
        text = secrets.get_secret_value(SecretId=name)["SecretString"]
    except secrets.exceptions.ResourceNotFoundException:
        raise ConfigError(f"secret {name!r} not found in Secrets Manager") from None
    values = json.loads(text)
    missing = sorted(set(RelaySettings._fields) - set(values))
    if missing:
        raise ConfigError(f"{name}: missing {', '.join(missing)}")
    return RelaySettings(values["host"], int(values["port"]), values["user"], values["password"])
