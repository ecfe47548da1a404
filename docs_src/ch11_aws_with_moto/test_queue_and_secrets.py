"""SQS and Secrets Manager through moto: the decorator and the context manager."""

from __future__ import annotations

import json

import boto3
import pytest
from moto import mock_aws

from restock import request_restock, warehouse_api_key


# --8<-- [start:decorator]
@mock_aws
def test_a_restock_request_is_one_message_on_the_queue(aws: boto3.Session) -> None:
    sqs = aws.client("sqs")
    queue_url = sqs.create_queue(QueueName="tessas-restock")["QueueUrl"]

    request_restock(sqs, queue_url, "APPLE", 40)

    messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10)["Messages"]
    assert [json.loads(m["Body"]) for m in messages] == [{"sku": "APPLE", "qty": 40}]
# --8<-- [end:decorator]


# --8<-- [start:context]
def test_a_refused_restock_sends_nothing(aws: boto3.Session) -> None:
    with mock_aws():
        sqs = aws.client("sqs")
        queue_url = sqs.create_queue(QueueName="tessas-restock")["QueueUrl"]

        with pytest.raises(ValueError, match="cannot restock 0 of APPLE"):
            request_restock(sqs, queue_url, "APPLE", 0)

        assert "Messages" not in sqs.receive_message(QueueUrl=queue_url)
# --8<-- [end:context]


# --8<-- [start:secret]
@mock_aws
def test_the_warehouse_key_comes_from_secrets_manager(aws: boto3.Session) -> None:
    secrets = aws.client("secretsmanager")
    secrets.create_secret(Name="shop/warehouse-api-key", SecretString="wh_live_123")

    assert warehouse_api_key(secrets) == "wh_live_123"
# --8<-- [end:secret]
