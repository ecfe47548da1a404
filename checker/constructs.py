"""Required constructs: what a chapter teaches must appear in the learner's tests.

Each rule looks at the syntax trees of the learner's files. A rule is a name (used in
the catalogue), a check, and the message a learner sees when the check fails.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from dataclasses import dataclass


def _dotted(node: ast.AST) -> str:
    """``pytest.mark.parametrize`` for the expression that spells it, else ''."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def _calls(trees: Iterable[ast.Module]) -> Iterable[ast.Call]:
    for tree in trees:
        yield from (n for n in ast.walk(tree) if isinstance(n, ast.Call))


def _called(trees: Iterable[ast.Module], *names: str) -> list[ast.Call]:
    return [c for c in _calls(trees) if _dotted(c.func).split(".")[-1] in names]


def _has_keyword(call: ast.Call, name: str) -> bool:
    return any(k.arg == name for k in call.keywords)


def _functions(trees: Iterable[ast.Module]) -> Iterable[ast.FunctionDef | ast.AsyncFunctionDef]:
    for tree in trees:
        yield from (
            n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        )


def _is_fixture(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if _dotted(target).split(".")[-1] == "fixture":
            return True
    return False


def _yields(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(function))


def _test_classes(trees: Iterable[ast.Module]) -> bool:
    for tree in trees:
        for node in tree.body:
            if (
                isinstance(node, ast.ClassDef)
                and node.name.startswith("Test")
                and any(
                    isinstance(m, ast.FunctionDef) and m.name.startswith("test") for m in node.body
                )
            ):
                return True
    return False


def _parametrize_with_ids(trees: Iterable[ast.Module]) -> bool:
    if any(_has_keyword(c, "ids") for c in _called(trees, "parametrize")):
        return True
    return any(_has_keyword(c, "id") for c in _called(trees, "param"))


@dataclass(frozen=True)
class Rule:
    name: str
    check: Callable[[list[ast.Module]], bool]
    message: str


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule(
            "raises-match",
            lambda t: any(_has_keyword(c, "match") for c in _called(t, "raises")),
            "Check an error with `pytest.raises(SomeError, match=...)`, so the test also "
            "proves which error it was.",
        ),
        Rule(
            "approx",
            lambda t: bool(_called(t, "approx")),
            "Compare a computed float with `pytest.approx(...)`, not with `==` alone.",
        ),
        Rule(
            "warns",
            lambda t: bool(_called(t, "warns")),
            "Check the warning with `pytest.warns(SomeWarning, ...)`.",
        ),
        Rule(
            "parametrize-ids",
            _parametrize_with_ids,
            "Use `@pytest.mark.parametrize(..., ids=[...])` (or `pytest.param(..., id=...)`) "
            "so each case has a readable name.",
        ),
        Rule(
            "parametrize",
            lambda t: bool(_called(t, "parametrize")),
            "Use `@pytest.mark.parametrize` for cases that share one test body.",
        ),
        Rule(
            "yield-fixture",
            lambda t: any(_is_fixture(f) and _yields(f) for f in _functions(t)),
            "Write a fixture that uses `yield`, with its clean-up after the `yield`.",
        ),
        Rule(
            "fixture",
            lambda t: any(_is_fixture(f) for f in _functions(t)),
            "Define at least one `@pytest.fixture` and let tests ask for it by name.",
        ),
        Rule(
            "test-class",
            _test_classes,
            "Group related tests as methods of a `class Test...:`.",
        ),
        Rule(
            "xfail-strict",
            lambda t: any(
                _dotted(c.func).endswith("mark.xfail")
                and any(
                    k.arg == "strict"
                    and isinstance(k.value, ast.Constant)
                    and k.value.value is True
                    for k in c.keywords
                )
                for c in _calls(t)
            ),
            "Mark the known bug with `@pytest.mark.xfail(strict=True, reason=...)`, so that "
            "its fix cannot pass unnoticed.",
        ),
        Rule(
            "skipif-reason",
            lambda t: any(_has_keyword(c, "reason") for c in _called(t, "skipif")),
            "Skip on a condition with `@pytest.mark.skipif(condition, reason=...)`.",
        ),
        Rule(
            "patch-dict",
            lambda t: any(_dotted(c.func).endswith("patch.dict") for c in _calls(t)),
            "Set the environment for a test with `patch.dict(os.environ, {...})`, which puts "
            "it back afterwards.",
        ),
        Rule(
            "autospec",
            lambda t: (
                any(_has_keyword(c, "autospec") for c in _calls(t))
                or bool(_called(t, "create_autospec"))
            ),
            "Make your mock check its calls against the real signature with `autospec=True`.",
        ),
    )
}


def missing(names: Iterable[str], trees: list[ast.Module]) -> list[Rule]:
    """The rules among ``names`` that the learner's files do not meet."""
    return [RULES[name] for name in names if not RULES[name].check(trees)]
