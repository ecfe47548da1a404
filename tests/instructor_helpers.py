"""Shared by the instructor tests: hidden versions for the fixture course, and a check of
the junit-10 schema's rules that ``checker grade``'s JUnit XML relies on."""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

SUBJECT = "adder.py"


def patch(original: str, changed: str) -> str:
    """A planted bug as the course keeps one: a unified diff of the subject."""
    return "".join(
        difflib.unified_diff(
            original.splitlines(keepends=True),
            changed.splitlines(keepends=True),
            fromfile=f"a/{SUBJECT}",
            tofile=f"b/{SUBJECT}",
        )
    )


def write_extras(course: Path, into: Path) -> Path:
    """Hidden versions of exercise 1: a correct one, a bug the solution catches (with a
    hint) and one it lets escape (without one)."""
    subject = (course / "exercises" / "01_adding" / SUBJECT).read_text()
    folder = into / "01_adding"
    (folder / "correct").mkdir(parents=True)
    (folder / "bugs").mkdir()
    (folder / "correct" / "via_sum.py").write_text(
        subject.replace("return a + b", "return sum((a, b))")
    )
    (folder / "bugs" / "secret_multiplies.patch").write_text(
        patch(subject, subject.replace("return a + b", "return a * b"))
    )
    (folder / "bugs" / "secret_refuses_zero.patch").write_text(
        patch(
            subject,
            subject.replace(
                "    return a + b",
                '    if a == 0 or b == 0:\n        raise TypeError("no zeros")\n    return a + b',
            ),
        )
    )
    (into / "hints.toml").write_text(
        '["01_adding"]\nsecret_multiplies = "Arithmetic: which operation?"\n'
    )
    return into


# -- the junit-10 schema's rules, as far as checker grade relies on them ---------------

SUREFIRE_TIME = re.compile(r"(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]{0,3})?")
CHILDREN = {
    "testsuites": {"testsuite"},
    "testsuite": {"testsuite", "properties", "testcase", "system-out", "system-err"},
    "properties": {"property"},
    "property": set(),
    "testcase": {
        "skipped",
        "errors",
        "failure",
        "rerunFailure",
        "rerunError",
        "flakyFailure",
        "flakyError",
        "system-out",
        "system-err",
    },
    "failure": set(),
    "skipped": set(),
    "system-out": set(),
    "system-err": set(),
}
ATTRIBUTES = {
    "testsuites": ({"name", "time", "tests", "failures", "errors"}, set()),
    "testsuite": (
        {
            "name",
            "tests",
            "failures",
            "errors",
            "group",
            "time",
            "skipped",
            "timestamp",
            "hostname",
            "id",
            "package",
            "file",
            "log",
            "url",
            "version",
        },
        {"name", "tests", "failures", "errors"},
    ),
    "properties": (set(), set()),
    "property": ({"name", "value"}, {"name", "value"}),
    "testcase": ({"name", "time", "classname", "group"}, {"name"}),
    "failure": ({"type", "message"}, set()),
    "skipped": ({"type", "message"}, set()),
    "system-out": (set(), set()),
    "system-err": (set(), set()),
}


def junit_problems(document: bytes) -> list[str]:
    """What in ``document`` breaks a junit-10 rule that checker grade relies on."""
    root = ET.fromstring(document)
    problems: list[str] = []
    if root.tag != "testsuites":
        problems.append(f"the root is <{root.tag}>, not <testsuites>")

    def visit(element: ET.Element) -> None:
        tag = element.tag
        if tag not in ATTRIBUTES:
            problems.append(f"<{tag}> is not an element this check knows")
            return
        allowed, required = ATTRIBUTES[tag]
        problems.extend(f"<{tag}> may not have {a}=" for a in sorted(set(element.attrib) - allowed))
        problems.extend(f"<{tag}> lacks {a}=" for a in sorted(required - set(element.attrib)))
        time = element.attrib.get("time")
        if tag in ("testsuites", "testsuite") and time and not SUREFIRE_TIME.fullmatch(time):
            problems.append(f"<{tag}> time={time!r} is not a SUREFIRE_TIME")
        if tag == "testsuites" and element.text and element.text.strip():
            problems.append("<testsuites> holds text")
        for child in element:
            if child.tag not in CHILDREN[tag]:
                problems.append(f"<{tag}> may not hold <{child.tag}>")
            else:
                visit(child)

    visit(root)
    return problems
