"""Fixtures for the product API's tests: each one builds on the one before."""

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from shop_app import create_app

STAFF_TOKEN = "staff-token-tessa"
STAFF_EMAIL = "tessa@tessas-corner.shop"


# --8<-- [start:fixtures]
@pytest.fixture
def app() -> Iterator[Flask]:
    """A fresh application for each test, in testing mode, with one staff token."""
    app = create_app({"TESTING": True, "STAFF_TOKENS": {STAFF_TOKEN: STAFF_EMAIL}})
    # An application context for the whole test: current_app works in the test body.
    with app.app_context():
        yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """An anonymous visitor: a test client of this test's application."""
    return app.test_client()


@pytest.fixture
def staff_client(app: Flask) -> FlaskClient:
    """A second client of the same application that sends Tessa's token every time."""
    staff = app.test_client()
    staff.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {STAFF_TOKEN}"
    return staff
# --8<-- [end:fixtures]
