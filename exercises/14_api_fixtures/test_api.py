"""Tests of the product API. Locked: they ask for fixtures that you write in conftest.py."""

from http import HTTPStatus

from flask import Flask, current_app
from flask.testing import FlaskClient

from shop_api import product_list

PEAR = {"sku": "PEAR", "name": "Conference pear", "price_cents": 45}


def test_the_app_is_in_testing_mode(app: Flask) -> None:
    assert app.testing


def test_the_test_runs_inside_the_apps_context(app: Flask) -> None:
    assert current_app._get_current_object() is app
    assert product_list() == {}


def test_at_most_five_products_per_page(app: Flask) -> None:
    assert app.config["MAX_PER_PAGE"] == 5


def test_a_visitor_cannot_add_products(client: FlaskClient) -> None:
    assert client.post("/api/products", json=PEAR).status_code == HTTPStatus.UNAUTHORIZED


def test_ben_adds_a_product(staff_client: FlaskClient) -> None:
    answer = staff_client.post("/api/products", json=PEAR)
    assert answer.status_code == HTTPStatus.CREATED
    assert answer.get_json()["added_by"] == "ben@tessas-corner.shop"


def test_the_visitor_and_ben_use_one_app_but_not_one_client(
    app: Flask, client: FlaskClient, staff_client: FlaskClient
) -> None:
    assert client is not staff_client
    assert client.application is app and staff_client.application is app
    assert staff_client.post("/api/products", json=PEAR).status_code == HTTPStatus.CREATED
    # Ben's token went with Ben's requests only.
    assert client.post("/api/products", json=PEAR).status_code == HTTPStatus.UNAUTHORIZED
    assert client.get("/api/products/PEAR").get_json()["added_by"] == "ben@tessas-corner.shop"


def test_a_new_app_has_no_products(client: FlaskClient) -> None:
    # test_ben_adds_a_product added a pear: an app shared between tests would still have it.
    assert client.get("/api/products").get_json()["total"] == 0


def test_the_shelf_holds_the_three_staples(client: FlaskClient, shelf: list[str]) -> None:
    assert shelf == ["APPLE", "BREAD", "MILK"]
    prices = {sku: client.get(f"/api/products/{sku}").get_json()["price_cents"] for sku in shelf}
    assert prices == {"APPLE": 35, "BREAD": 420, "MILK": 109}


def test_the_shelf_was_stocked_through_the_api_by_ben(client: FlaskClient, shelf: list[str]) -> None:
    page = client.get("/api/products").get_json()
    assert page["total"] == 3
    assert {item["added_by"] for item in page["items"]} == {"ben@tessas-corner.shop"}


def test_pages_stop_at_five(staff_client: FlaskClient, shelf: list[str]) -> None:
    for n in range(4):
        staff_client.post("/api/products", json={"sku": f"JAM{n}", "name": "Jam", "price_cents": 250})
    page = staff_client.get("/api/products?per_page=20").get_json()
    assert (len(page["items"]), page["per_page"], page["total"]) == (5, 5, 7)
