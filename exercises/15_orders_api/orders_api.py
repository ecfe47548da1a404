"""The order API of Tessa's corner shop. This file is locked: do not edit it.

The tills send orders here and the staff read them back. ``create_app(settings)`` makes a
new application with no orders; ``settings`` override the defaults (tests pass their own).

* Every endpoint answers 401, and changes nothing, unless the request carries
  ``Authorization: Bearer <token>`` with a token listed in the setting ``STAFF_TOKENS``.
* ``POST /api/orders`` with ``{"reference", "email", "lines": [{"sku", "quantity"}]}``
  answers 201 with the order: its ``id``, ``reference``, ``email``, ``lines`` and
  ``total_cents``. The id is a whole number the shop chooses: read it from the answer.
* ``total_cents`` is the sum, over the lines, of the SKU's price in ``PRICES`` times the
  line's quantity.
* An invalid order answers 422 with ``errors``: an object whose keys are exactly the
  invalid fields among ``reference`` (missing or blank), ``email`` (without an "@") and
  ``lines`` (missing, empty, or a line with an unknown SKU or a quantity that is not a
  whole number of at least 1); each key's value is a message. Nothing is stored.
* An order whose reference is already used answers 409, and the first order stays the
  only one with that reference.
* ``GET /api/orders/<id>`` answers 200 with the order, or 404 when no order has that id.
* ``GET /api/orders?page=2&per_page=10`` answers one page of orders, oldest first, with
  ``items``, ``page``, ``per_page`` and ``total`` (the number of all orders); pages are
  numbered from 1.
* ``per_page`` is 10 unless asked, and never more than 50: a bigger request gets 50.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Blueprint, Flask, current_app, jsonify, request
from flask.typing import ResponseReturnValue

PRICES = {"APPLE": 35, "BREAD": 420, "EGGS": 289, "MILK": 109}
DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 50

api = Blueprint("orders", __name__, url_prefix="/api")


def create_app(settings: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(STAFF_TOKENS={})
    if settings:
        app.config.from_mapping(settings)
    app.extensions["orders"] = []  # oldest first; an order's id is its place, from 1
    app.register_blueprint(api)
    return app


def orders() -> list[dict[str, Any]]:
    stored: list[dict[str, Any]] = current_app.extensions["orders"]
    return stored


@api.before_request
def staff_only() -> ResponseReturnValue | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer" or token not in current_app.config["STAFF_TOKENS"]:
        return jsonify(error="staff only: send a valid bearer token"), 401
    return None


def problems_with(data: Any) -> dict[str, str]:
    if not isinstance(data, dict):
        data = {}
    errors = {}
    reference = data.get("reference")
    if not isinstance(reference, str) or not reference.strip():
        errors["reference"] = "every order needs the till's reference"
    email = data.get("email")
    if not isinstance(email, str) or "@" not in email:
        errors["email"] = "an e-mail address, like ann@example.com"
    lines = data.get("lines")
    if not isinstance(lines, list) or not lines:
        errors["lines"] = "an order has at least one line"
    elif not all(valid_line(line) for line in lines):
        errors["lines"] = "each line is a known SKU and a quantity of at least 1"
    return errors


def valid_line(line: Any) -> bool:
    if not isinstance(line, dict) or line.get("sku") not in PRICES:
        return False
    quantity = line.get("quantity")
    return isinstance(quantity, int) and not isinstance(quantity, bool) and quantity >= 1


@api.post("/orders")
def create_order() -> ResponseReturnValue:
    data = request.get_json(silent=True)
    if errors := problems_with(data):
        return jsonify(errors=errors), 422
    if any(order["reference"] == data["reference"] for order in orders()):
        return jsonify(error=f"the reference {data['reference']} is already used"), 409
    lines = [{"sku": line["sku"], "quantity": line["quantity"]} for line in data["lines"]]
    order = {
        "id": len(orders()) + 1,
        "reference": data["reference"],
        "email": data["email"],
        "lines": lines,
        "total_cents": sum(PRICES[line["sku"]] * line["quantity"] for line in lines),
    }
    orders().append(order)
    return jsonify(order), 201


@api.get("/orders/<int:order_id>")
def get_order(order_id: int) -> ResponseReturnValue:
    if 1 <= order_id <= len(orders()):
        return jsonify(orders()[order_id - 1])
    return jsonify(error=f"no order {order_id}"), 404


@api.get("/orders")
def list_orders() -> ResponseReturnValue:
    page = max(request.args.get("page", 1, type=int), 1)
    per_page = request.args.get("per_page", DEFAULT_PER_PAGE, type=int)
    per_page = min(max(per_page, 1), MAX_PER_PAGE)
    start = (page - 1) * per_page
    return jsonify(
        items=orders()[start : start + per_page],
        page=page,
        per_page=per_page,
        total=len(orders()),
    )
