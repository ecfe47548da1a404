"""The order API of Tessa's corner shop (another correct version).

Orders are kept in a dict by id, ids count up from 1001, staff are checked by a decorator
on each view, the fields are checked in another order and the messages say other things.
Every rule of the statement holds as in the reference.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping
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
    app.extensions["orders"] = {}
    app.extensions["order_ids"] = itertools.count(1001)
    app.register_blueprint(api)
    return app


def staff_only(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
    @functools.wraps(view)
    def checked(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        header = request.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ")
        if not header.startswith("Bearer ") or token not in current_app.config["STAFF_TOKENS"]:
            return jsonify(message="Unauthorized."), 401
        return view(*args, **kwargs)

    return checked


def line_is_valid(line: Any) -> bool:
    if not isinstance(line, dict):
        return False
    quantity = line.get("quantity")
    if type(quantity) is not int or quantity < 1:
        return False
    return line.get("sku") in PRICES


def validate(data: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    lines = data.get("lines")
    if not (isinstance(lines, list) and lines and all(map(line_is_valid, lines))):
        errors["lines"] = "invalid lines"
    email = data.get("email")
    if not (isinstance(email, str) and "@" in email):
        errors["email"] = "invalid e-mail"
    reference = data.get("reference")
    if not (isinstance(reference, str) and reference.strip()):
        errors["reference"] = "missing reference"
    return errors


@api.post("/orders")
@staff_only
def create_order() -> ResponseReturnValue:
    data = request.get_json(silent=True)
    errors = validate(data if isinstance(data, dict) else {})
    if errors:
        return jsonify(errors=errors), 422
    stored: dict[int, dict[str, Any]] = current_app.extensions["orders"]
    if data["reference"] in {order["reference"] for order in stored.values()}:
        return jsonify(message="Duplicate reference."), 409
    total = 0
    lines = []
    for line in data["lines"]:
        lines.append({"quantity": line["quantity"], "sku": line["sku"]})
        total += line["quantity"] * PRICES[line["sku"]]
    order_id = next(current_app.extensions["order_ids"])
    stored[order_id] = {
        "total_cents": total,
        "lines": lines,
        "email": data["email"],
        "reference": data["reference"],
        "id": order_id,
    }
    return jsonify(stored[order_id]), 201


@api.get("/orders/<int:order_id>")
@staff_only
def get_order(order_id: int) -> ResponseReturnValue:
    order = current_app.extensions["orders"].get(order_id)
    if order is None:
        return jsonify(message="Not found."), 404
    return jsonify(order), 200


@api.get("/orders")
@staff_only
def list_orders() -> ResponseReturnValue:
    try:
        page = int(request.args.get("page", "1"))
    except ValueError:
        page = 1
    try:
        per_page = int(request.args.get("per_page", str(DEFAULT_PER_PAGE)))
    except ValueError:
        per_page = DEFAULT_PER_PAGE
    page = page if page >= 1 else 1
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    everything = sorted(current_app.extensions["orders"].values(), key=lambda o: o["id"])
    first = per_page * (page - 1)
    return jsonify(
        {
            "total": len(everything),
            "per_page": per_page,
            "page": page,
            "items": everything[first : first + per_page],
        }
    )
