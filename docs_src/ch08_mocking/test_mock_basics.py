"""What a mock is: an object that says yes to everything and remembers what it was asked."""

from unittest.mock import MagicMock, Mock, call, create_autospec

import pytest
from gateway import PaymentGateway


# --8<-- [start:mock]
def test_a_mock_makes_up_attributes_and_remembers_calls() -> None:
    gateway = Mock()
    gateway.charge.return_value = "ch_1"

    assert gateway.charge("tok_visa", 1250, reference="order-42") == "ch_1"
    # Any attribute exists, and is itself a mock that records its calls.
    gateway.charge.assert_called_once_with("tok_visa", 1250, reference="order-42")
    assert isinstance(gateway.anything_at_all, Mock)
# --8<-- [end:mock]


# --8<-- [start:magic]
def test_a_plain_mock_has_no_magic_methods() -> None:
    with pytest.raises(TypeError):
        len(Mock())


def test_a_magicmock_has_them_with_harmless_defaults() -> None:
    basket = MagicMock()
    assert len(basket) == 0
    assert list(basket) == []

    basket.__len__.return_value = 3
    assert len(basket) == 3

    with basket as opened:  # __enter__ and __exit__ too
        assert opened is basket.__enter__.return_value


def test_most_magic_methods_not_all() -> None:
    basket = MagicMock()
    # Ordering is configured, but answers NotImplemented until told otherwise.
    with pytest.raises(TypeError):
        basket < 3
    basket.__lt__.return_value = True
    assert basket < 3
    # __format__ is one of those not set up at all: format specs fail.
    with pytest.raises(TypeError):
        f"{basket:>10}"
# --8<-- [end:magic]


# --8<-- [start:spec]
def test_spec_refuses_a_method_the_real_class_lacks() -> None:
    gateway = Mock(spec=PaymentGateway)
    with pytest.raises(AttributeError):
        gateway.chrage("tok_visa", 1250)  # a typo: PaymentGateway has no chrage


def test_spec_alone_does_not_check_arguments() -> None:
    gateway = Mock(spec=PaymentGateway)
    gateway.charge("tok_visa")  # the real charge needs an amount and a reference
    gateway.charge.assert_called_once()
# --8<-- [end:spec]


# --8<-- [start:autospec]
def test_autospec_checks_the_arguments_as_well() -> None:
    gateway = create_autospec(PaymentGateway, instance=True)
    with pytest.raises(TypeError, match="amount_cents"):
        gateway.charge("tok_visa")
# --8<-- [end:autospec]


# --8<-- [start:spelling]
def test_autospec_asserts_compare_by_meaning_but_records_by_spelling() -> None:
    gateway = create_autospec(PaymentGateway, instance=True)
    gateway.charge("tok_visa", 1250, reference="order-42")

    # Asked by name, the assert methods still recognise the positional call.
    gateway.charge.assert_called_once_with(
        card_token="tok_visa", amount_cents=1250, reference="order-42"
    )
    by_name = call(card_token="tok_visa", amount_cents=1250, reference="order-42")
    gateway.charge.assert_has_calls([by_name])
    # The records themselves keep the call as it was written.
    assert gateway.charge.call_args_list != [by_name]
    assert gateway.charge.call_args_list == [
        call("tok_visa", 1250, reference="order-42")
    ]
# --8<-- [end:spelling]
