"""Fixtures for the product API's tests: each one builds on the one before."""

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from shop_api import create_app

BEN_TOKEN = "till-token-ben"
STAPLES = [
    {"sku": "APPLE", "name": "Apple", "price_cents": 35},
    {"sku": "BREAD", "name": "Sourdough loaf", "price_cents": 420},
    {"sku": "MILK", "name": "Milk 1 l", "price_cents": 109},
]


@pytest.fixture
def app() -> Iterator[Flask]:
    """A new application for every test: its products die with it."""
    # Function scope (the default) is what keeps tests apart: the product list lives in
    # the application, so one app shared by the run would carry products between tests.
    app = create_app(
        {
            "TESTING": True,  # errors reach the test instead of becoming a 500 page
            "MAX_PER_PAGE": 5,
            "STAFF_TOKENS": {BEN_TOKEN: "ben@tessas-corner.shop"},
        }
    )
    # The test body runs at the yield, inside the context: current_app is this app.
    with app.app_context():
        yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A visitor with no token."""
    return app.test_client()


@pytest.fixture
def staff_client(app: Flask) -> FlaskClient:
    """Ben at the till: a client of its own, so that `client` stays anonymous."""
    # environ_base is merged into every request this client makes; setting it on the
    # shared `client` instead would authenticate the visitor too.
    ben = app.test_client()
    ben.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {BEN_TOKEN}"
    return ben


@pytest.fixture
def shelf(staff_client: FlaskClient) -> list[str]:
    """The three staples, added through the API as Ben would add them."""
    for product in STAPLES:
        answer = staff_client.post("/api/products", json=product)
        # A fixture that fails loudly beats a test that fails puzzlingly later.
        assert answer.status_code == 201, answer.get_json()
    return [product["sku"] for product in STAPLES]
