"""Your tests for loyalty.py. Run `checker check 17` to see how thorough they are.

Write through the `db_session` fixture of conftest.py: the shop's functions commit, and
db_session still rolls every commit back when the test ends.
"""

from sqlalchemy.orm import Session

from loyalty import register


def test_a_new_customer_starts_with_no_points(db_session: Session) -> None:
    ann = register(db_session, "ann@example.com", "Ann")

    assert ann.points == 0


# TODO: registering: how is the e-mail stored? The same e-mail again, in another case or
#       with spaces (parametrize with ids): which error, naming what (pytest.raises with
#       match=...), and how many customers are there afterwards?
# TODO: customers with points in many tests? A factory fixture: customer("Ann", points=10).
# TODO: awarding and redeeming: the new balance, the smallest number of points, an id that
#       nobody has, and the boundary of redeeming every point.
# TODO: a refused redemption leaves the balance as it was: look before anything else runs.
# TODO: "commits before it returns": what survives `db_session.rollback()` afterwards?
# TODO: top_customers: the order, the default limit and another limit, and ties.
