"""The JSON report: a format name and version, the score, the isolation in force, and
every part of each exercise's verdict.

Version 1. A reader should check ``format`` and ``version``; fields may be added within a
version, never removed or changed in meaning.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from checker.instructor.grading import SubmissionGrade

FORMAT = "checker-grade-report"
VERSION = 1


def data(grade: SubmissionGrade) -> dict[str, Any]:
    body = asdict(grade)
    return {
        "format": FORMAT,
        "version": VERSION,
        "score": grade.score,
        "max_score": grade.max_score,
        "percent": round(grade.percent, 2),
        "completed": not grade.errors,
        **body,
    }


def document(grade: SubmissionGrade) -> str:
    return json.dumps(data(grade), indent=2, ensure_ascii=False) + "\n"
