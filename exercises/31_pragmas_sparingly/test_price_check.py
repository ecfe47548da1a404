"""Your tests for price_check.py. Run `checker check 31`."""

from price_check import euros


def test_an_amount_is_written_in_euros() -> None:
    assert euros(395) == "€3.95"


# TODO: pyproject.toml hides main() from coverage. Remove what hides code that a test
#       can run, then look at `pytest --cov=price_check --cov-report=term-missing` again.
# TODO: main() takes a list of arguments and returns the exit status: call it like any
#       function, and read what it printed with the capsys fixture.
# TODO: no SKU at all; one SKU; several; lower case; an SKU the shop does not sell,
#       first, last, alone, and together with others.
