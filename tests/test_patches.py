"""Planted bugs as patches: applying unified diffs to the subject."""

from __future__ import annotations

import difflib

import pytest

from checker.course.patches import PatchError, apply

SUBJECT = "".join(f"line {n}\n" for n in range(1, 31))


def _diff(old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(old.splitlines(True), new.splitlines(True), "a/x.py", "b/x.py")
    )


def test_a_patch_gives_back_the_changed_text() -> None:
    changed = SUBJECT.replace("line 12\n", "line twelve\n")
    assert apply(SUBJECT, _diff(SUBJECT, changed)) == changed


def test_several_hunks_apply_in_order() -> None:
    changed = SUBJECT.replace("line 2\n", "").replace("line 25\n", "line 25\nextra\n")
    assert apply(SUBJECT, _diff(SUBJECT, changed)) == changed


def test_a_patch_still_fits_when_lines_above_it_were_added() -> None:
    changed = SUBJECT.replace("line 20\n", "line XX\n")
    patch = _diff(SUBJECT, changed)
    moved = "a new docstring\nof two lines\n" + SUBJECT
    assert apply(moved, patch) == "a new docstring\nof two lines\n" + changed


def test_a_patch_whose_lines_are_gone_names_its_hunk() -> None:
    patch = _diff(SUBJECT, SUBJECT.replace("line 20\n", "line XX\n"))
    with pytest.raises(PatchError, match="the hunk at line 17 does not fit"):
        apply(SUBJECT.replace("line 19\n", "line nineteen\n"), patch)


def test_text_that_is_not_a_diff_is_refused() -> None:
    with pytest.raises(PatchError, match="no hunk"):
        apply(SUBJECT, "def add(a, b):\n    return a - b\n")


def test_a_subject_without_a_final_newline_is_patched() -> None:
    patch = _diff("a\nb\n", "a\nc\n")
    assert apply("a\nb", patch) == "a\nc\n"
