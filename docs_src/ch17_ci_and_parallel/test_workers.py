"""What a test can learn about the worker it runs on."""

import os

import pytest
from redis import Redis

from visits import VisitCounter


# --8<-- [start:worker-id]
def test_the_worker_id_matches_the_environment(worker_id: str) -> None:
    # "gw0", "gw1"... under xdist; "master" in a run without workers.
    assert os.environ.get("PYTEST_XDIST_WORKER", "master") == worker_id


# --8<-- [end:worker-id]


# --8<-- [start:visits]
def test_views_are_counted_under_this_workers_keys(redis_client: Redis, redis_prefix: str) -> None:
    visits = VisitCounter(redis_client, prefix=redis_prefix)

    assert visits.seen("TEA-80") == 1
    assert visits.seen("TEA-80") == 2
    assert redis_client.get(f"{redis_prefix}visits:TEA-80") == b"2"


# --8<-- [end:visits]


# --8<-- [start:group]
@pytest.mark.xdist_group("till-printer")
def test_a_receipt_is_printed() -> (
    None
): ...  # talks to the one till printer: with --dist loadgroup, on one worker only


@pytest.mark.xdist_group("till-printer")
def test_the_printer_reports_paper_low() -> None: ...


# --8<-- [end:group]
