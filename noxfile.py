"""Nox sessions: the learner's loop through the checker, then the site, the tests, the linters.

nox -s progress           your progress, then a check of the first exercise not done
nox -s watch              check the current exercise on every save (checker watch)
nox -s exercise-3         check exercise 3; `-- hint`, `-- reset`; other words go to the check
nox -s docs               serve the site (in a terminal) or build it strictly (in CI)
nox -s tests              the project's own tests; arguments after -- go to pytest
nox -s lint               ruff and mypy
nox -s browser-runtime    Pyodide, the wheels compiled, the editor bundled: Run in the browser

The learner's sessions share one environment, the `env` session's, which they require:
it is built on first use and reinstalled only when pyproject.toml's dependencies change.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from checker.course.catalogue import CatalogueError, Exercise, load  # noqa: E402 - stdlib-only

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests"]

# Words after `--` that name a checker command about one exercise; any other words are
# options of `checker check N`.
EXERCISE_COMMANDS = ("check", "hint", "reset")
# How long a checker run may take to stop after Ctrl-C: it kills its test runs and puts
# the terminal back first (nox's own default, 0.3 s, would cut that short).
INTERRUPT_TIMEOUT = 10.0
STAMP = "course-dependencies.sha256"

# The course's exercises by number; with a catalogue that cannot be read, none, and why.
EXERCISES: dict[int, Exercise] = {}
PROBLEM: str | None = None
try:
    EXERCISES = {exercise.number: exercise for exercise in load(ROOT).exercises}
except CatalogueError as error:
    PROBLEM = str(error)

# Where the `env` session left the shared environment, for the sessions that require it.
_shared: dict[str, Path] = {}


def _dependencies(extra: str) -> str:
    """A hash of what pyproject.toml says to install: the build, dependencies, extras, packages."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {
        "extra": extra,
        "build-system": project.get("build-system", {}),
        "requires-python": project["project"].get("requires-python"),
        "dependencies": project["project"].get("dependencies", []),
        "optional-dependencies": project["project"].get("optional-dependencies", {}),
        "scripts": project["project"].get("scripts", {}),
        "setuptools": project.get("tool", {}).get("setuptools", {}),
    }
    return hashlib.sha256(json.dumps(wanted, sort_keys=True).encode()).hexdigest()


def _install(session: nox.Session, extra: str = "") -> None:
    """Install the course, editable, with one of its extras, unless it already is.

    A stamp in the environment holds the hash of pyproject.toml's dependency lists as
    last installed; while it matches, nothing is installed (the course's own code is
    installed editable, so changes to it need no install). The stamp is written by an
    install command, so `--no-install` skips it too and the next install still happens.
    """
    stamp = Path(session.virtualenv.location) / STAMP
    wanted = _dependencies(extra)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        session.log(f"The course{f' [{extra}]' if extra else ''} is installed and up to date.")
        return
    # Compiled bytecode, as pip leaves it: the checker's test runs write none, so without
    # it (uv's default) every run compiles pytest and the libraries again.
    session.install("-e", f".[{extra}]" if extra else ".", env={"UV_COMPILE_BYTECODE": "1"})
    write = "import pathlib, sys; pathlib.Path(sys.argv[1]).write_text(sys.argv[2])"
    session.run_install("python", "-c", write, str(stamp), wanted, silent=True, log=False)


def _checker(session: nox.Session, *args: str) -> None:
    """Run the checker installed in the shared environment, in the course folder."""
    if "bin" not in _shared:
        session.error("The shared environment is not ready: run without --no-dependencies.")
    checker = _shared["bin"] / "checker"
    shown = os.path.relpath(checker, ROOT) if checker.is_relative_to(ROOT) else str(checker)
    path = os.pathsep.join((str(_shared["bin"]), os.environ.get("PATH", "")))
    session.run(
        shown,
        *args,
        env={"VIRTUAL_ENV": str(_shared["location"]), "PATH": path},
        interrupt_timeout=INTERRUPT_TIMEOUT,
    )


def _exercise_args(number: int, posargs: Sequence[str]) -> list[str]:
    """`-- hint` or `-- reset` is that command for the exercise; anything else goes to check."""
    if posargs and posargs[0] in EXERCISE_COMMANDS:
        return [posargs[0], str(number), *posargs[1:]]
    return ["check", str(number), *posargs]


def _learner_session(run: Callable[[nox.Session], None], name: str = "") -> Callable[..., None]:
    """Register a session that runs the checker in the shared environment, the `env` one's.

    With a catalogue that cannot be read, the session reports the catalogue's own error
    and fails, without building anything.
    """

    @functools.wraps(run)
    def learner(session: nox.Session) -> None:
        if PROBLEM is not None:
            session.error(PROBLEM)
        run(session)

    requires = [] if PROBLEM is not None else ["env"]
    decorate = nox.session(name=name or None, python=False, default=False, requires=requires)
    return decorate(learner)


