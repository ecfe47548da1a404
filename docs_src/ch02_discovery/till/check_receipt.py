"""The supplier's checks for receipt.py, collected thanks to till/pytest.ini."""

from receipt import WIDTH, money, receipt_line


# --8<-- [start:checks]
class CheckMoney:
    def check_pence_always_have_two_digits(self) -> None:
        assert money(105) == "£1.05"

    def check_a_refund_is_shown_negative(self) -> None:
        assert money(-250) == "-£2.50"


def check_every_line_is_exactly_as_wide_as_the_paper() -> None:
    assert len(receipt_line("Tea, 80 bags", 349)) == WIDTH
    assert len(receipt_line("A very long product name that does not fit", 349)) == WIDTH
# --8<-- [end:checks]
