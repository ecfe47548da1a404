"""Required constructs: what a chapter teaches must be used where it does work.

A construct counts when it was used in the reference run by a collected test that ran
(or by a fixture such a test used) and, in an exercise with planted bugs, by a test
that caught at least one of them. How it is spelt does not matter: the run itself
reports what each test called (:mod:`checker.engine.probes`), which marks each collected test
carries with the configuration applied (strict xfail through ``strict=True``,
``xfail_strict`` or ``strict_xfail``), and which fixtures it used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from checker.engine.results import RunResult, Use

Kind = Literal["call", "mark", "fixture"]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: Kind
    message: str
    # How the README's done-list names it: `checker verify` looks for this text there.
    named: str


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule(
            "raises-match",
            "call",
            "Check an error with `pytest.raises(SomeError, match=...)` (or "
            "`excinfo.match(...)`), so the test also proves which error it was.",
            "match=",
        ),
        Rule(
            "approx",
            "call",
            "Compare a computed float with `pytest.approx(...)`, not with `==` alone.",
            "pytest.approx",
        ),
        Rule("warns", "call", "Check the warning with `pytest.warns(SomeWarning, ...)`.", "warns"),
        Rule(
            "mock-aws",
            "call",
            "Keep every AWS call inside moto's `mock_aws` (on the test, in a `with` block, or "
            "in a fixture).",
            "mock_aws",
        ),
        Rule(
            "frozen-clock",
            "call",
            "Set the clock for the test with freezegun's `freeze_time(...)` or time-machine's "
            "`travel(...)` (on the test, in a `with` block, in a fixture, or the `time_machine` "
            "fixture's `move_to`).",
            "freeze_time",
        ),
        Rule(
            "async-fixture",
            "fixture",
            "Write an async fixture (`@pytest_asyncio.fixture` on an `async def`) and use it.",
            "pytest_asyncio.fixture",
        ),
        Rule(
            "parametrize-ids",
            "mark",
            "Use `@pytest.mark.parametrize(..., ids=[...])` (or `pytest.param(..., id=...)`) "
            "so each case has a readable name.",
            "ids",
        ),
        Rule(
            "parametrize",
            "mark",
            "Use `@pytest.mark.parametrize` for cases that share one test body.",
            "parametrize",
        ),
        Rule(
            "yield-fixture",
            "fixture",
            "Write a fixture that uses `yield`, with its clean-up after the `yield`, and use it.",
            "yield",
        ),
        Rule(
            "fixture",
            "fixture",
            "Define at least one `@pytest.fixture` and let tests ask for it by name.",
            "fixture",
        ),
        Rule(
            "test-class", "mark", "Group related tests as methods of a `class Test...:`.", "class"
        ),
        Rule(
            "xfail-strict",
            "mark",
            "Mark the known bug with a strict xfail (`@pytest.mark.xfail(strict=True, "
            "reason=...)`, or `xfail_strict`/`strict_xfail` in the configuration), so that its "
            "fix cannot pass unnoticed.",
            "strict",
        ),
        Rule(
            "skipif-reason",
            "mark",
            "Skip on a condition with `@pytest.mark.skipif(condition, reason=...)`.",
            "skipif",
        ),
        Rule(
            "patch-dict",
            "call",
            "Set the environment for a test with `patch.dict(os.environ, {...})` (or "
            "`monkeypatch.setenv`), which puts it back afterwards.",
            "patch.dict",
        ),
        Rule(
            "autospec",
            "call",
            "Make your mock check its calls against the real signature with `autospec=True` "
            "(or `create_autospec`).",
            "autospec",
        ),
        Rule(
            "benchmark",
            "call",
            "Measure the code with the `benchmark` fixture (`result = benchmark(function, "
            "...)` or `benchmark.pedantic(...)`), and check the result it hands back, so the "
            "benchmark also proves the answer is right.",
            "benchmark",
        ),
        Rule(
            "pedantic-setup",
            "call",
            "Give `benchmark.pedantic(...)` a `setup=` function that builds fresh input for "
            "every round, so that no round measures input an earlier round already changed.",
            "setup=",
        ),
        Rule(
            "benchmark-group",
            "call",
            "Put the benchmarks you compare in one group: `@pytest.mark.benchmark(group=...)` "
            "on the test (or the module's `pytestmark`).",
            "group=",
        ),
    )
}


@dataclass(frozen=True)
class Missing:
    """A construct that does not count yet, and why."""

    rule: Rule
    message: str


def _uses(rule: Rule, reference: RunResult) -> dict[str, list[str]]:
    """Test node id -> the places where that test used the construct."""
    found: dict[str, list[str]] = {}
    if rule.kind == "call":
        for use in reference.constructs:
            if use.name == rule.name and use.nodeid:
                found.setdefault(use.nodeid, []).append(f"{use.file}, line {use.line}")
    elif rule.kind == "mark":
        for nodeid, item in reference.items.items():
            if item.marks.get(rule.name):
                where = f"{item.function[0]}, line {item.function[1]}" if item.function else nodeid
                found.setdefault(nodeid, []).append(where)
    else:
        for nodeid, item in reference.items.items():
            for name, file, line, yields, is_async in item.fixtures:
                wanted = {"fixture": True, "yield-fixture": yields, "async-fixture": is_async}
                if wanted[rule.name]:
                    found.setdefault(nodeid, []).append(f"fixture {name} ({file}, line {line})")
    return found


def missing(names: Iterable[str], reference: RunResult, catching: set[str] | None) -> list[Missing]:
    """The rules among ``names`` not met in the reference run.

    ``catching`` is the set of tests that caught a planted bug, or None in an exercise
    without planted bugs, where a test that ran is enough.
    """
    ran = set(reference.tests)  # a strict xfail or a skipif is used by a test that "ran"
    result: list[Missing] = []
    for name in names:
        rule = RULES[name]
        uses = _uses(rule, reference)
        counted = [n for n in uses if n in ran and (catching is None or n in catching)]
        if counted:
            continue
        if uses and catching is not None and any(n in ran for n in uses):
            places = sorted({p for n in uses for p in uses[n]})
            result.append(
                Missing(
                    rule,
                    f"{rule.message} You use it ({'; '.join(places[:3])}), but only in tests "
                    "that catch none of the planted bugs: use it where it does work.",
                )
            )
        else:
            result.append(Missing(rule, rule.message))
    return result


__all__ = ["RULES", "Missing", "Rule", "Use", "missing"]