def _exercise_session(name: str, number: int) -> None:
    """Register `exercise-N`: check exercise N, or `-- hint`, `-- reset`, `-- --json`."""
    exercise = EXERCISES.get(number)
    if exercise is None and PROBLEM is None:
        # Asked for by name (`nox -s exercise-99`) but not in the course: say so as the
        # checker would, without building the environment to do it.
        numbers = sorted(EXERCISES)
        span = f"{numbers[0]} to {numbers[-1]}" if numbers else "not written yet"
        message = (
            f"There is no exercise {number}: the course's exercises are {span}. "
            "`nox -l` lists them with their titles"
        )

        @nox.session(name=name, python=False, default=False)
        def missing(session: nox.Session) -> None:
            session.error(message)

        missing.__doc__ = f"Exercise {number} is not in the course."
        return

    def check(session: nox.Session) -> None:
        _checker(session, *_exercise_args(number, session.posargs))

    title = exercise.title if exercise else "the catalogue cannot be read (run this to see why)"
    check.__doc__ = f"Check exercise {number}: {title}."
    _learner_session(check, name)


def _requested() -> dict[str, int]:
    """`exercise-N` sessions named on nox's command line or in NOXSESSION, by name.

    nox refuses a session it does not know before any session runs ("Sessions not
    found"); registering the names asked for lets `nox -s exercise-99` say what is wrong,
    and `nox -s exercise-03` mean exercise 3.
    """
    words = sys.argv[1 : sys.argv.index("--")] if "--" in sys.argv else sys.argv[1:]
    words += os.environ.get("NOXSESSION", "").split(",")
    found = (re.search(r"(?:^|[=,])(exercise-(\d+))$", word.strip()) for word in words)
    return {match[1]: int(match[2]) for match in found if match}


def _folders() -> dict[str, int]:
    """The exercise sessions the folders in exercises/ suggest, for when the catalogue fails."""
    names = (p.name for p in (ROOT / "exercises").glob("[0-9][0-9]_*") if p.is_dir())
    return {f"exercise-{int(name[:2])}": int(name[:2]) for name in sorted(names)}


@_learner_session
def progress(session: nox.Session) -> None:
    """Your progress, then a check of the first exercise not done; `-- list`: any command."""
    _checker(session, *session.posargs)


@_learner_session
def watch(session: nox.Session) -> None:
    """Check the current exercise on every save; `-- 3` starts at exercise 3, `-- --poll`."""
    _checker(session, "watch", *session.posargs)


_sessions = {f"exercise-{n}": n for n in EXERCISES} if PROBLEM is None else _folders()
for _name, _number in {**_sessions, **_requested()}.items():
    _exercise_session(_name, _number)


@nox.session(default=False)
def env(session: nox.Session) -> None:
    """The environment the learner's sessions share: built once, updated with pyproject.toml."""
    _install(session)
    _shared.update(location=Path(session.virtualenv.location), bin=Path(session.bin))


@nox.session(default=False)
def docs(session: nox.Session) -> None:
    """Serve the site with live reload in a terminal; build it with --strict elsewhere."""
    _install(session, "docs")
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    if session.interactive and not session.posargs:
        session.run("mkdocs", "serve")
    else:
        session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The project's own tests; `nox -s tests -- -m "not slow"` skips the slow ones."""
    _install(session, "dev")
    session.run("pytest", *session.posargs)


@nox.session(default=False)
def lint(session: nox.Session) -> None:
    """Ruff (lint and format check) and mypy in strict mode."""
    _install(session, "dev")
    session.run("ruff", "check", ".")
    session.run(
        "ruff", "format", "--check", "checker", "tests", "noxfile.py", "docs_hooks", "benchmarks"
    )
    session.run("mypy")


# Run in the browser (checker/course/browser.py): what the site serves from docs/runtime/.
RUNTIME = ROOT / "docs" / "runtime"
CACHE = ROOT / ".cache" / "browser-runtime"
BROWSER = ROOT / "browser"
# The wheels, installed and compiled: what the browser unpacks into its site-packages.
SITE_PACKAGES = "site-packages.zip"
# The files of the pyodide npm package that a page needs (no CDN: the others stay out).
PYODIDE_FILES = (
    "pyodide.js",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
    "package.json",
)


