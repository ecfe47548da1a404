"""What pytest collects from one file, and what it passes over. It is not collected
by default (its name does not start with test_); look with
`pytest --collect-only demo_discovery.py`."""

from dataclasses import dataclass

from shop.customers import greeting, new_customer


def test_a_greeting_uses_the_first_name() -> None:  # collected: test_ prefix
    assert greeting(new_customer("ann@example.com", "Ann")) == "Hello Ann!"


def check_a_greeting_without_a_name() -> None:  # passed over: no test_ prefix
    assert greeting(new_customer("bob@example.com")) == "Hello there!"


class TestGreetings:  # collected: Test prefix, no __init__
    def test_a_name_is_trimmed(self) -> None:  # collected
        assert greeting(new_customer("ann@example.com", " Ann ")) == "Hello Ann!"

    def greet_everyone(self) -> None:  # passed over: no test_ prefix
        raise AssertionError("never runs")


@dataclass
class TestCustomer:  # looks like a test class, but has an __init__: pytest warns
    email: str = "test@example.com"
