"""The learner-facing reason for a grade, in plain text, from a verdict.

It says what ``checker check`` says, in the same order (what stopped the run, validity,
planted bugs, then the rest), without colour, and never names a hidden version: an
escaped hidden bug is "a hidden planted bug", with its hint only where the instructor
gave one.
"""

from __future__ import annotations

from pathlib import Path

from checker.engine.grade import Verdict
from checker.instructor.course import Course
from checker.learner.messages import tidy

SHOWN_REASONS = 3


def reason(verdict: Verdict, course: Course, folder: Path) -> str:
    """Why the exercise is (not) done, for the student."""
    lines: list[str] = []
    if verdict.problems:
        lines.append("The checker did not run your tests:")
        lines += [problem.message for problem in verdict.problems]
        return "\n".join(lines)
    lines += verdict.notes
    if verdict.done:
        lines.append("Done.")
    lines += _validity(verdict, folder)
    lines += _bugs(verdict, course)
    lines += verdict.construct_messages and [
        f"Not used yet where it does work: {m}" for m in verdict.construct_messages
    ]
    lines += [f"Not in force: --{s.replace('_', '-')}" for s in verdict.settings_missing]
    if verdict.coverage_goal is not None and verdict.valid:
        got = verdict.coverage or 0.0
        if got < verdict.coverage_goal:
            line = f"Branch coverage {got:.0f}% is below the goal of {verdict.coverage_goal:.0f}%"
            lines.append(
                line
                + (f"; not run: {verdict.coverage_missing}" if verdict.coverage_missing else "")
            )
    if verdict.collection_missing:
        lines.append("pytest does not collect: " + ", ".join(verdict.collection_missing))
    if verdict.collection_unexpected:
        lines.append(
            "pytest collects what it should not: " + ", ".join(verdict.collection_unexpected)
        )
    if not verdict.done and len(lines) == len(verdict.notes):
        lines.append("Not done.")
    return "\n".join(lines)


def _validity(verdict: Verdict, folder: Path) -> list[str]:
    if verdict.valid is None or verdict.valid:
        return []
    passed = sum(t.outcome == "passed" for t in verdict.tests)
    lines = [f"Not valid yet ({passed} of {len(verdict.collected)} tests passed on the reference):"]
    lines += [tidy(r, folder) for r in verdict.invalid_reasons[:SHOWN_REASONS]]
    hidden = len(verdict.invalid_reasons) - SHOWN_REASONS
    if hidden > 0:
        lines.append(f"... and {hidden} more like these.")
    return lines


def _bugs(verdict: Verdict, course: Course) -> list[str]:
    if not verdict.bugs_checked:
        return []
    lines = [f"Your tests caught {verdict.bugs_caught} of {len(verdict.bugs)} planted bugs."]
    for bug in verdict.bugs:
        if bug.caught:
            continue
        if course.is_hidden(verdict.folder, bug.name):
            lines.append(
                "- A hidden planted bug escaped." + (f" Hint: {bug.hint}" if bug.hint else "")
            )
        else:
            lines.append(f"- {bug.name} escaped. Hint: {bug.hint}")
    return lines
