"""Gradescope's ``results.json``: the score, and one test per exercise with its score,
its max_score, its name and the learner-facing reason as its output."""

from __future__ import annotations

import json
from typing import Any

from checker.instructor.grading import DONE, SubmissionGrade


def data(grade: SubmissionGrade) -> dict[str, Any]:
    return {
        "score": grade.score,
        "execution_time": round(grade.seconds),
        "output": f"{grade.score:g} of {grade.max_score:g} points, graded against {grade.course}.",
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": [
            {
                "name": f"Exercise {e.number}: {e.title}",
                "number": str(e.number),
                "score": e.points,
                "max_score": e.max_points,
                "status": "passed" if e.status == DONE else "failed",
                "output": e.reason,
                "visibility": "visible",
            }
            for e in grade.exercises
        ],
    }


def document(grade: SubmissionGrade) -> str:
    return json.dumps(data(grade), indent=2, ensure_ascii=False) + "\n"
