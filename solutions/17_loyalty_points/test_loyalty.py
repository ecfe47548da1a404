"""Tests for loyalty.py on a real database: SQLite here, PostgreSQL in CI.

Every test writes through db_session (conftest.py): the functions commit, and the
session's SAVEPOINT turns each commit into one that the end of the test rolls back.
"""

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loyalty import (
    DuplicateEmail,
    NotEnoughPoints,
    UnknownCustomer,
    award,
    redeem,
    register,
    top_customers,
)
from models import Customer

NOBODY = 10**6  # an id no customer of a handful of tests has


def customers_in(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0


@pytest.fixture
def customer(db_session: Session) -> Callable[..., Customer]:
    """A factory: customer(name, points=...) registers somebody and gives them points."""

    def make(name: str = "Ann", points: int = 0) -> Customer:
        made = register(db_session, f"{name.lower()}@example.com", name)
        if points:
            award(db_session, made.id, points)
        return made

    return make


class TestRegistering:
    def test_a_new_customer_starts_with_no_points(self, db_session: Session) -> None:
        ann = register(db_session, "  Ann@Example.COM ", "Ann")

        assert ann.points == 0
        assert ann.email == "ann@example.com"
        assert db_session.get(Customer, ann.id).name == "Ann"

    @pytest.mark.parametrize(
        "again",
        ["ann@example.com", "ANN@example.com", " ann@example.com "],
        ids=["same", "other case", "with spaces"],
    )
    def test_an_email_registers_once(self, db_session: Session, again: str) -> None:
        register(db_session, "ann@example.com", "Ann")

        with pytest.raises(DuplicateEmail, match="ann@example.com"):
            register(db_session, again, "Ann again")

        # The refusal left the session usable and added nobody.
        assert customers_in(db_session) == 1


class TestAwarding:
    def test_points_add_up(self, customer: Callable[..., Customer], db_session: Session) -> None:
        ann = customer("Ann")

        assert award(db_session, ann.id, 5) == 5
        assert award(db_session, ann.id, 1) == 6

    @pytest.mark.parametrize("points", [0, -3], ids=["zero", "negative"])
    def test_at_least_one_point(
        self, customer: Callable[..., Customer], db_session: Session, points: int
    ) -> None:
        ann = customer("Ann", points=2)

        with pytest.raises(ValueError):
            award(db_session, ann.id, points)
        assert db_session.get(Customer, ann.id).points == 2

    def test_an_unknown_customer(self, db_session: Session) -> None:
        with pytest.raises(UnknownCustomer, match=str(NOBODY)):
            award(db_session, NOBODY, 5)

    def test_an_award_is_committed(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        ann = customer("Ann")
        award(db_session, ann.id, 7)

        # Undo whatever was not committed: a committed award survives.
        db_session.rollback()

        assert db_session.get(Customer, ann.id).points == 7


class TestRedeeming:
    def test_points_are_taken_off(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        ann = customer("Ann", points=10)

        assert redeem(db_session, ann.id, 4) == 6

    def test_every_point_can_be_redeemed(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        ann = customer("Ann", points=10)

        assert redeem(db_session, ann.id, 10) == 0

    def test_not_more_than_there_are(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        ann = customer("Ann", points=10)

        with pytest.raises(NotEnoughPoints):
            redeem(db_session, ann.id, 11)

        db_session.rollback()  # whatever the failed call left pending goes too
        assert db_session.get(Customer, ann.id).points == 10

    def test_a_refusal_changes_nothing_even_unflushed(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        ann = customer("Ann", points=10)

        # The message names the customer: the id, as a whole number (not 12 for 1).
        with pytest.raises(NotEnoughPoints, match=rf"\b{ann.id}\b"):
            redeem(db_session, ann.id, 11)

        assert db_session.get(Customer, ann.id).points == 10

    def test_a_redemption_is_committed(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        ann = customer("Ann", points=10)
        redeem(db_session, ann.id, 3)

        db_session.rollback()

        assert db_session.get(Customer, ann.id).points == 7

    def test_an_unknown_customer(self, db_session: Session) -> None:
        with pytest.raises(UnknownCustomer, match=str(NOBODY)):
            redeem(db_session, NOBODY, 1)

    def test_no_points_is_not_a_redemption(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        ann = customer("Ann", points=10)

        with pytest.raises(ValueError):
            redeem(db_session, ann.id, 0)


class TestTheTopCustomers:
    def test_most_points_first_three_by_default(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        for name, points in [("Ann", 5), ("Ben", 50), ("Cleo", 20), ("Dev", 1)]:
            customer(name, points=points)

        top = top_customers(db_session)

        assert [c.name for c in top] == ["Ben", "Cleo", "Ann"]

    def test_at_most_the_limit(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        for name, points in [("Ann", 5), ("Ben", 50), ("Cleo", 20)]:
            customer(name, points=points)

        assert [c.name for c in top_customers(db_session, limit=1)] == ["Ben"]

    def test_equal_points_in_any_order(
        self, customer: Callable[..., Customer], db_session: Session
    ) -> None:
        for name, points in [("Ann", 5), ("Ben", 5), ("Cleo", 9)]:
            customer(name, points=points)

        top = top_customers(db_session, limit=3)

        assert top[0].name == "Cleo"
        assert {c.name for c in top[1:]} == {"Ann", "Ben"}
