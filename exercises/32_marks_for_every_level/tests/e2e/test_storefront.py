"""End-to-end tests: an order placed through the web front, then read back."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_an_order_placed_online_can_be_read_back(client: FlaskClient) -> None:
    lines = [{"sku": "TEA-80", "price": 450, "quantity": 2}]
    placed = client.post("/orders", json={"customer": "ana@example.com", "lines": lines})

    assert placed.status_code == 201
    shown = client.get(f"/orders/{placed.json['number']}")
    assert shown.json == {"number": placed.json["number"], "total": 1395}


def test_an_empty_basket_is_refused_online(client: FlaskClient) -> None:
    answer = client.post("/orders", json={"customer": "ana@example.com", "lines": []})

    assert answer.status_code == 422
