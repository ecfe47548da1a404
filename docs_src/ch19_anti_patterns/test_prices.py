import pytest

from prices import euros, format_euros


# --8<-- [start:right]
def test_a_refund_shows_a_minus() -> None:
    assert format_euros(-195) == "-€1.95"  # and, with filterwarnings = error, no warning


def test_the_old_name_still_works_and_says_what_replaces_it() -> None:
    with pytest.warns(DeprecationWarning, match="format_euros"):
        assert euros(-195) == "-€1.95"
# --8<-- [end:right]
