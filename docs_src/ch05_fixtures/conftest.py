"""Fixtures for every test in this folder; pytest finds this file itself."""

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from orders import (
    Customer,
    Order,
    OrderBook,
    load_price_list,
    reset_order_numbers,
)


# --8<-- [start:session-autouse]
@pytest.fixture(scope="session", autouse=True)
def shop_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """For the whole run, the shop's data folder is a temporary one: no test
    can write into the real ~/.shop, even one that forgets to ask for this."""
    folder = tmp_path_factory.mktemp("shop-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SHOP_DATA", str(folder))
        yield folder
# --8<-- [end:session-autouse]


# --8<-- [start:first]
@pytest.fixture
def customer() -> Customer:
    """A customer who is not in the loyalty club."""
    return Customer("Ana Lima", "ana@example.com")


@pytest.fixture
def order(customer: Customer) -> Order:
    """Three lines for the customer above: 927 cents of goods."""
    return Order(
        customer, [("MILK", 109, 2), ("BREAD", 420, 1), ("EGGS", 289, 1)]
    )
# --8<-- [end:first]


# --8<-- [start:session]
@pytest.fixture(scope="session")
def price_list() -> Mapping[str, int]:
    """The wholesaler's price list: slow to load, so loaded once per run."""
    return load_price_list()
# --8<-- [end:session]


# --8<-- [start:yield]
@pytest.fixture
def order_book(tmp_path: Path) -> Iterator[OrderBook]:
    """An empty order book in this test's own folder, closed after it."""
    book = OrderBook.open(tmp_path / "orders.jsonl")
    print(f"opened {book.path.name}")
    yield book
    book.close()
    print(f"closed {book.path.name}")
# --8<-- [end:yield]


# --8<-- [start:autouse]
@pytest.fixture(autouse=True)
def order_numbers_start_at_one() -> None:
    """Order numbers come from a module-level counter: reset it per test."""
    reset_order_numbers()
# --8<-- [end:autouse]


# --8<-- [start:params]
@pytest.fixture(params=[False, True], ids=["guest", "member"])
def shopper(request: pytest.FixtureRequest) -> Customer:
    """A customer, once as a guest and once as a loyalty club member."""
    return Customer("Bo Chen", "bo@example.com", member=request.param)
# --8<-- [end:params]


# --8<-- [start:factory]
@pytest.fixture
def make_order(customer: Customer) -> Callable[..., Order]:
    """A function that makes orders: one milk for `customer` by default."""

    def make(
        *lines: tuple[str, int, int], buyer: Customer | None = None
    ) -> Order:
        return Order(buyer or customer, list(lines) or [("MILK", 109, 1)])

    return make
# --8<-- [end:factory]
