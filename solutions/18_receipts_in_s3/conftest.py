"""Fixtures for the receipt archive's tests: no real AWS, one fake S3 per test."""

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


@pytest.fixture(scope="session", autouse=True)
def aws_credentials() -> Iterator[None]:
    """Fake keys and a region, and no AWS settings from this machine at all.

    Every AWS_ variable of the machine goes first (a profile, an endpoint, real keys),
    then the config and credentials files point at an empty file: whatever a test does,
    boto3 can only sign with keys that AWS would refuse. Autouse and for the whole run,
    so that no test can forget it and the shared session below sees it too.
    """
    with patch.dict(os.environ):
        for name in [name for name in os.environ if name.startswith("AWS_")]:
            del os.environ[name]
        os.environ.update(
            AWS_ACCESS_KEY_ID="testing",
            AWS_SECRET_ACCESS_KEY="testing",
            AWS_SESSION_TOKEN="testing",
            AWS_DEFAULT_REGION=REGION,
            AWS_CONFIG_FILE=os.devnull,
            AWS_SHARED_CREDENTIALS_FILE=os.devnull,
        )
        yield


@pytest.fixture(scope="session")
def aws(aws_credentials: None) -> boto3.Session:
    """One boto3 session for the run. A session reads AWS's service descriptions (large
    JSON files) once; boto3.client() inside mock_aws gets a fresh session each time and
    reads them again, a few tenths of a second per test."""
    return boto3.Session()


@pytest.fixture
def s3(aws: boto3.Session) -> Iterator[Any]:
    """A real boto3 S3 client, talking to moto's S3 for this one test, with the bucket made.

    Everything the test stores disappears with the mock when the test ends.
    """
    with mock_aws():
        client = aws.client("s3")
        client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        yield client
