"""The CI templates an instructor copies: each lints clean, and each grades as promised.

GitHub's are checked with actionlint, GitLab's with the GitLab CI schema that
check-jsonschema carries; both come with the dev extra. Without them the lint tests skip
and say why; under CI, where `.ci/run` installs the dev extra, they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.course.catalogue import load
from checker.instructor import classroom

REPOSITORY = Path(__file__).resolve().parent.parent
TEMPLATES = REPOSITORY / "instructor" / "templates"
CLASSROOM = TEMPLATES / "github-classroom.yml"
STUDENT = TEMPLATES / "github-student.yml"
GITLAB = TEMPLATES / "gitlab-ci.yml"


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = shutil.which(name) or (str(beside) if beside.exists() else None)
    if found is None:
        reason = f"{name} is not installed (pip install -e '.[dev]' installs it)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI should have installed it", pytrace=False)
        pytest.skip(reason)
    return found


def parsed(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    (job,) = workflow["jobs"].values()
    found = job["steps"]
    assert isinstance(found, list)
    return found


def test_actionlint_finds_nothing_wrong_in_the_github_templates() -> None:
    result = subprocess.run(
        [tool("actionlint"), "-no-color", str(CLASSROOM), str(STUDENT)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_gitlab_template_keeps_to_gitlabs_ci_schema() -> None:
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.gitlab-ci", str(GITLAB)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_classroom_template_is_what_the_catalogue_generates() -> None:
    generated = classroom.workflow(load(REPOSITORY))
    command = f"checker grade --classroom-workflow {CLASSROOM.relative_to(REPOSITORY)}"
    assert CLASSROOM.read_text(encoding="utf-8") == generated, f"regenerate it: {command}"


def test_the_classroom_workflow_has_one_step_per_exercise_with_its_points() -> None:
    catalogue = load(REPOSITORY)
    graders = [
        s
        for s in steps(parsed(CLASSROOM))
        if s.get("uses", "").startswith("education/autograding-command-grader@")
    ]
    assert [s["id"] for s in graders] == [f"exercise-{e.number:02d}" for e in catalogue.exercises]
    for step, exercise in zip(graders, catalogue.exercises, strict=True):
        assert step["with"]["max-score"] == exercise.points
        assert step["with"]["command"].startswith(f"checker grade {exercise.number} ")
        assert "--min-score 100%" in step["with"]["command"]
    reporter = steps(parsed(CLASSROOM))[-1]
    assert reporter["uses"].startswith("education/autograding-grading-reporter@")
    ids = [s["id"] for s in graders]
    assert reporter["with"]["runners"] == ",".join(ids)
    assert sorted(reporter["env"]) == sorted(f"{i.upper()}_RESULTS" for i in ids)


def test_a_generated_workflow_follows_the_points_and_pristine_ref_it_is_given(course: Path) -> None:
    path = course / "exercises" / "catalogue.toml"
    path.write_text(path.read_text().replace("timeout = 60", "timeout = 60\npoints = 3"))
    workflow = yaml.safe_load(classroom.workflow(load(course), pristine="v1.0"))
    graders = [s for s in steps(workflow) if "id" in s]
    assert [(s["id"], s["with"]["max-score"]) for s in graders] == [
        ("exercise-01", 3), ("exercise-02", 1), ("exercise-03", 1),
    ]  # fmt: skip
    assert all("--pristine v1.0" in s["with"]["command"] for s in graders)


def test_the_classroom_workflow_command_writes_the_file(course: Path, run_checker: Any) -> None:
    result = run_checker("grade", "--classroom-workflow", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout == classroom.workflow(load(course))


def test_the_student_workflow_grades_against_the_course_with_services_and_uploads_junit() -> None:
    workflow = parsed(STUDENT)
    job = workflow["jobs"]["grade"]
    assert set(job["services"]) == {"postgres", "redis"}
    runs = [s.get("run", "") for s in job["steps"]]
    grade = next(r for r in runs if r.startswith("checker grade"))
    assert (
        "--pristine FETCH_HEAD" in grade and "--network" in grade and "--out grade-results" in grade
    )
    upload = next(
        s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")
    )
    assert upload["if"] == "always()" and upload["with"]["path"] == "grade-results/"
    assert {"TEST_DATABASE_URL", "REDIS_URL"} <= set(job["env"])


def test_the_gitlab_job_reports_the_junit_that_checker_grade_writes() -> None:
    job = parsed(GITLAB)["grade"]
    assert {s["alias"] for s in job["services"]} == {"postgres", "redis"}
    assert any(line.startswith("checker grade --pristine FETCH_HEAD") for line in job["script"])
    assert job["artifacts"]["reports"]["junit"] == "grade-results/junit.xml"
    assert job["artifacts"]["when"] == "always"
