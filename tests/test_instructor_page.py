"""The instructor page: in the site's navigation, and saying what `checker grade` does."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from checker import cli

REPOSITORY = Path(__file__).resolve().parent.parent
PAGE = REPOSITORY / "docs" / "instructors.md"


def grade_options() -> list[str]:
    commands = next(a for a in cli.parser()._actions if isinstance(a, argparse._SubParsersAction))
    grade = commands.choices["grade"]
    return [
        o for a in grade._actions for o in a.option_strings if o.startswith("--") and o != "--help"
    ]


def test_the_page_gives_the_command_the_templates_run() -> None:
    text = PAGE.read_text(encoding="utf-8")
    templates = REPOSITORY / "instructor" / "templates"
    command = "checker grade --pristine FETCH_HEAD --network --out grade-results"
    assert command in text
    for name in ("github-student.yml", "gitlab-ci.yml"):
        assert command in (templates / name).read_text(encoding="utf-8"), name


def test_the_page_explains_every_option_of_checker_grade() -> None:
    text = PAGE.read_text(encoding="utf-8")
    missing = [option for option in grade_options() if option not in text]
    assert missing == []


def test_the_page_says_what_the_sandbox_isolates_and_what_it_does_not() -> None:
    text = PAGE.read_text(encoding="utf-8")
    for words in ("## What is isolated, and what is not", "not isolated", "network namespace"):
        assert words in text
    assert "## What it costs per student" in text and "students per minute" in text


@pytest.mark.slow
def test_the_instructor_page_is_in_the_navigation_and_shows_the_ci_command(
    site: Path,
) -> None:
    navigation = (site / "404.html").read_text(encoding="utf-8")
    assert 'href="/instructors/"' in navigation or "instructors/" in navigation
    page = (site / "instructors" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", page)  # highlighted code is split into spans
    assert "checker grade --pristine FETCH_HEAD --network --out grade-results" in text
