"""pytest's own fixtures for the environment, the output and the logs."""

import logging
from pathlib import Path

import pytest

import orders
from orders import Customer, Order, OrderBook, order_book_path, print_receipt


# --8<-- [start:monkeypatch]
def test_the_order_book_lives_where_shop_data_says(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SHOP_DATA", str(tmp_path))
    assert order_book_path() == tmp_path / "orders.jsonl"


def test_without_shop_data_the_book_is_in_the_home_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SHOP_DATA", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # ~ means this folder now
    assert order_book_path() == tmp_path / ".shop" / "orders.jsonl"


def test_a_bigger_member_discount(
    monkeypatch: pytest.MonkeyPatch, customer: Customer
) -> None:
    monkeypatch.setattr(orders, "MEMBER_DISCOUNT_PERCENT", 10)
    member = Customer(customer.name, customer.email, member=True)
    assert Order(member, [("CHEESE", 1000, 1)]).total() == 900
# --8<-- [end:monkeypatch]


# --8<-- [start:session-autouse]
def test_no_test_writes_into_the_real_data_folder(
    shop_data_folder: Path,
) -> None:
    assert order_book_path().parent == shop_data_folder
    assert Path.home() not in order_book_path().parents
# --8<-- [end:session-autouse]


# --8<-- [start:capsys]
def test_the_receipt_lists_each_line_then_the_total(
    capsys: pytest.CaptureFixture[str], order: Order
) -> None:
    print_receipt(order)
    printed = capsys.readouterr()
    assert printed.out.splitlines() == [
        "2 x MILK        218",
        "1 x BREAD       420",
        "1 x EGGS        289",
        "TOTAL           927",
    ]
    assert printed.err == ""
# --8<-- [end:capsys]


# --8<-- [start:caplog]
def test_each_order_written_is_logged(
    caplog: pytest.LogCaptureFixture, order_book: OrderBook, order: Order
) -> None:
    caplog.set_level(logging.INFO, logger="shop.orders")
    order_book.add(order)
    assert caplog.messages == [f"order {order.number} written to orders.jsonl"]


def test_a_large_order_is_flagged_for_a_check_by_hand(
    caplog: pytest.LogCaptureFixture, order_book: OrderBook, customer: Customer
) -> None:
    order_book.add(Order(customer, [("HAMPER", 60_000, 2)]))
    [record] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert record.name == "shop.orders"
    assert "check it by hand" in record.getMessage()
# --8<-- [end:caplog]
