"""A Markdown summary sized for a CI job summary (GitHub allows 1 MiB per step).

A table of every exercise with its points, then the reason for each exercise not done,
in a collapsed block. Reasons are cut to fit, and the whole never exceeds
:data:`LIMIT` bytes.
"""

from __future__ import annotations

from checker.instructor.grading import DONE, SubmissionGrade

LIMIT = 1_000_000  # bytes, under GitHub's 1 MiB per step summary
REASON_LIMIT = 4_000  # characters of one exercise's reason
MARK = {DONE: "✅ done", "not done": "❌ not done", "missing": "❔ missing", "error": "⚠️ error"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in ``text``."""
    longest = max((len(run) for run in text.split("\n") if set(run) == {"`"}), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}text\n{text}\n{ticks}"


def document(grade: SubmissionGrade, limit: int = LIMIT) -> str:
    head = [
        f"## {grade.name}: {grade.score:g} of {grade.max_score:g} points ({grade.percent:.0f}%)",
        "",
        f"Graded against {grade.course}"
        + ("" if grade.pristine else " (not a pristine course: the copy's own files)")
        + f", in {grade.seconds:.0f} s.",
        "",
        "| Exercise | Points | Result |",
        "| --- | ---: | --- |",
    ]
    head += [
        f"| {e.number}. {_cell(e.title)} | {e.points:g} / {e.max_points:g} "
        f"| {MARK.get(e.status, e.status)} |"
        for e in grade.exercises
    ]
    isolation = "; ".join(f"{step}: {said}" for step, said in grade.isolation.items())
    head += ["", f"Isolation: {_cell(isolation) or 'none asked for'}.", ""]
    text = "\n".join(head) + "\n"
    for e in grade.exercises:
        if e.status == DONE:
            continue
        reason = e.reason
        if len(reason) > REASON_LIMIT:
            reason = reason[:REASON_LIMIT] + "\n... (cut here; the JSON report has it all)"
        block = (
            f"<details><summary>Exercise {e.number}: {_cell(e.title)}</summary>\n\n"
            f"{_fence(reason)}\n\n</details>\n\n"
        )
        if len((text + block).encode()) > limit - 200:
            text += "\nThe other exercises' reasons are in the JSON report.\n"
            break
        text += block
    return text
