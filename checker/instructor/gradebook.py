"""The class's grades as CSV: one row per submission, one column per exercise's points."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from checker.course.catalogue import Catalogue


@dataclass
class Row:
    """One submission's line: its score, and its points by exercise folder."""

    submission: str
    status: str  # graded, or why it could not be
    score: float = 0.0
    max_score: float = 0.0
    points: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


def document(rows: list[Row], catalogue: Catalogue, numbers: list[int]) -> str:
    folders = [e.folder for e in catalogue.exercises if not numbers or e.number in numbers]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["submission", "status", "score", "max_score", "percent", "seconds", *folders])
    for row in rows:
        percent = 100 * row.score / row.max_score if row.max_score else 0.0
        writer.writerow(
            [
                _safe(row.submission),
                row.status,
                f"{row.score:g}",
                f"{row.max_score:g}",
                f"{percent:.1f}",
                f"{row.seconds:.1f}",
                *(f"{row.points[f]:g}" if f in row.points else "" for f in folders),
            ]
        )
    return out.getvalue()


def _safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
