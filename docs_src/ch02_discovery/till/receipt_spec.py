"""The supplier's tests for receipt.py, found thanks to pytest.ini."""

from receipt import WIDTH, money, receipt_line


# --8<-- [start:specs]
class DescribeMoney:
    def it_always_shows_two_digits_of_cents(self) -> None:
        assert money(105) == "€1.05"

    def it_shows_a_refund_as_a_negative_amount(self) -> None:
        assert money(-250) == "-€2.50"


def it_makes_every_line_exactly_as_wide_as_the_paper() -> None:
    assert len(receipt_line("Tea, 80 bags", 349)) == WIDTH
    long_name = "A product name far too long for the paper"
    assert len(receipt_line(long_name, 349)) == WIDTH
# --8<-- [end:specs]
