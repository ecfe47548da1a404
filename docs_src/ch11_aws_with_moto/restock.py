"""Restock requests go to the warehouse on a queue; its API key is a secret."""

from __future__ import annotations

import json
from typing import Any


def request_restock(sqs: Any, queue_url: str, sku: str, quantity: int) -> None:
    if quantity <= 0:
        raise ValueError(f"cannot restock {quantity} of {sku}")
    sqs.send_message(QueueUrl=queue_url, MessageBody=json.dumps({"sku": sku, "qty": quantity}))


def warehouse_api_key(secrets: Any) -> str:
    return secrets.get_secret_value(SecretId="shop/warehouse-api-key")["SecretString"]
