"""The receipt archive of Tessa's corner shop, kept in an Amazon S3 bucket.

Every sale leaves a receipt: a few lines of text that the shop must keep for years.
``ReceiptArchive`` files them in one bucket, through the boto3 S3 client it is given.
The rules:

* ``store(order_id, day, text)`` saves a receipt under the key
  ``receipts/<day>/order-<order_id>.txt``, the day written as YYYY-MM-DD, and returns
  that key.
* A receipt is saved as UTF-8 text, with the content type ``text/plain; charset=utf-8``.
* A receipt is never overwritten: storing a second one for the same order and day raises
  ``ReceiptExists`` and leaves the first one as it was.
* ``fetch(order_id, day)`` returns the text of a receipt. A receipt that is not there
  raises ``ReceiptNotFound``, whose message names the key it looked for.
* ``orders_on(day)`` returns the ids of the orders with a receipt on that day, as
  integers, smallest first. S3 lists a bucket in pages (``page_size`` keys at most, 1000
  unless the archive was made with a smaller number) and every page counts.
* ``delete(order_id, day)`` removes a receipt. Deleting a receipt that is not there
  raises ``ReceiptNotFound`` (S3 itself would say nothing: to S3, deleting a missing key
  succeeds).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from botocore.exceptions import ClientError

CONTENT_TYPE = "text/plain; charset=utf-8"


class ReceiptExists(Exception):
    """The order already has a receipt on that day; receipts are never overwritten."""


class ReceiptNotFound(Exception):
    """There is no receipt under the key asked for."""


def _missing(error: ClientError) -> bool:
    return error.response["Error"]["Code"] in ("404", "NoSuchKey")


class ReceiptArchive:
    """Receipts as text files in one bucket."""

    def __init__(self, s3: Any, bucket: str, page_size: int = 1000) -> None:
        self.s3 = s3
        self.bucket = bucket
        self.page_size = page_size

    def key_for(self, order_id: int, day: date) -> str:
        return f"receipts/{day.isoformat()}/order-{order_id}.txt"

    def _exists(self, key: str) -> bool:
        try:
            self.s3.head_object(Bucket=self.bucket, Key=key)
        except ClientError as error:
            if _missing(error):
                return False
            raise
        return True

    def store(self, order_id: int, day: date, text: str) -> str:
        key = self.key_for(order_id, day)
        if self._exists(key):
            raise ReceiptExists(f"order {order_id} already has a receipt: {key}")
        self.s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=text.encode("utf-8"),
            ContentType=CONTENT_TYPE,
        )
        return key

    def fetch(self, order_id: int, day: date) -> str:
        key = self.key_for(order_id, day)
        try:
            answer = self.s3.get_object(Bucket=self.bucket, Key=key)
        except ClientError as error:
            if _missing(error):
                raise ReceiptNotFound(f"no receipt at {key}") from error
            raise
        return answer["Body"].read().decode("utf-8")

    def orders_on(self, day: date) -> list[int]:
        prefix = f"receipts/{day.isoformat()}/"
        pages = self.s3.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket,
            Prefix=prefix,
            PaginationConfig={"PageSize": self.page_size},
        )
        ids = []
        for page in pages:
            for item in page.get("Contents", []):
                name = item["Key"].removeprefix(prefix)
                ids.append(int(name.removeprefix("order-").removesuffix(".txt")))
        return sorted(ids)

    def delete(self, order_id: int, day: date) -> None:
        key = self.key_for(order_id, day)
        if not self._exists(key):
            raise ReceiptNotFound(f"no receipt at {key}, nothing to delete")
        self.s3.delete_object(Bucket=self.bucket, Key=key)
