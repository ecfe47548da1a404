"""The `request` object: what a fixture knows about the test it serves."""

from collections.abc import Callable
from pathlib import Path

import pytest

from orders import Customer, Order, OrderBook


# --8<-- [start:node]
@pytest.fixture
def regular(request: pytest.FixtureRequest) -> Customer:
    """A regular customer; a test may choose one with a `customer` mark."""
    marker = request.node.get_closest_marker("customer")
    details = marker.kwargs if marker else {}
    return Customer(
        name=details.get("name", "Cy Obi"),
        email=f"{request.node.name}@example.com",
        member=details.get("member", False),
    )


def test_a_regular_by_default(regular: Customer) -> None:
    assert regular.name == "Cy Obi"
    assert regular.email == "test_a_regular_by_default@example.com"


@pytest.mark.customer(name="Dee Park", member=True)
def test_a_member_by_request(regular: Customer) -> None:
    assert regular.member
    assert Order(regular, [("TEA", 400, 1)]).total() == 380
# --8<-- [end:node]


# --8<-- [start:finalizer]
@pytest.fixture
def open_book(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Callable[[str], OrderBook]:
    """Opens order books by name; each is closed when the test is over."""

    def open_(name: str) -> OrderBook:
        book = OrderBook.open(tmp_path / f"{name}.jsonl")
        request.addfinalizer(book.close)
        return book

    return open_


def test_two_books_at_once(
    open_book: Callable[[str], OrderBook], order: Order
) -> None:
    shop, web = open_book("shop"), open_book("web")
    shop.add(order)
    assert shop.path.read_text(encoding="utf-8").count("\n") == 1
    assert web.path.read_text(encoding="utf-8") == ""
# --8<-- [end:finalizer]
