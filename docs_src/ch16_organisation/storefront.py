"""The shop's web front: a small Flask application around an order book.

* ``POST /orders`` with ``{"customer": ..., "lines": [{"sku", "price", "quantity"}]}``
  places the order and answers 201 with its ``number`` and ``total``; 422 for an empty
  basket.
* ``GET /orders/<number>`` answers 200 with the order's ``number`` and ``total``, or 404.
"""

from __future__ import annotations

from flask import Flask, request
from flask.typing import ResponseReturnValue

from basket import EmptyBasket, Line, checkout
from order_book import SqliteOrderBook, UnknownOrder


def create_app(book: SqliteOrderBook) -> Flask:
    app = Flask(__name__)

    @app.post("/orders")
    def place_order() -> ResponseReturnValue:
        data = request.get_json()
        lines = [Line(**line) for line in data["lines"]]
        try:
            number = checkout(book, data["customer"], lines)
        except EmptyBasket as error:
            return {"error": str(error)}, 422
        return {"number": number, "total": book.total_of(number)}, 201

    @app.get("/orders/<int:number>")
    def show_order(number: int) -> ResponseReturnValue:
        try:
            return {"number": number, "total": book.total_of(number)}
        except UnknownOrder:
            return {"error": f"there is no order {number}"}, 404

    return app
