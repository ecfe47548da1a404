"""An autouse fixture at work: no test here asks for it."""

from orders import Customer, Order


# --8<-- [start:use]
def test_the_first_order_of_a_test_is_number_one(
    customer: Customer,
) -> None:
    assert Order(customer).number == 1
    assert Order(customer).number == 2


def test_so_is_the_first_order_of_the_next_test(customer: Customer) -> None:
    assert Order(customer).number == 1
# --8<-- [end:use]
