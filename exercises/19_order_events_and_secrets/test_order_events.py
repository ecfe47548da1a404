"""Your tests for order_events.py. Run `checker check 19` to see how thorough they are.

The fixtures `aws` (one boto3 session) and the fake credentials come from conftest.py.
Start moto once per test, as a decorator or as a context manager, and keep the tests
few and full: each one starts a fresh fake AWS, which takes a moment.
"""

from __future__ import annotations

import json

import boto3
import pytest
from moto import mock_aws

from order_events import ConfigError, RelaySettings, drain, publish_order, relay_settings


@mock_aws
def test_a_published_order_is_on_the_queue(aws: boto3.Session) -> None:
    sqs = aws.client("sqs")
    queue_url = sqs.create_queue(QueueName="tessas-orders")["QueueUrl"]

    publish_order(sqs, queue_url, 42, 1250, "ana@example.com")

    received = sqs.receive_message(QueueUrl=queue_url)["Messages"]
    assert json.loads(received[0]["Body"])["order_id"] == 42


# TODO: the whole message: its id, its body (the amount in cents) and its `event`
#       attribute (receive_message gives the attributes only when asked for by name:
#       MessageAttributeNames=["All"]).
# TODO: drain a queue with more messages than one receive gives; what is left on it
#       afterwards? sqs.get_queue_attributes(QueueUrl=..., AttributeNames=["All"])
#       counts the waiting messages and those received but not yet deleted.
# TODO: a handler that raises for one message.
# TODO: the relay's settings: a secret made with secretsmanager's create_secret, the port
#       stored as text; a secret that does not exist; a secret without one of its keys.
