"""Tests for cards.py in which no test needs another to have run.

Each test gets a registry of its own from a fixture, and builds in it exactly what it
checks: a random order, or a worker that runs only some of the tests, changes nothing.
"""

import pytest

from cards import AlreadyMember, CardRegistry, UnknownCard


@pytest.fixture
def registry() -> CardRegistry:
    """A new registry, for this test alone."""
    return CardRegistry()


@pytest.fixture
def club(registry: CardRegistry) -> CardRegistry:
    """A registry where Ana, Bo and Cy got cards 1001, 1002 and 1003, in that order."""
    for email in ("ana@example.com", "bo@example.com", "cy@example.com"):
        registry.issue(email)
    return registry


def test_cards_are_numbered_from_1001_one_after_the_other(registry: CardRegistry) -> None:
    numbers = [registry.issue(f"{name}@example.com") for name in ("ana", "bo", "cy")]

    assert numbers == [1001, 1002, 1003]


def test_a_cancelled_number_is_never_given_out_again(club: CardRegistry) -> None:
    club.cancel(1003)

    assert club.issue("dee@example.com") == 1004


@pytest.mark.parametrize(
    "typed",
    ["Ana@Example.com", "  ana@example.com ", " ANA@EXAMPLE.COM"],
    ids=["case", "spaces", "both"],
)
def test_an_email_is_stored_in_lower_case_without_spaces(
    registry: CardRegistry, typed: str
) -> None:
    number = registry.issue(typed)

    assert registry.members() == ["ana@example.com"]
    assert registry.card_of("ana@example.com") == number
    assert registry.card_of(typed) == number


@pytest.mark.parametrize("again", ["ana@example.com", "ANA@example.com", " ana@example.com"])
def test_a_second_card_for_a_member_is_refused(club: CardRegistry, again: str) -> None:
    with pytest.raises(AlreadyMember):
        club.issue(again)

    assert club.members() == ["ana@example.com", "bo@example.com", "cy@example.com"]


def test_a_refused_card_uses_up_no_number(club: CardRegistry) -> None:
    with pytest.raises(AlreadyMember):
        club.issue("bo@example.com")

    assert club.issue("dee@example.com") == 1004


def test_card_of_a_stranger_is_none(club: CardRegistry) -> None:
    assert club.card_of("eli@example.com") is None


def test_card_of_a_member_is_their_number(club: CardRegistry) -> None:
    assert club.card_of("bo@example.com") == 1002


def test_cancelling_ends_the_card(club: CardRegistry) -> None:
    club.cancel(1002)

    assert club.card_of("bo@example.com") is None
    assert club.members() == ["ana@example.com", "cy@example.com"]


def test_a_customer_may_come_back_after_cancelling(club: CardRegistry) -> None:
    club.cancel(1001)

    assert club.issue("ana@example.com") == 1004
    assert club.members() == ["bo@example.com", "cy@example.com", "ana@example.com"]


@pytest.mark.parametrize("number", [1000, 1004], ids=["before-the-first", "not-yet-issued"])
def test_cancelling_a_number_that_is_no_card_is_refused(club: CardRegistry, number: int) -> None:
    with pytest.raises(UnknownCard):
        club.cancel(number)


def test_a_card_cannot_be_cancelled_twice(club: CardRegistry) -> None:
    club.cancel(1002)

    with pytest.raises(UnknownCard):
        club.cancel(1002)


def test_members_come_in_the_order_their_cards_were_issued(registry: CardRegistry) -> None:
    for email in ("eli@example.com", "ana@example.com", "dee@example.com"):
        registry.issue(email)

    assert registry.members() == ["eli@example.com", "ana@example.com", "dee@example.com"]
