"""Never runs: collection stops at the conftest beside it."""


def test_an_order_has_a_customer(customer_email: str) -> None:
    assert "@" in customer_email
