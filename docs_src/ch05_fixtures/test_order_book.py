"""A fixture with teardown, and tmp_path."""

import json
from pathlib import Path

from orders import Order, OrderBook


# --8<-- [start:use]
def test_an_added_order_is_written_to_the_book(
    order_book: OrderBook, order: Order
) -> None:
    order_book.add(order)
    lines = order_book.path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["total"] for line in lines] == [927]


def test_the_book_lives_in_the_tests_own_folder(
    order_book: OrderBook, tmp_path: Path
) -> None:
    assert order_book.path.parent == tmp_path
    assert order_book.path.read_text(encoding="utf-8") == ""
# --8<-- [end:use]


# --8<-- [start:tmp_path]
def test_tmp_path_is_a_new_empty_folder(tmp_path: Path) -> None:
    assert list(tmp_path.iterdir()) == []
    export = tmp_path / "export" / "orders.csv"
    export.parent.mkdir()
    export.write_text("number,total\n1,927\n", encoding="utf-8")
    assert export.read_text(encoding="utf-8").startswith("number")
# --8<-- [end:tmp_path]
