"""One submission of a class, graded in a process of its own: ``python -m
checker.instructor.worker JOB.json``, started by :mod:`.classrun`.

The job names the assembled course, the submission, the exercises, the sandbox steps and
where the reports go. Exit status 0 when the submission was graded, 2 when not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from checker.instructor.command import write_reports
from checker.instructor.course import open_assembled
from checker.instructor.grading import grade_submission


def main(job_file: str) -> int:
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    course = open_assembled(Path(job["course"]))
    grade = grade_submission(
        course,
        Path(job["submission"]),
        job["numbers"],
        tuple(job["sandbox"]),
        job["isolation"],
        name=job["name"],
    )
    write_reports(grade, Path(job["out"]), step_summary=False)
    for exercise in grade.errors:
        print(f"exercise {exercise.number}: {exercise.reason}", file=sys.stderr)
    return 2 if grade.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
