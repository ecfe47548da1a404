"""The product API of Tessa's corner shop: a small Flask application made by a factory.

Every call of ``create_app`` builds a new application with a product list of its own, so
each test can have a fresh one. Staff identify themselves with a header
``Authorization: Bearer <token>``; the setting ``STAFF_TOKENS`` maps each token the app
accepts to the e-mail address of the person who holds it.

* ``POST /api/products`` (staff only) adds ``{"sku", "name", "price_cents"}`` and answers
  201 with the product; 401 without a known token; 409 when the SKU is taken; 422 with an
  ``errors`` object, one message per invalid field.
* ``GET /api/products/<sku>`` answers 200 with the product, or 404.
* ``GET /api/products?page=2&per_page=10`` answers one page, oldest product first, with
  ``items``, ``page``, ``per_page`` and ``total`` (``per_page`` is at most 50).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Blueprint, Flask, current_app, jsonify, request
from flask.typing import ResponseReturnValue

api = Blueprint("api", __name__, url_prefix="/api")


def create_app(settings: Mapping[str, Any] | None = None) -> Flask:
    """A new application; ``settings`` override the defaults (tests pass their own)."""
    app = Flask(__name__)
    app.config.from_mapping(STAFF_TOKENS={}, MAX_PER_PAGE=50)
    if settings:
        app.config.from_mapping(settings)
    # The products live with the application: a new app starts with none.
    app.extensions["products"] = {}
    app.register_blueprint(api)
    return app


def product_list() -> dict[str, dict[str, Any]]:
    """The current application's products, by SKU (needs an application context)."""
    products: dict[str, dict[str, Any]] = current_app.extensions["products"]
    return products


def current_staff() -> str | None:
    """The e-mail of the staff member making this request, or None (needs a request)."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer":
        return None
    staff: str | None = current_app.config["STAFF_TOKENS"].get(token)
    return staff


def problems_with(data: Any) -> dict[str, str]:
    """One message per invalid field of a new product."""
    if not isinstance(data, dict):
        return {"body": "send a JSON object"}
    errors = {}
    sku = data.get("sku")
    if not isinstance(sku, str) or not sku.isalnum() or not sku.isupper():
        errors["sku"] = "capital letters and digits only, like APPLE"
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        errors["name"] = "give the product a name"
    price = data.get("price_cents")
    if not isinstance(price, int) or isinstance(price, bool) or price < 1:
        errors["price_cents"] = "a whole number of cents, at least 1"
    return errors


@api.post("/products")
def add_product() -> ResponseReturnValue:
    staff = current_staff()
    if staff is None:
        return jsonify(error="staff only: send a valid bearer token"), 401
    data = request.get_json(silent=True)
    if errors := problems_with(data):
        return jsonify(errors=errors), 422
    if data["sku"] in product_list():
        return jsonify(error=f"{data['sku']} already exists"), 409
    product = {
        "sku": data["sku"],
        "name": data["name"].strip(),
        "price_cents": data["price_cents"],
        "added_by": staff,
    }
    product_list()[product["sku"]] = product
    return jsonify(product), 201


@api.get("/products/<sku>")
def get_product(sku: str) -> ResponseReturnValue:
    product = product_list().get(sku)
    if product is None:
        return jsonify(error=f"no product {sku}"), 404
    return jsonify(product)


@api.get("/products")
def list_products() -> ResponseReturnValue:
    page = max(request.args.get("page", 1, type=int), 1)
    largest = current_app.config["MAX_PER_PAGE"]
    per_page = min(max(request.args.get("per_page", 10, type=int), 1), largest)
    everything = list(product_list().values())
    start = (page - 1) * per_page
    return jsonify(
        items=everything[start : start + per_page],
        page=page,
        per_page=per_page,
        total=len(everything),
    )
