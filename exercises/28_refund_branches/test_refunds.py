"""Your tests for refunds.py. Run `checker check 28`, and see what they leave out with
`pytest --cov=refunds --cov-branch --cov-report=term-missing`.
"""

from refunds import refund_cents


def test_an_unopened_item_comes_back_in_full() -> None:
    assert refund_cents(1250, 3, opened=False) == 1250


# TODO: each kind of return (unopened, opened, faulty) has a last day: test on it and on
#       the day after (parametrize with ids keeps the cases readable).
# TODO: the restocking fee: how much comes back for an opened item, and for one that
#       costs less than the fee?
# TODO: a faulty item that was opened: is there a fee?
# TODO: mistakes at the till: a negative price, a negative number of days.
# TODO: reach 100% branch coverage, and make sure every test checks a result: a test
#       that only calls refund_cents runs its branches and catches nothing.
