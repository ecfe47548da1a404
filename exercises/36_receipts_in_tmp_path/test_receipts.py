"""Your tests for receipts.py. Run `checker check 36` to see how thorough they are.

These tests were written for one run at a time, in a fixed order: they share one folder,
`receipts/` beside this file, and the last one counts on the first. Run `pytest` twice in
a row, or `pytest -p randomly`, or `pytest -p xdist -n 2`, and watch them trip over each
other. Give every test a folder of its own, then test every rule of the README.
"""

from pathlib import Path

from receipts import receipts_in, save_receipt

RECEIPTS = Path("receipts")  # TODO: a fixed folder, shared by every test and every run


def test_a_receipt_is_saved_under_the_order_id() -> None:
    path = save_receipt(RECEIPTS, 1, [("MILK", 2, 95)])

    assert path == RECEIPTS / "receipt-1.txt"


def test_the_archive_lists_the_saved_orders() -> None:
    save_receipt(RECEIPTS, 2, [("BREAD", 1, 250)])

    # TODO: this only holds when the first test ran before, in the same process
    assert receipts_in(RECEIPTS) == [1, 2]


# TODO: what a receipt says: a line per item, the total, euros with two decimals.
# TODO: a folder that is not there yet, nor its parent.
# TODO: a second receipt for the same order: the error, and the first receipt untouched.
# TODO: receipts_in: the order of the ids, files that are not receipts, no folder at all.
