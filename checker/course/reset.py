"""Put an exercise back as the course shipped it, after saving the learner's files.

**Where "as shipped" comes from.** Git: the exercise's folder as it is in the newest
commit that changed ``exercises/catalogue.toml``. The course changes its catalogue when
it ships or changes an exercise, and learners do not edit it, so that commit is the
course's even in a learner's own repository with their work committed on top of it.
Neither of the obvious choices is: ``HEAD`` may hold the learner's committed work, and
the first commit that has the folder may hold an early draft of the exercise. The locked
files of that commit must match the catalogue's hashes, a check that the commit really
is the course's. Without that history (no git, a folder that is not a repository, a
shallow clone that stops short of that commit) reset refuses and changes nothing.

**Nothing is lost.** Before any file is touched the whole folder is copied to
``backups/NN_name-YYYYmmdd-HHMMSS/`` at the course root and the copy is compared with
the original. Then the shipped files are written and the files the course did not ship
(the learner's own additions) are removed from the exercise; they are in the backup.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from checker.course import exercise as files
from checker.course.catalogue import CATALOGUE_NAME, Exercise

BACKUPS = "backups"
CATALOGUE = f"exercises/{CATALOGUE_NAME}"


class ResetError(Exception):
    """The exercise cannot be reset; the message says why. No file was changed."""


@dataclass(frozen=True)
class ShippedFile:
    content: bytes
    executable: bool = False
    link: bool = False  # a symbolic link; ``content`` is its target


@dataclass(frozen=True)
class Shipped:
    """An exercise's files as the course shipped them, by path inside the folder."""

    commit: str
    files: dict[str, ShippedFile]


@dataclass(frozen=True)
class Done:
    """What a reset did: from which commit, and where the learner's files went."""

    commit: str
    changed: bool  # False: the exercise already was as shipped, nothing was touched
    backup: Path | None  # None when nothing needed saving


def _git(root: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, check=False, timeout=60
        )
    except FileNotFoundError:
        raise ResetError(
            "Reset finds the files as shipped in the course's git history, and git is "
            "not installed here. Nothing was changed."
        ) from None
    if result.returncode != 0:
        said = result.stderr.decode(errors="replace").strip()
        raise ResetError(
            "Reset finds the files as shipped in the course's git history, and git "
            f"could not read it: {said or f'git {args[0]} failed'}. Nothing was changed. "
            "Reset works in a clone of the course (or of your repository made from it)."
        )
    return result.stdout


def shipped(exercise: Exercise) -> Shipped:
    """The exercise's files in the newest commit that changed the catalogue."""
    root = exercise.root
    commit = _git(root, "log", "-1", "--format=%H", "--", CATALOGUE).decode().strip()
    if not commit:
        raise ResetError(
            f"No commit in this repository's history changed {CATALOGUE}, so reset "
            "cannot tell which files the course shipped. Nothing was changed. (A shallow "
            "clone? `git fetch --unshallow` brings the history.)"
        )
    where = f"exercises/{exercise.folder}"
    listing = _git(root, "ls-tree", "-r", "-z", commit, "--", where + "/")
    found: dict[str, ShippedFile] = {}
    for entry in filter(None, listing.split(b"\0")):
        header, _, raw_path = entry.partition(b"\t")
        mode, kind, blob = header.decode().split()
        path = os.fsdecode(raw_path)
        if kind != "blob":
            continue  # a submodule: the course ships none
        content = _git(root, "cat-file", "blob", blob)
        found[Path(path).relative_to(where).as_posix()] = ShippedFile(
            content, executable=mode == "100755", link=mode == "120000"
        )
    short = commit[:10]
    if not found:
        raise ResetError(
            f"The course's commit {short} (the last to change the catalogue) has no "
            f"{where}, so reset has nothing to restore it from. Nothing was changed."
        )
    for name, digest in exercise.locked.items():
        file = found.get(name)
        if file is None or _digest(file.content) != digest:
            raise ResetError(
                f"In commit {short} (the last to change the catalogue) the locked file "
                f"{name} is not the one the catalogue describes, so that commit is not the "
                "course's as shipped. Nothing was changed."
            )
    return Shipped(commit, found)


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _current(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files.files(folder)}


def _same(exercise: Exercise, ship: Shipped) -> bool:
    """Whether the folder holds exactly the shipped files (caches aside)."""
    if any(f.link for f in ship.files.values()):
        return False
    return exercise.path.is_dir() and _current(exercise.path) == {
        name: f.content for name, f in ship.files.items()
    }


def backup_path(exercise: Exercise, now: datetime) -> Path:
    """A backup folder name not taken yet: the exercise's folder and the time."""
    base = exercise.root / BACKUPS / f"{exercise.folder}-{now:%Y%m%d-%H%M%S}"
    path, count = base, 1
    while path.exists():
        count += 1
        path = base.with_name(f"{base.name}-{count}")
    return path


def _every_entry(folder: Path) -> dict[str, Path]:
    return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*")}


def back_up(exercise: Exercise, now: datetime) -> Path:
    """Copy the whole folder (caches too) and prove the copy holds every file."""
    target = backup_path(exercise, now)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(exercise.path, target, symlinks=True)
    original, copy = _every_entry(exercise.path), _every_entry(target)
    for name, path in original.items():
        twin = copy.get(name)
        if path.is_symlink():
            ok = twin is not None and twin.is_symlink() and os.readlink(twin) == os.readlink(path)
        elif path.is_file():
            ok = twin is not None and twin.is_file() and twin.read_bytes() == path.read_bytes()
        else:
            ok = twin is not None and twin.is_dir()
        if not ok:
            raise ResetError(
                f"The backup {target} does not hold {name} as it is in the exercise, so "
                "nothing was changed in the exercise. Check the free space on the disk."
            )
    return target


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def restore(exercise: Exercise, ship: Shipped) -> None:
    """Make the folder hold the shipped files and nothing else."""
    folder = exercise.path
    folder.mkdir(parents=True, exist_ok=True)
    keep_dirs = {p.as_posix() for name in ship.files for p in Path(name).parents}
    for name, path in sorted(_every_entry(folder).items(), reverse=True):  # deepest first
        if name in ship.files and not (path.is_dir() and not path.is_symlink()):
            continue
        if name in keep_dirs and path.is_dir() and not path.is_symlink():
            continue
        _remove(path)
    for name, file in sorted(ship.files.items()):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.exists():
            _remove(path)
        if file.link:
            path.symlink_to(os.fsdecode(file.content))
            continue
        path.write_bytes(file.content)
        mode = path.stat().st_mode
        executable = stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH
        path.chmod(mode | executable if file.executable else mode & ~executable)


def reset(exercise: Exercise, now: datetime | None = None) -> Done:
    """Back the exercise up, then restore it as shipped; refuse before touching anything."""
    ship = shipped(exercise)
    if _same(exercise, ship):
        return Done(ship.commit, changed=False, backup=None)
    backup = back_up(exercise, now or datetime.now()) if exercise.path.exists() else None
    restore(exercise, ship)
    return Done(ship.commit, changed=True, backup=backup)


def describe(exercise: Exercise, done: Done) -> str:
    """What a reset did, in one paragraph of plain text."""
    commit = done.commit[:10]
    if not done.changed:
        return (
            f"Exercise {exercise.number} already is as shipped (commit {commit}); "
            "nothing was changed."
        )
    saved = (
        f"Your files are saved in {done.backup.relative_to(exercise.root).as_posix()}/."
        if done.backup
        else "There were no files to save."
    )
    return (
        f"{saved} Exercise {exercise.number} is as shipped again (the course's files from "
        f"commit {commit})."
    )
