"""A demo, not collected: two tests that wait and hope."""

import time

from holds import BasketHold, ReceiptPrinter


# --8<-- [start:wrong]
def test_a_hold_runs_out() -> None:
    hold = BasketHold(minutes=0.01)  # 0.6 seconds, so the test is "only" slow
    time.sleep(0.7)
    assert hold.expired()


def test_a_receipt_is_printed() -> None:
    printed: list[str] = []
    printer = ReceiptPrinter(on_printed=printed.append)
    printer.print_receipt("order-7")
    time.sleep(0.1)  # long enough on this laptop; on a busy CI runner, who knows
    assert printed == ["order-7"]
# --8<-- [end:wrong]
