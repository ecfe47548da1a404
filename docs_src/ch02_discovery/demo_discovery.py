"""What pytest collects from one file, and what it passes over. This
file is not collected by default (its name does not start with test_):
look with `pytest --collect-only demo_discovery.py`."""

from dataclasses import dataclass

from shop.customers import greeting, new_customer


# Collected: the name starts with test.
def test_a_greeting_uses_the_first_name() -> None:
    ann = new_customer("ann@example.com", "Ann")
    assert greeting(ann) == "Hello Ann!"


# Passed over: the name does not start with test.
def check_a_greeting_without_a_name() -> None:
    assert greeting(new_customer("bob@example.com")) == "Hello there!"


# Collected: the name starts with Test, and there is no __init__.
class TestGreetings:
    def test_a_name_is_trimmed(self) -> None:  # collected
        ann = new_customer("ann@example.com", " Ann ")
        assert greeting(ann) == "Hello Ann!"

    def greet_everyone(self) -> None:  # passed over
        raise AssertionError("never runs")


# Looks like a test class, but a dataclass has an __init__: pytest warns.
@dataclass
class TestCustomer:
    email: str = "test@example.com"
