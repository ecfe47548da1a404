"""The proof that each test starts clean, even after the shop's code committed."""

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from loyalty import sign_up, stamp
from models import Customer


def customers_in(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0


# --8<-- [start:proof]
def test_signing_up_commits_a_customer(db_session: Session) -> None:
    ann = sign_up(db_session, " Ann@Example.com ", "Ann")  # sign_up calls commit()

    assert ann.email == "ann@example.com"
    assert customers_in(db_session) == 1


def test_the_next_test_does_not_see_her(db_session: Session) -> None:
    # Runs after the test above: its commit was undone with the outer transaction.
    assert customers_in(db_session) == 0
# --8<-- [end:proof]


# --8<-- [start:elsewhere]
def test_a_commit_in_the_test_never_reaches_the_database(
    engine: Engine, db_session: Session
) -> None:
    sign_up(db_session, "ben@example.com", "Ben")

    # Another connection sees only what is really committed: nothing yet.
    with engine.connect() as elsewhere:
        assert elsewhere.execute(text("SELECT COUNT(*) FROM customers")).scalar() == 0
# --8<-- [end:elsewhere]


def test_the_session_still_works_after_several_commits(db_session: Session) -> None:
    ann = sign_up(db_session, "ann@example.com", "Ann")

    assert stamp(db_session, ann, "a loaf") == 1
    assert stamp(db_session, ann, "a loaf") == 2
