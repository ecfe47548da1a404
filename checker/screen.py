"""Look at the learner's files before running anything.

A syntax error is reported with its file and line; a locked file that changed, a pytest
hook in a learner file, or a test that reads the checker's settings or the source of the
code under test is refused with a message that says why.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from checker import exercise as files
from checker.catalogue import Exercise


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str
    file: str = ""
    line: int = 0


def _syntax(path: Path, folder: Path) -> Problem | None:
    name = path.relative_to(folder).as_posix()
    try:
        compile(path.read_bytes(), name, "exec", dont_inherit=True)
    except SyntaxError as error:
        where = f"{name}, line {error.lineno}"
        text = (error.text or "").rstrip("\n")
        pointer = ""
        if text and error.offset:
            stripped = text.lstrip()
            pointer = (
                "\n    "
                + stripped
                + "\n    "
                + " " * max(0, error.offset - 1 - (len(text) - len(stripped)))
                + "^"
            )
        return Problem(
            "syntax",
            f"Python cannot read {where}: {error.msg}.{pointer}\n"
            "Fix that line and save; nothing runs until every file parses.",
            name,
            error.lineno or 0,
        )
    except ValueError as error:  # null bytes and the like
        return Problem("syntax", f"Python cannot read {name}: {error}.", name)
    return None


def _locked(exercise: Exercise, folder: Path) -> list[Problem]:
    problems = []
    for name, digest in exercise.locked.items():
        path = folder / name
        if not path.is_file():
            problems.append(
                Problem(
                    "locked",
                    f"The locked file {name} is missing. Restore it as "
                    f"shipped (for example with `git checkout -- {path}`).",
                    name,
                )
            )
        elif files.file_hash(path) != digest:
            problems.append(
                Problem(
                    "locked",
                    f"The locked file {name} was changed. This exercise "
                    "is solved without editing it: restore it as shipped (for "
                    f"example with `git checkout -- {path}`).",
                    name,
                )
            )
    return problems


def _refusals(tree: ast.Module, name: str, subject: str | None) -> list[Problem]:
    problems: list[Problem] = []

    def refuse(node: ast.AST, why: str) -> None:
        problems.append(
            Problem(
                "refused",
                f"{name}, line {getattr(node, 'lineno', 0)}: {why}",
                name,
                getattr(node, "lineno", 0),
            )
        )

    subject_name = Path(subject).name if subject else None
    # Docstrings and other bare strings are prose, not file names the code opens.
    prose = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith(
            "pytest_"
        ):
            if node in tree.body:
                refuse(
                    node,
                    f"`{node.name}` is a pytest hook. Learner files may define tests "
                    "and fixtures, not hooks: the checker decides how tests run. Remove it.",
                )
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "pytest_plugins" for t in node.targets
        ):
            refuse(node, "`pytest_plugins` loads plugins; this exercise names its own. Remove it.")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for module in modules:
                top = module.split(".")[0]
                if top == "checker":
                    refuse(node, "tests may not import the checker. Test the exercise's code.")
                elif top in ("inspect", "dis"):
                    refuse(
                        node,
                        f"tests may not use `{top}` to look inside the code under "
                        "test: test what it does, not how it is written.",
                    )
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose
        ):
            if any(mark in node.value.lower() for mark in ("checker_", "checker-", "checker.")):
                refuse(node, "tests may not reach into the checker, its settings or its results.")
            elif subject_name and subject_name in node.value:
                refuse(
                    node,
                    f"tests may not read {subject_name} as a file: test what its "
                    "code does, not its text.",
                )
        elif isinstance(node, ast.Attribute) and node.attr in ("__code__", "__file__"):
            refuse(node, f"tests may not look at `{node.attr}`: test behaviour, not source.")
    return problems


CONFIG_FILES = ("pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg")
# Options that pick tests by name or path; a configure exercise is about the settings
# that decide discovery and selection, and these would reach the same list around them.
AROUND_THE_SETTINGS = re.compile(r"(?<![\w-])(-k|--deselect|--ignore|--ignore-glob)(?![\w-])")


def _configuration(exercise: Exercise, folder: Path) -> list[Problem]:
    problems = []
    for name in CONFIG_FILES:
        path = folder / name
        if name in exercise.locked or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            code = line.split("#", 1)[0]
            if match := AROUND_THE_SETTINGS.search(code):
                problems.append(
                    Problem(
                        "refused",
                        f"{name}, line {number}: `{match[1]}` picks tests by name or path. This "
                        "exercise is solved with the settings the chapter teaches; remove it.",
                        name,
                        number,
                    )
                )
    return problems


def screen(exercise: Exercise, folder: Path | None = None) -> list[Problem]:
    """Every reason not to run this exercise's tests yet, learner-facing."""
    folder = folder or exercise.path
    problems: list[Problem] = []
    for path in files.files(folder):
        if path.suffix == ".py" and (problem := _syntax(path, folder)):
            problems.append(problem)
    if problems:
        return problems
    problems += _locked(exercise, folder)
    for path in files.learner_files(exercise, folder):
        name = path.relative_to(folder).as_posix()
        problems += _refusals(ast.parse(path.read_bytes()), name, exercise.subject)
    if exercise.kind == "configure":
        problems += _configuration(exercise, folder)
    return problems
