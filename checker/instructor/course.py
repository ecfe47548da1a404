"""The course a submission is graded against, assembled from the course's own files.

With ``--pristine REF`` the subjects, locked files, catalogue, other correct versions
and planted bugs come from the course itself (a folder, or a git ref of the repository
in the current folder), never from the student's copy. They are assembled in a private
temporary course root: ``exercises/`` and the catalogue from the pristine course,
``grading/`` from it plus the instructor's hidden versions (``--extra``), each written
under its graded name and added to its exercise's lists. A manifest there,
``hidden.json``, lets another process (a class's worker) open the same root.

Without ``--pristine`` the student's copy is graded as it stands, with its own
catalogue and grading files, as a learner's ``checker check`` does.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import shutil
import subprocess
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

from checker.course import catalogue as catalogue_module
from checker.course import exercise as files
from checker.course import patches
from checker.course.catalogue import Catalogue, CatalogueError, Exercise
from checker.instructor import extras

MANIFEST = "hidden.json"
TAKEN = ("exercises", "grading")


class CourseError(Exception):
    """The course to grade against cannot be assembled; the message says why."""


@dataclass(frozen=True)
class Course:
    """The catalogue graded against, where it came from, and which versions are hidden."""

    catalogue: Catalogue
    source: str
    pristine: bool
    hidden: dict[str, frozenset[str]] = field(default_factory=dict)  # folder -> graded names
    hints: dict[str, dict[str, str]] = field(default_factory=dict)  # folder -> bug -> hint

    def is_hidden(self, folder: str, name: str) -> bool:
        return name in self.hidden.get(folder, frozenset())


def own_copy(submission: Path) -> Course:
    """The student's copy graded as it stands (no pristine course)."""
    try:
        found = catalogue_module.load(submission)
    except CatalogueError as error:
        raise CourseError(f"{submission} is not a copy of the course: {error}") from None
    return Course(found, f"the submission's own copy ({submission})", pristine=False)


def assemble(pristine: str, extra: Path | None, into: Path, cwd: Path) -> Course:
    """Assemble the course at ``pristine`` (a folder, or a git ref in ``cwd``) and the hidden
    versions in ``extra`` into ``into`` (an empty private folder); open it."""
    folder = Path(pristine)
    if (folder / "exercises" / catalogue_module.CATALOGUE_NAME).is_file():
        for part in TAKEN:
            if (folder / part).is_dir():
                shutil.copytree(
                    folder / part, into / part, ignore=shutil.ignore_patterns(*files.IGNORED)
                )
        source = f"the course in {folder.resolve()}"
    elif folder.exists():
        raise CourseError(
            f"--pristine {pristine}: that folder holds no exercises/catalogue.toml; give the "
            "course's folder, or a git ref (a commit, tag or branch)."
        )
    else:
        source = _from_git(pristine, into, cwd)
    (into / "grading").mkdir(exist_ok=True)
    try:
        loaded = catalogue_module.load(into)
    except CatalogueError as error:
        raise CourseError(f"The pristine course's catalogue is broken: {error}") from None
    manifest: dict[str, dict[str, dict[str, str]]] = {}
    if extra is not None:
        try:
            hidden = extras.read(extra, {e.folder: e.kind for e in loaded.exercises})
        except extras.ExtrasError as error:
            raise CourseError(str(error)) from None
        for name, versions in hidden.items():
            manifest[name] = _place(loaded, name, versions)
    (into / MANIFEST).write_text(json.dumps({"source": source, "hidden": manifest}, indent=1))
    return open_assembled(into)


def _place(loaded: Catalogue, folder: str, versions: extras.Hidden) -> dict[str, dict[str, str]]:
    """Write one exercise's hidden versions into the assembled grading folder."""
    exercise = next(e for e in loaded.exercises if e.folder == folder)
    assert exercise.subject is not None
    subject = (exercise.path / exercise.subject).read_text(encoding="utf-8")
    for graded, path in versions.correct.items():
        target = exercise.correct_file(graded)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    for graded, path in versions.bugs.items():
        text = path.read_text(encoding="utf-8")
        try:
            changed = patches.apply(subject, text)
        except patches.PatchError as error:
            raise CourseError(f"The hidden planted bug {path} does not apply: {error}") from None
        if changed == subject:
            raise CourseError(f"The hidden planted bug {path} changes nothing.")
        target = exercise.bug_file(graded)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return {"correct": {name: "" for name in versions.correct}, "bugs": dict(versions.hints)}


def open_assembled(root: Path) -> Course:
    """Open a course root that :func:`assemble` made (here or in another process)."""
    data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    loaded = catalogue_module.load(root)
    hidden: dict[str, dict[str, dict[str, str]]] = data["hidden"]
    exercises = tuple(_with_hidden(e, hidden.get(e.folder)) for e in loaded.exercises)
    return Course(
        Catalogue(loaded.root, loaded.chapters, exercises),
        data["source"],
        pristine=True,
        hidden={
            name: frozenset([*versions["correct"], *versions["bugs"]])
            for name, versions in hidden.items()
        },
        hints={name: dict(versions["bugs"]) for name, versions in hidden.items()},
    )


def _with_hidden(exercise: Exercise, versions: dict[str, dict[str, str]] | None) -> Exercise:
    """The exercise with its hidden versions added, and its subject always the course's."""
    locked = dict(exercise.locked)
    if exercise.subject and exercise.subject not in locked:
        subject = exercise.path / exercise.subject
        if subject.is_file():
            locked[exercise.subject] = hashlib.sha256(subject.read_bytes()).hexdigest()
    if versions is None:
        return dataclasses.replace(exercise, locked=locked)
    return dataclasses.replace(
        exercise,
        locked=locked,
        correct=(*exercise.correct, *versions["correct"]),
        bugs={**exercise.bugs, **versions["bugs"]},
    )


def _git(cwd: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=120)
    except FileNotFoundError:
        raise CourseError("--pristine names a git ref, and git is not installed.") from None
    if result.returncode != 0:
        said = result.stderr.decode(errors="replace").strip()
        raise CourseError(f"git {args[0]} failed in {cwd}: {said}")
    return result.stdout


def _from_git(ref: str, into: Path, cwd: Path) -> str:
    """Extract exercises/ and grading/ of ``ref`` (in the repository at ``cwd``)."""
    try:
        commit = _git(cwd, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except CourseError:
        raise CourseError(
            f"--pristine {ref}: no such folder, and no such commit, tag or branch in the git "
            f"repository at {cwd}."
        ) from None
    sha = commit.decode().strip()
    top = _git(cwd, "ls-tree", "--name-only", sha).decode().split("\n")
    wanted = [part for part in TAKEN if part in top]
    if "exercises" not in wanted:
        raise CourseError(f"--pristine {ref}: commit {sha[:10]} has no exercises/ folder.")
    archive = _git(cwd, "archive", "--format=tar", sha, "--", *wanted)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(into, filter="data")
        else:  # pragma: no cover - Python before 3.11.4
            tar.extractall(into)  # git's own archive of one commit
    return f"git {ref} (commit {sha[:12]})"
