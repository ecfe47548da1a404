import threading

from holds import BasketHold, ReceiptPrinter


# --8<-- [start:clock]
class FakeClock:
    """Stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_hold_runs_out_after_its_minutes() -> None:
    clock = FakeClock()
    hold = BasketHold(minutes=15, clock=clock)

    clock.now += 15 * 60 - 1
    assert not hold.expired()
    clock.now += 1
    assert hold.expired()
# --8<-- [end:clock]


# --8<-- [start:condition]
def test_a_receipt_is_printed() -> None:
    texts: list[str] = []
    printed = threading.Event()

    def on_printed(text: str) -> None:
        texts.append(text)
        printed.set()

    printer = ReceiptPrinter(on_printed)
    try:
        printer.print_receipt("order-7")
        # Returns the moment the receipt is out; the timeout only counts when it never is.
        assert printed.wait(timeout=5), "nothing was printed within 5 seconds"
    finally:
        printer.close()
    assert texts == ["order-7"]
# --8<-- [end:condition]
