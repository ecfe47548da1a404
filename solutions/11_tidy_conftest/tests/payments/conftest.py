"""Fixtures for the payment tests only: gateways that behave as a test needs.

Only tests in this folder (and below) see them; the basket tests never asked
for a gateway, so they do not get one offered.
"""

from __future__ import annotations

import pytest

from shop_helpers import FakeGateway


@pytest.fixture
def gateway() -> FakeGateway:
    """A gateway that accepts every charge."""
    return FakeGateway()


@pytest.fixture
def flaky_gateway() -> FakeGateway:
    """A gateway that times out twice, then accepts."""
    return FakeGateway(timeouts=2)


@pytest.fixture
def declining_gateway() -> FakeGateway:
    """A gateway whose bank refuses every card."""
    return FakeGateway(decline=True)
