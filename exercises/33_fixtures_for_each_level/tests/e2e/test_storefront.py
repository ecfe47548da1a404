"""Given end-to-end tests: the whole shop through its web front. Do not change this file."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from basket import Line

pytestmark = pytest.mark.e2e


def test_an_order_placed_online_can_be_read_back(client: FlaskClient, ana: str, tea: Line) -> None:
    line = {"sku": tea.sku, "price": tea.price, "quantity": tea.quantity}
    placed = client.post("/orders", json={"customer": ana, "lines": [line]})

    assert placed.status_code == 201
    shown = client.get(f"/orders/{placed.json['number']}")
    assert shown.json == {"number": placed.json["number"], "total": 1395}


@pytest.mark.parametrize("fixture", ["memory_book", "sqlite_book"])
def test_an_end_to_end_test_cannot_reach(request: pytest.FixtureRequest, fixture: str) -> None:
    with pytest.raises(pytest.FixtureLookupError):
        request.getfixturevalue(fixture)
