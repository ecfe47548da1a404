"""An exercise's files on disk: which are the learner's, their hash, and working copies."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from checker.course import patches
from checker.course.catalogue import Exercise

# .benchmarks: where pytest-benchmark keeps saved runs (--benchmark-autosave, --benchmark-save),
# a cache of the learner's timings that no check reads.
IGNORED = ("__pycache__", ".pytest_cache", ".coverage", ".DS_Store", ".benchmarks")


def _ignored(path: Path, folder: Path) -> bool:
    parts = path.relative_to(folder).parts
    return any(part in IGNORED or part.endswith((".pyc", "~", ".swp")) for part in parts)


def files(folder: Path) -> list[Path]:
    """Every file of an exercise folder, caches left out, in a stable order."""
    if not folder.is_dir():
        return []
    found: list[Path] = []
    # os.walk does not follow links to folders, so a link that loops cannot trap it.
    for here, _, names in os.walk(folder):
        for name in names:
            path = Path(here, name)
            if path.is_file() and not _ignored(path, folder):
                found.append(path)
    return sorted(found)


def learner_files(exercise: Exercise, folder: Path | None = None) -> list[Path]:
    """The Python files the learner writes: not the code under test, not locked files."""
    folder = folder or exercise.path
    fixed = {exercise.subject, *exercise.locked}
    return [
        p
        for p in files(folder)
        if p.suffix == ".py" and p.relative_to(folder).as_posix() not in fixed
    ]


def content_hash(folder: Path) -> str:
    """A digest of every file's path and bytes: it changes when any file changes."""
    digest = hashlib.sha256()
    for path in files(folder):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy(source: Path, target: Path) -> Path:
    """Copy an exercise folder, caches left out; ``target`` must not exist yet."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(*IGNORED, "*.pyc"))
    return target


def overlay(source: Path, target: Path) -> None:
    """Copy every file of ``source`` over ``target``, as a learner pasting a solution."""
    shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*IGNORED))


def version_text(exercise: Exercise, kind: str, name: str, folder: Path | None = None) -> str:
    """The source of one version of the subject: a correct file, or the subject with a bug.

    A planted bug's patch is applied to the subject as it stands in ``folder`` (by
    default the exercise as shipped); raises ``patches.PatchError`` if it does not fit.
    """
    if kind == "correct":
        return exercise.correct_file(name).read_text(encoding="utf-8")
    assert exercise.subject is not None
    subject = ((folder or exercise.path) / exercise.subject).read_text(encoding="utf-8")
    return patches.apply(subject, exercise.bug_file(name).read_text(encoding="utf-8"))
