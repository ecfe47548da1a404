"""The order API of Tessa's corner shop (another correct version).

Orders are a list with an index by reference, ids go 10, 20, 30..., pages are cut with
islice, and the answers for 401, 404 and 409 carry other bodies. Every rule of the
statement holds as in the reference.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any

from flask import Blueprint, Flask, abort, current_app, jsonify, request
from flask.typing import ResponseReturnValue

PRICES = {"APPLE": 35, "BREAD": 420, "EGGS": 289, "MILK": 109}
DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 50

api = Blueprint("orders", __name__, url_prefix="/api")


class Book:
    """The orders of one application, oldest first, with an index by reference."""

    def __init__(self) -> None:
        self.orders: list[dict[str, Any]] = []
        self.by_reference: dict[str, dict[str, Any]] = {}

    def add(self, order: dict[str, Any]) -> None:
        self.orders.append(order)
        self.by_reference[order["reference"]] = order

    def find(self, order_id: int) -> dict[str, Any] | None:
        return next((o for o in self.orders if o["id"] == order_id), None)


def create_app(settings: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config["STAFF_TOKENS"] = {}
    app.config.update(settings or {})
    app.extensions["orders"] = Book()
    app.register_blueprint(api)
    return app


def book() -> Book:
    found: Book = current_app.extensions["orders"]
    return found


@api.before_request
def check_token() -> ResponseReturnValue | None:
    parts = request.headers.get("Authorization", "").split(" ", 1)
    if len(parts) == 2 and parts[0] == "Bearer" and parts[1] in current_app.config["STAFF_TOKENS"]:
        return None
    return {"status": 401, "detail": "who are you?"}, 401


def check(data: Any) -> dict[str, str]:
    data = data if isinstance(data, dict) else {}
    errors = {}
    if not str(data.get("email", "")).count("@") or not isinstance(data.get("email"), str):
        errors["email"] = "This is not an e-mail address."
    lines = data.get("lines")
    good = isinstance(lines, list) and len(lines) > 0
    for line in lines if good else []:
        quantity = line.get("quantity") if isinstance(line, dict) else None
        if (
            not isinstance(line, dict)
            or PRICES.get(line.get("sku")) is None
            or not isinstance(quantity, int)
            or isinstance(quantity, bool)
            or quantity <= 0
        ):
            good = False
    if not good:
        errors["lines"] = "Give at least one line, each with a known SKU and a positive quantity."
    reference = data.get("reference")
    if not isinstance(reference, str) or reference.strip() == "":
        errors["reference"] = "The reference is required."
    return errors


@api.post("/orders")
def create_order() -> ResponseReturnValue:
    data = request.get_json(silent=True)
    errors = check(data)
    if errors:
        return {"errors": errors}, 422
    if data["reference"] in book().by_reference:
        return {"status": 409, "detail": "seen this reference before"}, 409
    order = {
        "id": 10 * (len(book().orders) + 1),
        "reference": data["reference"],
        "email": data["email"],
        "lines": [dict(sku=line["sku"], quantity=line["quantity"]) for line in data["lines"]],
    }
    order["total_cents"] = sum(PRICES[x["sku"]] * x["quantity"] for x in order["lines"])
    book().add(order)
    return order, 201


@api.get("/orders/<int:order_id>")
def get_order(order_id: int) -> ResponseReturnValue:
    order = book().find(order_id)
    if order is None:
        abort(404)
    return order


@api.get("/orders")
def list_orders() -> ResponseReturnValue:
    page = request.args.get("page", default=1, type=int)
    per_page = request.args.get("per_page", default=DEFAULT_PER_PAGE, type=int)
    page = max(1, page)
    per_page = MAX_PER_PAGE if per_page > MAX_PER_PAGE else max(1, per_page)
    items = list(islice(book().orders, (page - 1) * per_page, page * per_page))
    return jsonify(page=page, per_page=per_page, total=len(book().orders), items=items)
