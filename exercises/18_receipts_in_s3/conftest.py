"""Fixtures for the receipt archive's tests. Yours to write: the tests ask for them by name."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any
from unittest.mock import patch

import boto3
import pytest
from moto import mock_aws

BUCKET = "tessas-corner-receipts"
REGION = "eu-west-1"

# TODO: an autouse fixture `aws_credentials`, scope="session", that gives the run fake
#       AWS keys ("testing" will do) and AWS_DEFAULT_REGION = REGION, and takes this
#       machine's own AWS settings out of the way: drop every AWS_ variable first, and
#       point AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE at an empty file
#       (os.devnull). Make the changes inside `with patch.dict(os.environ):` and yield
#       there, so that the environment comes back as it was at the end.

# TODO: a fixture `aws`, scope="session", that returns one boto3.Session() for the run:
#       a session reads AWS's service descriptions once, a fresh one per test would read
#       them again every time.

# TODO: a fixture `s3` that starts moto for one test (`with mock_aws():`), makes a real
#       client with aws.client("s3"), creates BUCKET in REGION
#       (CreateBucketConfiguration={"LocationConstraint": REGION}) and yields the client.
