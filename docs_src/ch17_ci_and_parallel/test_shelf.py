"""The shelf on this worker's database: each test starts from an empty one."""

from sqlalchemy import Connection

from shelf import count, receive


def test_receiving_adds_to_the_shelf(connection: Connection) -> None:
    assert receive(connection, "MILK", 12) == 12
    assert receive(connection, "MILK", 3) == 15


def test_a_sku_never_received_counts_zero(connection: Connection) -> None:
    assert count(connection, "MILK") == 0


def test_each_test_finds_the_shelf_empty(connection: Connection) -> None:
    receive(connection, "BREAD", 4)

    assert count(connection, "BREAD") == 4
