"""Given fixtures for the order-event tests. This file is locked: do not edit it.

Chapter 11's exercise 18 had you write the first two; here they are ready to use.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from unittest.mock import patch

import boto3
import pytest
from moto.core.models import MockAWS

REGION = "eu-west-1"


@pytest.fixture(scope="session", autouse=True)
def aws_credentials() -> Iterator[None]:
    """Fake keys and a region for the whole run, and none of this machine's AWS settings."""
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
    """One boto3 session for the run: make every client with aws.client("sqs") and the
    like, inside the test's mock_aws. (boto3.client() works too, but reads AWS's service
    descriptions again each time: a few tenths of a second per test.)"""
    return boto3.Session()


@pytest.fixture(autouse=True)
def moto_is_stopped_after_each_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that starts moto and never stops it would hand its fake AWS, and all the
    queues and secrets in it, to the tests after it. Stop it, and say which test it was."""
    yield
    left_running = MockAWS._nested_count  # moto's own count of mocks started, not stopped
    if left_running:
        while MockAWS._nested_count:
            MockAWS().stop()
        pytest.fail(
            f"{request.node.nodeid} left moto running (mock_aws().start() without stop()). "
            "Use `with mock_aws():` or @mock_aws, which always stop it.",
            pytrace=False,
        )
