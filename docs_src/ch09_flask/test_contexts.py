"""Code that needs Flask's contexts, tested without sending a request through the client."""

import pytest
from flask import Flask, current_app

from shop_app import create_app, current_staff, product_list


# --8<-- [start:app-context]
def test_the_app_fixture_gives_an_application_context(app: Flask) -> None:
    # The fixture entered app.app_context(): current_app is this test's application.
    assert current_app.testing
    assert product_list() == {}


def test_each_test_gets_a_new_application(app: Flask) -> None:
    product_list()["TEA"] = {"sku": "TEA"}  # gone with this app, never seen again
    assert current_app._get_current_object() is app
# --8<-- [end:app-context]


# --8<-- [start:request-context]
def test_the_staff_member_is_read_from_the_header(app: Flask) -> None:
    headers = {"Authorization": "Bearer staff-token-tessa"}
    with app.test_request_context("/api/products", method="POST", headers=headers):
        assert current_staff() == "tessa@tessas-corner.shop"


def test_another_scheme_is_nobody(app: Flask) -> None:
    with app.test_request_context(headers={"Authorization": "Basic staff-token-tessa"}):
        assert current_staff() is None
# --8<-- [end:request-context]


# --8<-- [start:no-context]
def test_without_a_context_flask_refuses() -> None:
    create_app({"TESTING": True})  # made, but never entered
    # Which application is "current"? None is, and Flask says so.
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        product_list()
# --8<-- [end:no-context]
