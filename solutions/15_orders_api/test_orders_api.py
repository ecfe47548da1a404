"""Tests for the order API, through Flask's test client.

Fixtures build on each other: app -> client (no token) and staff (Tessa's token). Every
test gets a new app, so no order outlives its test. Ids are the shop's to choose: the
tests read them from the answers and never guess them.
"""

from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from orders_api import create_app

TOKEN = "till-token-tessa"


def order(reference: str = "till-1-0001", **changes: Any) -> dict[str, Any]:
    """A valid order: two apples and a loaf for Ann; `changes` replace fields."""
    return {
        "reference": reference,
        "email": "ann@example.com",
        "lines": [{"sku": "APPLE", "quantity": 2}, {"sku": "BREAD", "quantity": 1}],
    } | changes


@pytest.fixture
def app() -> Iterator[Flask]:
    """A new application per test, with one staff token."""
    app = create_app({"TESTING": True, "STAFF_TOKENS": {TOKEN: "tessa@tessas-corner.shop"}})
    with app.app_context():
        yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """Somebody without a token."""
    return app.test_client()


@pytest.fixture
def staff(app: Flask) -> FlaskClient:
    """Tessa: a client of its own that sends her token with every request."""
    tessa = app.test_client()
    tessa.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {TOKEN}"
    return tessa


@pytest.fixture
def place(staff: FlaskClient):  # type: ignore[no-untyped-def]
    """Place orders with references till-1-0001, till-1-0002...; returns their answers."""

    def place_orders(count: int) -> list[dict[str, Any]]:
        answers = []
        for n in range(1, count + 1):
            answer = staff.post("/api/orders", json=order(f"till-1-{n:04d}"))
            assert answer.status_code == HTTPStatus.CREATED
            answers.append(answer.get_json())
        return answers

    return place_orders


def total_orders(staff: FlaskClient) -> int:
    return staff.get("/api/orders").get_json()["total"]


class TestOnlyStaff:
    @pytest.mark.parametrize(
        "header",
        [None, "Bearer not-a-token", "Basic till-token-tessa", f"Bearer {TOKEN}x"],
        ids=["no header", "unknown token", "another scheme", "token with extra"],
    )
    def test_a_new_order_needs_a_staff_token(
        self, client: FlaskClient, staff: FlaskClient, header: str | None
    ) -> None:
        headers = {"Authorization": header} if header else {}

        answer = client.post("/api/orders", json=order(), headers=headers)

        assert answer.status_code == HTTPStatus.UNAUTHORIZED
        assert total_orders(staff) == 0

    def test_reading_needs_a_staff_token(self, client: FlaskClient, place) -> None:  # type: ignore[no-untyped-def]
        [placed] = place(1)

        assert client.get("/api/orders").status_code == HTTPStatus.UNAUTHORIZED
        assert client.get(f"/api/orders/{placed['id']}").status_code == HTTPStatus.UNAUTHORIZED


class TestANewOrder:
    def test_is_created_with_its_total(self, staff: FlaskClient) -> None:
        answer = staff.post("/api/orders", json=order())

        assert answer.status_code == HTTPStatus.CREATED
        created = answer.get_json()
        # Two apples at 35 cents and one loaf at 420: quantities count.
        assert created["total_cents"] == 2 * 35 + 420
        assert isinstance(created["id"], int)
        assert {k: created[k] for k in ("reference", "email", "lines")} == {
            k: order()[k] for k in ("reference", "email", "lines")
        }

    def test_can_be_read_back_by_its_id(self, staff: FlaskClient) -> None:
        created = staff.post("/api/orders", json=order()).get_json()

        answer = staff.get(f"/api/orders/{created['id']}")

        assert answer.status_code == HTTPStatus.OK
        assert answer.get_json() == created

    def test_an_id_nobody_has_is_not_found(self, staff: FlaskClient) -> None:
        created = staff.post("/api/orders", json=order()).get_json()

        assert staff.get(f"/api/orders/{created['id'] + 1}").status_code == HTTPStatus.NOT_FOUND

    def test_a_used_reference_is_a_conflict_and_stores_nothing(self, staff: FlaskClient) -> None:
        first = staff.post("/api/orders", json=order("till-1-0001")).get_json()

        again = staff.post("/api/orders", json=order("till-1-0001", email="ben@example.com"))

        assert again.status_code == HTTPStatus.CONFLICT
        assert staff.get("/api/orders").get_json()["items"] == [first]


class TestAnInvalidOrder:
    @pytest.mark.parametrize(
        ("changes", "invalid"),
        [
            ({"reference": " "}, {"reference"}),
            ({"email": "ann.example.com"}, {"email"}),
            ({"lines": []}, {"lines"}),
            ({"lines": [{"sku": "PEAR", "quantity": 1}]}, {"lines"}),
            ({"lines": [{"sku": "APPLE", "quantity": 0}]}, {"lines"}),
            ({"lines": [{"sku": "APPLE", "quantity": 1.5}]}, {"lines"}),
            ({"reference": "", "email": "ann", "lines": []}, {"reference", "email", "lines"}),
        ],
        ids=[
            "blank reference",
            "e-mail without @",
            "no lines",
            "unknown sku",
            "quantity zero",
            "quantity not whole",
            "every field wrong",
        ],
    )
    def test_is_refused_naming_each_bad_field(
        self, staff: FlaskClient, changes: dict[str, Any], invalid: set[str]
    ) -> None:
        answer = staff.post("/api/orders", json=order(**changes))

        assert answer.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
        assert set(answer.get_json()["errors"]) == invalid
        assert total_orders(staff) == 0

    def test_one_item_is_the_smallest_quantity(self, staff: FlaskClient) -> None:
        answer = staff.post("/api/orders", json=order(lines=[{"sku": "MILK", "quantity": 1}]))

        assert answer.status_code == HTTPStatus.CREATED
        assert answer.get_json()["total_cents"] == 109


class TestPages:
    def test_the_second_page_follows_the_first(self, staff: FlaskClient, place) -> None:  # type: ignore[no-untyped-def]
        placed = place(5)

        first = staff.get("/api/orders?page=1&per_page=2").get_json()
        second = staff.get("/api/orders?page=2&per_page=2").get_json()

        assert first["items"] == placed[0:2]
        assert second["items"] == placed[2:4]
        assert (second["page"], second["per_page"], second["total"]) == (2, 2, 5)

    def test_the_first_page_is_the_default_with_ten_orders(
        self, staff: FlaskClient, place  # type: ignore[no-untyped-def]
    ) -> None:
        placed = place(11)

        page = staff.get("/api/orders").get_json()

        assert page["items"] == placed[:10]
        assert (page["page"], page["per_page"], page["total"]) == (1, 10, 11)

    def test_no_more_than_fifty_per_page(self, staff: FlaskClient, place) -> None:  # type: ignore[no-untyped-def]
        placed = place(3)

        page = staff.get("/api/orders?per_page=100").get_json()

        # The answer says which size it used: no need for 51 orders to see the cap.
        assert page["per_page"] == 50
        assert page["items"] == placed
