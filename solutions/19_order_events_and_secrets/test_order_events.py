"""Tests for order_events.py, on moto's SQS and Secrets Manager through real boto3 clients.

moto is started once per test: as a decorator where the whole test runs on fake AWS, as
a context manager where the test wants to show where the fake AWS begins and ends.
"""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest
from moto import mock_aws

from order_events import ConfigError, RelaySettings, drain, publish_order, relay_settings

QUEUE = "tessas-orders"
SECRET = "shop/mail-relay"


def on_the_queue(sqs: Any, queue_url: str) -> tuple[int, int]:
    """How many messages wait, and how many were received but never deleted."""
    counts = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])["Attributes"]
    return (
        int(counts["ApproximateNumberOfMessages"]),
        int(counts["ApproximateNumberOfMessagesNotVisible"]),
    )


@mock_aws
def test_a_published_order_is_one_message_in_cents_marked_as_placed(aws: boto3.Session) -> None:
    sqs = aws.client("sqs")
    queue_url = sqs.create_queue(QueueName=QUEUE)["QueueUrl"]

    message_id = publish_order(sqs, queue_url, 42, 1250, "ana@example.com")

    # Attributes come back only when asked for by name.
    received = sqs.receive_message(
        QueueUrl=queue_url, MaxNumberOfMessages=10, MessageAttributeNames=["All"]
    )["Messages"]
    assert [m["MessageId"] for m in received] == [message_id]
    assert json.loads(received[0]["Body"]) == {
        "order_id": 42,
        "total_cents": 1250,
        "email": "ana@example.com",
    }
    assert received[0]["MessageAttributes"]["event"] == {
        "DataType": "String",
        "StringValue": "order.placed",
    }


def test_drain_hands_over_every_message_past_one_receive(aws: boto3.Session) -> None:
    handled: list[dict[str, Any]] = []
    with mock_aws():
        sqs = aws.client("sqs")
        queue_url = sqs.create_queue(QueueName=QUEUE)["QueueUrl"]
        # One receive gives at most 10: twelve need at least two.
        for order_id in range(1, 13):
            publish_order(sqs, queue_url, order_id, 100 * order_id, "ana@example.com")

        count = drain(sqs, queue_url, handled.append)

        assert count == 12
        assert sorted(event["order_id"] for event in handled) == list(range(1, 13))
        # Handled messages are deleted, not merely hidden for a while.
        assert on_the_queue(sqs, queue_url) == (0, 0)


@mock_aws
def test_a_message_whose_handler_fails_stays_and_the_rest_go_on(aws: boto3.Session) -> None:
    sqs = aws.client("sqs")
    queue_url = sqs.create_queue(QueueName=QUEUE)["QueueUrl"]
    for order_id in (1, 2, 3):
        publish_order(sqs, queue_url, order_id, 500, "cy@example.com")
    handled: list[int] = []

    def packing_room(event: dict[str, Any]) -> None:
        if event["order_id"] == 2:
            raise RuntimeError("the printer is out of paper")
        handled.append(event["order_id"])

    assert drain(sqs, queue_url, packing_room) == 2

    assert sorted(handled) == [1, 3]
    # Order 2 was received and not deleted: SQS hides it, then offers it again.
    assert on_the_queue(sqs, queue_url) == (0, 1)


@mock_aws
def test_the_relay_settings_come_from_the_secret_and_say_what_is_missing(
    aws: boto3.Session,
) -> None:
    secrets = aws.client("secretsmanager")
    login = {
        "host": "smtp.tessas-corner.shop",
        "port": "587",  # as text: the shop's code must turn it into a number
        "user": "orders@tessas-corner.shop",
        "password": "s3cret",
    }
    secrets.create_secret(Name=SECRET, SecretString=json.dumps(login))
    # Everything but the password: one key missing, so the message has one key to name.
    without_password = {key: value for key, value in login.items() if key != "password"}
    secrets.create_secret(Name="shop/relay-draft", SecretString=json.dumps(without_password))

    settings = relay_settings(secrets, SECRET)

    assert settings == RelaySettings(
        host="smtp.tessas-corner.shop",
        port=587,
        user="orders@tessas-corner.shop",
        password="s3cret",
    )
    assert isinstance(settings.port, int)
    with pytest.raises(ConfigError, match="shop/no-such-secret"):
        relay_settings(secrets, "shop/no-such-secret")
    with pytest.raises(ConfigError, match="password"):
        relay_settings(secrets, "shop/relay-draft")
