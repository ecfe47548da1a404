"""Required constructs: each rule is met by what the chapter teaches and by nothing less."""

from __future__ import annotations

import ast
import textwrap

import pytest

from checker.constructs import RULES, missing


def _meets(rule: str, source: str) -> bool:
    return not missing([rule], [ast.parse(textwrap.dedent(source))])


@pytest.mark.parametrize(
    ("rule", "good", "bad"),
    [
        (
            "raises-match",
            "with pytest.raises(ValueError, match='negative'):\n    f()",
            "with pytest.raises(ValueError):\n    f()",
        ),
        ("approx", "assert x == pytest.approx(0.3)", "assert abs(x - 0.3) < 1e-9"),
        ("warns", "with pytest.warns(DeprecationWarning):\n    f()", "f()"),
        (
            "parametrize-ids",
            "@pytest.mark.parametrize('n', [1, 2], ids=['one', 'two'])\ndef test(n): ...",
            "@pytest.mark.parametrize('n', [1, 2])\ndef test(n): ...",
        ),
        (
            "parametrize-ids",
            "@pytest.mark.parametrize('n', [pytest.param(1, id='one')])\ndef test(n): ...",
            "@pytest.mark.parametrize('n', [pytest.param(1)])\ndef test(n): ...",
        ),
        ("parametrize", "@pytest.mark.parametrize('n', [1])\ndef test(n): ...", "def test(): ..."),
        (
            "yield-fixture",
            "@pytest.fixture\ndef store():\n    yield 1",
            "@pytest.fixture\ndef store():\n    return 1",
        ),
        ("fixture", "@pytest.fixture(scope='session')\ndef f(): ...", "def f(): ..."),
        (
            "test-class",
            "class TestCart:\n    def test_empty(self): ...",
            "class Cart:\n    def test_empty(self): ...",
        ),
        (
            "xfail-strict",
            "@pytest.mark.xfail(strict=True, reason='bug 12')\ndef test(): ...",
            "@pytest.mark.xfail(reason='bug 12')\ndef test(): ...",
        ),
        (
            "skipif-reason",
            "@pytest.mark.skipif(sys.platform == 'win32', reason='no fork')\ndef test(): ...",
            "@pytest.mark.skipif(sys.platform == 'win32')\ndef test(): ...",
        ),
        (
            "patch-dict",
            "with patch.dict(os.environ, {'SHOP_NOTIFY': 'off'}): ...",
            "os.environ['SHOP_NOTIFY'] = 'off'",
        ),
        (
            "autospec",
            "with patch('shop.Gateway', autospec=True): ...",
            "with patch('shop.Gateway'): ...",
        ),
    ],
    ids=[
        "raises with match",
        "approx",
        "warns",
        "parametrize with ids",
        "pytest.param with id",
        "parametrize",
        "yield fixture",
        "fixture",
        "test class",
        "strict xfail",
        "skipif with a reason",
        "patch.dict",
        "autospec",
    ],
)
def test_a_rule_is_met_by_its_construct_and_not_by_a_near_miss(
    rule: str, good: str, bad: str
) -> None:
    assert _meets(rule, good)
    assert not _meets(rule, bad)


def test_every_rule_tells_the_learner_what_to_use() -> None:
    assert all(rule.message.endswith(".") and "`" in rule.message for rule in RULES.values())


def test_a_rule_met_in_any_learner_file_counts() -> None:
    trees = [ast.parse("x = 1"), ast.parse("assert y == pytest.approx(2.0)")]
    assert missing(["approx"], trees) == []
