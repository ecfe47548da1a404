"""A class at once: every copy of the course in a folder, graded side by side.

Each submission is graded in a process of its own (:mod:`.worker`), in scratch folders
of its own, against one course assembled once from ``--pristine`` (and ``--extra``);
every pytest run inside is sandboxed as for one copy, so a run cannot read, change or
signal another's files or processes. The grades are the same as grading each copy
alone. Reports go to ``OUT/<submission>/``, the class's grades to ``OUT/grades.csv`` and
a class summary to ``OUT/summary.md`` (and ``$GITHUB_STEP_SUMMARY``).
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from checker.instructor import classroom, command, gradebook
from checker.instructor.course import Course
from checker.instructor.gradebook import Row

LIMIT = 1_000_000


def submissions(folder: Path) -> list[Path]:
    """Every subfolder of ``folder``: one copy of the course each (a copy without an
    exercises/ folder is graded too, and scores nothing)."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _keep_private(folder: Path) -> str | None:
    """As root, close the class's folder to other users, so that no submission's code
    (run as a user of its own) can read another submission; say so when it was open."""
    mode = stat.S_IMODE(folder.stat().st_mode)
    if os.geteuid() != 0 or not mode & 0o007:
        return None
    os.chmod(folder, mode & ~0o007)
    return f"{folder} was open to other users: it is now mode {mode & ~0o007:o}."


def _time_limit(course: Course, numbers: list[int]) -> float:
    chosen = [e for e in course.catalogue.exercises if not numbers or e.number in numbers]
    return 120.0 + 60.0 * sum(classroom.minutes(e) for e in chosen)


def _grade_one(
    path: Path, job_folder: Path, out: Path, job: dict[str, object], limit: float
) -> Row:
    started = time.monotonic()
    job = {**job, "submission": str(path), "out": str(out / path.name), "name": path.name}
    job_file = job_folder / f"{path.name}.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    source = str(Path(__file__).resolve().parents[2])
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [source, os.environ.get("PYTHONPATH")])
    )
    try:
        done = subprocess.run(
            [sys.executable, "-m", "checker.instructor.worker", str(job_file)],
            capture_output=True,
            text=True,
            timeout=limit,
            env=environment,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return Row(path.name, f"error: not graded within {limit:.0f} s")
    seconds = time.monotonic() - started
    report = out / path.name / "report.json"
    if not report.is_file():
        said = (done.stderr.strip().splitlines() or ["no reason given"])[-1]
        return Row(path.name, f"error: {said}", seconds=seconds)
    data = json.loads(report.read_text(encoding="utf-8"))
    status = "graded" if done.returncode == 0 else "error: " + done.stderr.strip()[:200]
    return Row(
        path.name,
        status,
        data["score"],
        data["max_score"],
        {e["folder"]: e["points"] for e in data["exercises"]},
        seconds,
    )


def run(arguments: argparse.Namespace, scratch: Path) -> int:
    folder: Path = arguments.class_folder
    if arguments.pristine is None:
        raise command.GradeError(
            "--class needs --pristine: a class is graded against the course itself, never "
            "against files a student could change."
        )
    if arguments.min_score is not None:
        raise command.GradeError("--min-score is for one copy; a class gets grades.csv.")
    if not folder.is_dir():
        raise command.GradeError(f"--class {folder}: there is no such folder.")
    course = command.open_course(arguments, scratch, None)
    command.check_numbers(course, arguments.numbers)
    found = submissions(folder)
    if not found:
        raise command.GradeError(f"--class {folder}: it has no subfolders to grade.")
    notice = _keep_private(folder)
    if notice:
        print(notice)
    steps = command.sandbox_steps(arguments.network)
    isolation = command.isolation(steps, arguments.network)
    job: dict[str, object] = {
        "course": str(scratch / "course"),
        "numbers": arguments.numbers,
        "sandbox": list(steps),
        "isolation": isolation,
    }
    jobs = scratch / "jobs"
    jobs.mkdir()
    out: Path = arguments.out
    out.mkdir(parents=True, exist_ok=True)
    limit = _time_limit(course, arguments.numbers)
    started = time.monotonic()
    rows: list[Row] = []
    with ThreadPoolExecutor(max_workers=max(1, arguments.workers)) as pool:
        futures = [pool.submit(_grade_one, p, jobs, out, job, limit) for p in found]
        for future in futures:
            row = future.result()
            rows.append(row)
            print(f"{row.submission}: {row.score:g}/{row.max_score:g} {row.status}", flush=True)
    seconds = time.monotonic() - started
    (out / "grades.csv").write_text(
        gradebook.document(rows, course.catalogue, arguments.numbers), encoding="utf-8"
    )
    text = class_summary(rows, course, isolation, seconds)
    (out / "summary.md").write_text(text, encoding="utf-8")
    command.append_step_summary(text)
    failed = [row for row in rows if row.status != "graded"]
    print(
        f"{len(rows) - len(failed)} of {len(rows)} submissions graded in {seconds:.0f} s "
        f"({60 * len(rows) / seconds if seconds else 0:.1f} per minute); "
        f"grades in {out / 'grades.csv'}."
    )
    if failed:
        print(f"checker grade: {len(failed)} submissions could not be graded.", file=sys.stderr)
        return 2
    return 0


def class_summary(
    rows: list[Row], course: Course, isolation: dict[str, str], seconds: float
) -> str:
    graded = [row for row in rows if row.status == "graded"]
    mean = sum(r.score for r in graded) / len(graded) if graded else 0.0
    lines = [
        f"## Class grades: {len(graded)} of {len(rows)} submissions graded",
        "",
        f"Graded against {course.source} in {seconds:.0f} s; mean score {mean:.2f}.",
        "Isolation: " + "; ".join(f"{k}: {v}" for k, v in isolation.items()) + ".",
        "",
        "| Submission | Score | Status |",
        "| --- | ---: | --- |",
    ]
    text = "\n".join(lines) + "\n"
    for row in rows:
        name = row.submission.replace("|", "/")
        line = f"| {name} | {row.score:g} / {row.max_score:g} | {row.status[:200]} |\n"
        if len((text + line).encode()) > LIMIT - 200:
            text += "\nThe other submissions are in grades.csv.\n"
            break
        text += line
    return text
