"""A fixture that returns a function: as many orders as a test needs."""

from collections.abc import Callable

from orders import Customer, Order


# --8<-- [start:use]
def test_each_order_gets_the_next_number(
    make_order: Callable[..., Order],
) -> None:
    first, second, third = make_order(), make_order(), make_order()
    assert [first.number, second.number, third.number] == [1, 2, 3]


def test_a_member_pays_less_for_the_same_lines(
    make_order: Callable[..., Order],
) -> None:
    member = Customer("Eli Sato", "eli@example.com", member=True)
    lines = [("CHEESE", 1000, 2)]
    assert make_order(*lines).total() == 2000
    assert make_order(*lines, buyer=member).total() == 1900
# --8<-- [end:use]