@nox.session(name="browser-runtime", python=False, default=False)
def browser_runtime(session: nox.Session) -> None:
    """Fetch Pyodide (npm) and the wheels (PyPI), bundle the editor: Run in the browser.

    Everything lands in docs/runtime/ (not committed), which the site then serves from its
    own host; build the site afterwards. Downloads are kept in .cache/browser-runtime/.
    The wheels and the checker's own are installed into Pyodide in Node and compiled to
    bytecode there (browser/compile.mjs): the browser unpacks one zip and compiles nothing.
    """
    import shutil
    import tarfile

    from checker.course import browser

    CACHE.mkdir(parents=True, exist_ok=True)
    packed = CACHE / f"pyodide-{browser.PYODIDE_VERSION}.tgz"
    if not packed.is_file():
        session.run(
            "npm",
            "pack",
            f"pyodide@{browser.PYODIDE_VERSION}",
            "--pack-destination",
            str(CACHE),
            external=True,
        )
    fresh = RUNTIME.with_name("runtime.new")
    shutil.rmtree(fresh, ignore_errors=True)
    (fresh / "pyodide").mkdir(parents=True)
    with tarfile.open(packed) as archive:
        for name in PYODIDE_FILES:
            member = archive.extractfile(f"package/{name}")
            if member is None:
                session.error(f"The pyodide package has no {name}.")
            (fresh / "pyodide" / name).write_bytes(member.read())
    # The page's side (browser/run.js) with the editor, CodeMirror 6 and its Python mode,
    # bundled into one module with esbuild (browser/package.json pins them).
    session.run("npm", "ci", "--prefix", str(BROWSER), "--no-audit", "--no-fund", external=True)
    session.run(
        str(BROWSER / "node_modules" / ".bin" / "esbuild"),
        str(BROWSER / "run.js"),
        "--bundle",
        "--format=esm",
        "--minify",
        "--legal-comments=none",
        f"--outfile={fresh / 'run.js'}",
        external=True,
    )
    shutil.copyfile(BROWSER / "worker.js", fresh / "worker.js")
    wheels = CACHE / "wheels"
    wheels.mkdir(exist_ok=True)
    session.run(
        sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
        "--platform", "any", "--implementation", "py",
        "--python-version", browser.PYODIDE_PYTHON, "--no-deps",
        "--dest", str(wheels), *browser.WHEELS,
        external=True,
    )  # fmt: skip
    _pure_wheels(session, wheels, browser.FROM_SOURCE)
    own = CACHE / "checker"
    shutil.rmtree(own, ignore_errors=True)
    leftover = not (ROOT / "build").exists()  # setuptools leaves build/ behind
    session.run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(own),
        str(ROOT),
        external=True,
    )  # fmt: skip
    if leftover:
        shutil.rmtree(ROOT / "build", ignore_errors=True)
    wanted = (*browser.WHEELS, *browser.FROM_SOURCE)
    chosen = _newest_wheels(wheels, wanted) + sorted(own.glob("*.whl"))
    staged = CACHE / "staged"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir()
    for wheel in chosen:
        shutil.copyfile(wheel, staged / wheel.name)
    # Installed and compiled to bytecode in the same Pyodide, in Node, then served as one zip.
    with tarfile.open(packed) as archive:
        unpacked = CACHE / f"pyodide-{browser.PYODIDE_VERSION}"
        if not unpacked.is_dir():
            archive.extractall(unpacked, filter="data")
    session.run(
        "node", str(BROWSER / "compile.mjs"), str(unpacked / "package"), str(staged),
        str(fresh / SITE_PACKAGES),
        external=True,
    )  # fmt: skip
    manifest = {
        "pyodide": browser.PYODIDE_VERSION,
        "site-packages": SITE_PACKAGES,
        "wheels": [w.name for w in chosen],
    }
    (fresh / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(RUNTIME, ignore_errors=True)
    fresh.rename(RUNTIME)
    size = sum(p.stat().st_size for p in RUNTIME.rglob("*") if p.is_file())
    session.log(f"docs/runtime/ holds {size / 1e6:.1f} MB; build the site to serve it.")


def _pure_wheels(session: nox.Session, wheels: Path, wanted: Sequence[str]) -> None:
    """Pure-Python wheels of packages that PyPI ships only compiled, from their sources.

    With no C compiler to be found (CC=false), such a package's build falls back to its
    pure-Python modules and makes a py3-none-any wheel, which Pyodide can load.
    """
    if len(_newest_wheels(wheels, wanted)) == len(wanted):
        return  # built before, kept in the cache
    sources = CACHE / "sources"
    sources.mkdir(exist_ok=True)
    session.run(
        sys.executable, "-m", "pip", "download", "--quiet", "--no-binary=:all:", "--no-deps",
        "--dest", str(sources), *wanted,
        external=True,
    )  # fmt: skip
    for source in sorted(sources.glob("*.tar.gz")):
        session.run(
            sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
            str(wheels), str(source),
            env={"CC": "false"},
            external=True,
        )  # fmt: skip
    built = _newest_wheels(wheels, wanted)
    if len(built) != len(wanted) or not all(w.name.endswith("-none-any.whl") for w in built):
        session.error(f"No pure-Python wheel could be built of {', '.join(wanted)}.")


def _newest_wheels(folder: Path, wanted: Sequence[str]) -> list[Path]:
    """One wheel per requirement, the newest the cache holds that meets it."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename
    from packaging.version import Version

    requirements = {canonicalize_name(r.name): r for r in map(Requirement, wanted)}
    newest: dict[str, tuple[Version, Path]] = {}
    for wheel in folder.glob("*.whl"):
        name, version, _, _ = parse_wheel_filename(wheel.name)
        requirement = requirements.get(name)
        if requirement is None or version not in requirement.specifier:
            continue
        if name not in newest or version > newest[name][0]:
            newest[name] = (version, wheel)
    return [path for _, path in sorted(newest.values(), key=lambda item: item[1].name)]
