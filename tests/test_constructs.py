"""Required constructs: met by what a test really uses when it runs, however it is spelt."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.engine import run
from checker.engine.constructs import RULES, missing
from checker.engine.results import RunResult
from checker.engine.spec import RunSpec

Execute = Callable[[str, str], RunResult]

HEADER = """
import os, sys, warnings
from unittest.mock import patch, create_autospec
import pytest

class Gateway:
    def charge(self, cents: int) -> str:
        return "ch_1"
"""


@pytest.fixture
def execute(tmp_path: Path) -> Execute:
    """Run a test file (and a configuration) in a forked child, as the checker does."""

    def execute(source: str, ini: str = "") -> RunResult:
        folder = tmp_path / "exercise"
        folder.mkdir(exist_ok=True)
        (folder / "test_it.py").write_text(HEADER + textwrap.dedent(source))
        (folder / "pytest.ini").write_text(f"[pytest]\n{ini}\n")
        temporary = tmp_path / "tmp"
        temporary.mkdir(exist_ok=True)
        spec = RunSpec(
            workdir=folder,
            results=tmp_path / "results.jsonl",
            output=tmp_path / "output.txt",
            status=tmp_path / "status.json",
            tmpdir=temporary,
            timeout=30,
        )
        return run.execute(spec)

    return execute


def _meets(execute: Execute, rule: str, source: str, ini: str = "") -> bool:
    result = execute(source, ini)
    assert result.finished, result.output
    return not missing([rule], result, None)


@pytest.mark.parametrize(
    ("rule", "good", "bad"),
    [
        (
            "raises-match",
            "def test_it():\n    with pytest.raises(ValueError, match='bad'):\n"
            "        raise ValueError('bad')",
            "def test_it():\n    with pytest.raises(ValueError):\n        raise ValueError('bad')",
        ),
        (
            "raises-match",
            "from pytest import raises as expect\n"
            "def check(excinfo): excinfo.match('bad')\n"
            "def test_it():\n    with expect(ValueError) as info:\n"
            "        raise ValueError('bad')\n    check(info)",
            "def helper():\n    with pytest.raises(ValueError, match='bad'):\n"
            "        raise ValueError('bad')\ndef test_it(): pass",
        ),
        (
            "approx",
            "def test_it(): assert 0.1 + 0.2 == pytest.approx(0.3)",
            "def test_it(): assert abs(0.1 + 0.2 - 0.3) < 1e-9",
        ),
        (
            "warns",
            "def test_it():\n    with pytest.warns(UserWarning):\n        warnings.warn('x')",
            "def test_it(): pass",
        ),
        (
            "parametrize-ids",
            "@pytest.mark.parametrize('n', [1, 2], ids=['one', 'two'])\ndef test_it(n): ...",
            "@pytest.mark.parametrize('n', [1, 2])\ndef test_it(n): ...",
        ),
        (
            "parametrize-ids",
            "@pytest.mark.parametrize('n', [pytest.param(1, id='one')])\ndef test_it(n): ...",
            "@pytest.mark.parametrize('n', [pytest.param(1)])\ndef test_it(n): ...",
        ),
        (
            "parametrize",
            "@pytest.mark.parametrize('n', [1])\ndef test_it(n): ...",
            "def test_it(): ...",
        ),
        (
            "yield-fixture",
            "@pytest.fixture\ndef store():\n    yield 1\ndef test_it(store): ...",
            "@pytest.fixture\ndef store():\n    yield 1\ndef test_it(): ...",
        ),
        (
            "fixture",
            "@pytest.fixture(scope='session')\ndef f(): ...\ndef test_it(f): ...",
            "@pytest.fixture\ndef f(): ...\ndef test_it(): ...",
        ),
        (
            "test-class",
            "class TestCart:\n    def test_empty(self): ...",
            "def test_empty(): ...",
        ),
        (
            "xfail-strict",
            "@pytest.mark.xfail(strict=True, reason='bug 12')\ndef test_it(): assert False",
            "@pytest.mark.xfail(reason='bug 12')\ndef test_it(): assert False",
        ),
        (
            "skipif-reason",
            "@pytest.mark.skipif(sys.platform == 'win32', reason='no fork')\ndef test_it(): ...",
            "@pytest.mark.skip(reason='later')\ndef test_it(): ...",
        ),
        (
            "patch-dict",
            "def test_it():\n    with patch.dict(os.environ, {'SHOP_NOTIFY': 'off'}): ...",
            "def test_it():\n    os.environ.get('SHOP_NOTIFY')",
        ),
        (
            "patch-dict",
            "def test_it(monkeypatch):\n    monkeypatch.setenv('SHOP_NOTIFY', 'off')",
            "def test_it(monkeypatch):\n    monkeypatch.setattr(os, 'sep', '/')",
        ),
        (
            "autospec",
            "def test_it():\n    with patch.object(Gateway, 'charge', autospec=True): ...",
            "def test_it():\n    with patch.object(Gateway, 'charge'): ...",
        ),
        (
            "autospec",
            "def test_it():\n    gateway = create_autospec(Gateway, instance=True)",
            "def test_it():\n    gateway = Gateway()",
        ),
        (
            "mock-aws",
            "from moto import mock_aws\n@mock_aws\ndef test_it(): ...",
            "from moto import mock_aws\ndef test_it(): ...",
        ),
        (
            "frozen-clock",
            "from freezegun import freeze_time\n"
            "@freeze_time('2026-03-27 13:59')\ndef test_it(): ...",
            "from freezegun import freeze_time\ndef test_it(): ...",
        ),
        (
            "frozen-clock",
            "from freezegun import freeze_time\n"
            "def test_it():\n    with freeze_time('2026-03-27'): ...",
            "from freezegun import freeze_time\ndef test_it():\n    freeze_time('2026-03-27')",
        ),
        (
            "frozen-clock",
            "from freezegun import freeze_time\n@pytest.fixture\ndef friday():\n"
            "    with freeze_time('2026-03-27 15:00'):\n        yield\ndef test_it(friday): ...",
            "from freezegun import freeze_time\n@pytest.fixture\ndef friday():\n"
            "    with freeze_time('2026-03-27 15:00'):\n        yield\ndef test_it(): ...",
        ),
        (
            "frozen-clock",
            "import time_machine\n@time_machine.travel('2026-03-27 13:59', tick=False)\n"
            "def test_it(): ...",
            "import time_machine\ndef test_it(): ...",
        ),
    ],
    ids=[
        "raises with match",
        "excinfo.match under another name, not a helper no test calls",
        "approx",
        "warns",
        "parametrize with ids",
        "pytest.param with id",
        "parametrize",
        "yield fixture a test uses, not one no test uses",
        "fixture",
        "test class",
        "strict xfail",
        "skipif with a reason",
        "patch.dict",
        "monkeypatch.setenv",
        "patch.object with autospec",
        "create_autospec",
        "mock_aws on a test",
        "freeze_time on a test",
        "freeze_time in a with block, not only made",
        "freeze_time in a fixture a test uses",
        "time_machine.travel on a test",
    ],
)
def test_a_rule_is_met_by_its_construct_and_not_by_a_near_miss(
    execute: Execute, rule: str, good: str, bad: str
) -> None:
    assert _meets(execute, rule, good)
    assert not _meets(execute, rule, bad)


def test_the_time_machine_fixture_sets_the_clock_when_it_moves(execute: Execute) -> None:
    ini = "addopts = -p time_machine"
    moved = "def test_it(time_machine):\n    time_machine.move_to('2026-03-27 13:59', tick=False)"
    assert _meets(execute, "frozen-clock", moved, ini=ini)
    assert not _meets(execute, "frozen-clock", "def test_it(time_machine): ...", ini=ini)


@pytest.mark.parametrize("setting", ["xfail_strict = true", "strict_xfail = true"])
def test_strict_xfail_from_the_configuration_counts_like_strict_true(
    execute: Execute, setting: str
) -> None:
    source = "@pytest.mark.xfail(reason='bug 12')\ndef test_it(): assert False"
    assert _meets(execute, "xfail-strict", source, ini=setting)


def test_a_construct_counts_only_in_a_test_that_catches_a_bug(execute: Execute) -> None:
    result = execute(
        "@pytest.mark.parametrize('n', [1], ids=['one'])\ndef test_decorative(n): ...\n"
        "def test_useful(): ...",
        "",
    )
    assert missing(["parametrize-ids"], result, {"test_it.py::test_decorative[one]"}) == []
    [unmet] = missing(["parametrize-ids"], result, {"test_it.py::test_useful"})
    assert "only in tests that catch none of the planted bugs" in unmet.message


def test_every_rule_tells_the_learner_what_to_use() -> None:
    assert all(rule.message.endswith(".") and "`" in rule.message for rule in RULES.values())


@pytest.mark.parametrize(
    ("rule", "good", "bad"),
    [
        (
            "benchmark",
            "def test_it(benchmark): assert benchmark(len, 'abc') == 3",
            "def test_it(): assert len('abc') == 3",
        ),
        (
            "benchmark",
            "def test_it(benchmark):\n"
            "    assert benchmark.pedantic(len, args=('ab',), rounds=2) == 2",
            "def test_it(benchmark):\n    benchmark\n    pytest.skip('never measured')",
        ),
        (
            "pedantic-setup",
            "def test_it(benchmark):\n"
            "    assert benchmark.pedantic(sorted, setup=lambda: (([2, 1],), {})) == [1, 2]",
            "def test_it(benchmark):\n"
            "    assert benchmark.pedantic(sorted, args=([2, 1],)) == [1, 2]",
        ),
        (
            "benchmark-group",
            "@pytest.mark.benchmark(group='lookups')\n"
            "def test_it(benchmark): assert benchmark(len, 'abc') == 3",
            "@pytest.mark.benchmark(min_rounds=2)\n"
            "def test_it(benchmark): assert benchmark(len, 'abc') == 3",
        ),
    ],
    ids=["benchmark called", "pedantic", "pedantic with setup", "benchmark group"],
)
@pytest.mark.parametrize("disabled", [False, True], ids=["timed", "--benchmark-disable"])
def test_a_benchmark_rule_is_met_timed_or_disabled(
    execute: Execute, rule: str, good: str, bad: str, disabled: bool
) -> None:
    ini = "addopts = -p benchmark" + (" --benchmark-disable" if disabled else "")
    ini += "\n    --benchmark-min-rounds=1 --benchmark-max-time=0.001"
    assert _meets(execute, rule, good, ini)
    assert not _meets(execute, rule, bad, ini)
