"""Exercise 23's cache runs on both paths: fakeredis with no set-up, and a real Redis when
REDIS_URL names one. The solution's tests are run as a learner runs them, in a copy of
the solved exercise, once each way.

With no server answering on 127.0.0.1:6379 the real-server test skips and says why; under
CI (``CI`` set), where ``.ci/run`` starts Redis, it fails instead.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
EXERCISE = "23_price_cache_on_redis"
REDIS_URL = "redis://127.0.0.1:6379/0"

pytestmark = pytest.mark.slow


def redis_answers(host: str = "127.0.0.1", port: int = 6379) -> bool:
    """Whether a Redis server answers PING there, within half a second."""
    try:
        with socket.create_connection((host, port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def namespaced_keys() -> set[str]:
    """The keys of test namespaces (test-<random>:...) on the real server."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    try:
        return set(client.scan_iter(match="test-*"))
    finally:
        client.close()


@pytest.fixture
def solved(tmp_path: Path) -> Path:
    """A copy of exercise 23 with its solution copied over it."""
    folder = tmp_path / EXERCISE
    shutil.copytree(REPOSITORY / "exercises" / EXERCISE, folder)
    shutil.copytree(REPOSITORY / "solutions" / EXERCISE, folder, dirs_exist_ok=True)
    return folder


def run_pytest(folder: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL" and not k.startswith("PYTEST_")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=folder,
        env=env | environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_cache_solution_passes_on_fakeredis_with_no_server_named(solved: Path) -> None:
    result = run_pytest(solved)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_cache_solution_passes_on_a_real_redis_and_leaves_no_key(solved: Path) -> None:
    if not redis_answers():
        reason = f"no Redis server answers at {REDIS_URL}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI should have started one (see .ci/run)", pytrace=False)
        pytest.skip(reason)
    before = namespaced_keys()

    result = run_pytest(solved, REDIS_URL=REDIS_URL)

    assert result.returncode == 0, result.stdout + result.stderr
    assert namespaced_keys() - before == set(), "the run left keys of its namespace behind"
