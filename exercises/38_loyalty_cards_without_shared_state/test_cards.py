"""Your tests for cards.py. Run `checker check 38` to see how thorough they are.

These tests share one registry, made when the module is imported, and each one counts on
the ones above it having run first, in this process. Run `pytest -p randomly` a few
times, and `pytest -p xdist -n 2`: a test that lands on another worker, or runs first,
finds a registry it did not expect. Give every test a registry of its own, built up to
the state that test needs, then test every rule of the README.
"""

from cards import CardRegistry

REGISTRY = CardRegistry()  # TODO: one registry for every test of the module


def test_ana_gets_the_first_card() -> None:
    assert REGISTRY.issue("ana@example.com") == 1001


def test_bo_gets_the_next_card() -> None:
    # TODO: true only after the test above, in the same process
    assert REGISTRY.issue("bo@example.com") == 1002


def test_both_are_members() -> None:
    # TODO: and this one after both
    assert REGISTRY.members() == ["ana@example.com", "bo@example.com"]


# TODO: e-mails in another case or with spaces around them: how they are stored, and a
#       second card for the same customer (pytest.raises), which uses up no number.
# TODO: card_of for a member and for a stranger.
# TODO: cancel: a number that is not a card, a cancelled number never coming back, and a
#       customer who comes back after cancelling.
# TODO: members after a cancellation, in the order of issue.
