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

import re
from datetime import date
from typing import Any


class ReceiptExists(Exception):
    """The order already has a receipt on that day; receipts are never overwritten."""


class ReceiptNotFound(Exception):
    """There is no receipt under the key asked for."""


ORDER_KEY = re.compile(r"order-(\d+)\.txt$")


def _folder(day: date) -> str:
    return "receipts/" + day.strftime("%Y-%m-%d") + "/"


class ReceiptArchive:
    """Receipts as text files in one bucket (this version follows the listing's
    continuation tokens by hand, and asks for a key with a listing of one)."""

    def __init__(self, s3: Any, bucket: str, page_size: int = 1000) -> None:
        self.s3, self.bucket, self.page_size = s3, bucket, page_size

    def key_for(self, order_id: int, day: date) -> str:
        return _folder(day) + "order-%d.txt" % order_id

    def _keys(self, prefix: str) -> list[str]:
        keys: list[str] = []
        arguments: dict[str, Any] = {
            "Bucket": self.bucket,
            "Prefix": prefix,
            "MaxKeys": self.page_size,
        }
        while True:
            page = self.s3.list_objects_v2(**arguments)
            keys += [item["Key"] for item in page.get("Contents", ())]
            if not page.get("IsTruncated"):
                return keys
            arguments["ContinuationToken"] = page["NextContinuationToken"]

    def _there(self, key: str) -> bool:
        page = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=key, MaxKeys=1)
        return any(item["Key"] == key for item in page.get("Contents", ()))

    def store(self, order_id: int, day: date, text: str) -> str:
        key = self.key_for(order_id, day)
        if self._there(key):
            raise ReceiptExists(f"{key} exists; receipts are kept as first written")
        data = bytes(text, "utf-8")
        self.s3.put_object(
            ContentType="text/plain; charset=utf-8", Key=key, Bucket=self.bucket, Body=data
        )
        return key

    def fetch(self, order_id: int, day: date) -> str:
        key = self.key_for(order_id, day)
        try:
            body = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"]
        except self.s3.exceptions.NoSuchKey:
            raise ReceiptNotFound(f"the archive holds nothing under {key!r}") from None
        return str(body.read(), "utf-8")

    def orders_on(self, day: date) -> list[int]:
        found = (ORDER_KEY.search(key) for key in self._keys(_folder(day)))
        return sorted(int(match.group(1)) for match in found if match)

    def delete(self, order_id: int, day: date) -> None:
        key = self.key_for(order_id, day)
        if not self._there(key):
            raise ReceiptNotFound(f"cannot delete {key!r}: the archive holds nothing there")
        self.s3.delete_objects(Bucket=self.bucket, Delete={"Objects": [{"Key": key}]})
