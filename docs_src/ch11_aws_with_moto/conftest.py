"""Fixtures that make AWS safe to test: fake credentials, one session, one fake S3."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any
from unittest.mock import patch

import boto3
import pytest
from moto import mock_aws

from invoices import BUCKET

REGION = "eu-west-1"


# --8<-- [start:credentials]
@pytest.fixture(scope="session", autouse=True)
def aws_credentials() -> Iterator[None]:
    """No test can sign a request with real keys, whatever this machine holds."""
    with patch.dict(os.environ):
        for name in [name for name in os.environ if name.startswith("AWS_")]:
            del os.environ[name]  # a profile, an endpoint, real keys: all gone
        os.environ.update(
            AWS_ACCESS_KEY_ID="testing",
            AWS_SECRET_ACCESS_KEY="testing",
            AWS_SESSION_TOKEN="testing",
            AWS_DEFAULT_REGION=REGION,
            # ~/.aws/config and ~/.aws/credentials are never read.
            AWS_CONFIG_FILE=os.devnull,
            AWS_SHARED_CREDENTIALS_FILE=os.devnull,
        )
        yield
# --8<-- [end:credentials]


# --8<-- [start:session]
@pytest.fixture(scope="session")
def aws(aws_credentials: None) -> boto3.Session:
    """One session for the run: it reads the services' JSON descriptions once."""
    return boto3.Session()
# --8<-- [end:session]


# --8<-- [start:s3]
@pytest.fixture
def s3(aws: boto3.Session) -> Iterator[Any]:
    """A fake S3 for one test, with the invoice bucket in it."""
    with mock_aws():
        client = aws.client("s3")
        client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        yield client
    # The mock has stopped: every bucket and object of this test is gone.
# --8<-- [end:s3]
