"""The ``checker`` command line: parse, find the course, do one command, exit.

Exit codes: 0 success (for ``check``: the exercise is done), 1 not done or not
consistent, 2 the request cannot be carried out (no such exercise, unreadable progress
file, broken catalogue), 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from checker.course import catalogue as catalogue_module
from checker.course import exercise as files
from checker.course import reset as resetting
from checker.course.catalogue import Catalogue, CatalogueError, Exercise
from checker.course.verify import verify
from checker.engine.grade import Verdict, grade
from checker.instructor import command as grading_command
from checker.learner import report, state
from checker.learner.state import State, StateError


class Refusal(Exception):
    """A request the checker cannot carry out; the message says why and what to do."""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="checker",
        description="Check your work on the course's exercises. With no command: show your "
        "progress, then check the first exercise that is not done.",
    )
    top.add_argument(
        "--root",
        type=Path,
        default=None,
        help="the course folder (default: the nearest folder above the current "
        "one that holds exercises/catalogue.toml)",
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="every exercise with its state and a progress bar")
    check = commands.add_parser("check", help="run one exercise; exit 0 exactly when it is done")
    check.add_argument("number", help="the exercise's number, as `checker list` shows it")
    check.add_argument("--json", action="store_true", help="print the full result as JSON")
    hint = commands.add_parser("hint", help="the next hint for an exercise, one more each time")
    hint.add_argument("number", help="the exercise's number")
    watch = commands.add_parser(
        "watch",
        help="check the current exercise each time you save one of its files, and move on "
        "when it is done; keys: n next, h hint, l list, r re-run, x reset, q quit",
        description="Show the current exercise, its result and your progress; check it "
        "again each time you save one of its files, and move on to the next exercise not "
        "done when it is done. Keys: n next exercise, h one more hint, l list, r check "
        "again, x reset the exercise, q quit (Ctrl-C too). Without a terminal (a pipe, an "
        "editor's task) it checks on each save, without keys.",
    )
    watch.add_argument(
        "number",
        nargs="?",
        help="the exercise to start with (default: the first not done)",
    )
    watch.add_argument(
        "--poll",
        action="store_true",
        help="look for changes every second instead of waiting for file events (watch "
        "does this by itself where file events do not arrive, as on some network drives)",
    )
    reset = commands.add_parser(
        "reset",
        help="put an exercise back as the course shipped it, after copying your files to "
        "backups/ at the course root",
        description="Put an exercise back as the course shipped it. First the whole "
        "exercise folder is copied to backups/NN_name-YYYYmmdd-HHMMSS/ at the course root "
        "(the message names it); then its files become those of the last git commit that "
        "changed exercises/catalogue.toml, which is the course's even when your own work "
        "is committed on top, and files the course did not ship leave the exercise (they "
        "are in the backup). Without that git history reset refuses and changes nothing. "
        "It asks first unless --yes.",
    )
    reset.add_argument("number", help="the exercise's number")
    reset.add_argument(
        "--yes", action="store_true", help="do not ask first (your files are still backed up)"
    )
    check_all = commands.add_parser(
        "verify",
        help="for maintainers: every exercise fails as shipped and passes with its solution",
    )
    check_all.add_argument("numbers", nargs="*", help="only these exercises")
    check_all.add_argument("--json", action="store_true", help="print the findings as JSON")
    check_all.add_argument(
        "--working-tree",
        action="store_true",
        help="verify the exercises as they are in the working tree, not as the course's "
        "last commit ships them (for a maintainer changing an exercise)",
    )
    grading_command.add_parser(commands)
    return top


def _course(root: Path | None) -> Catalogue:
    found = root.resolve() if root else catalogue_module.find_root(Path.cwd())
    if found is None:
        raise Refusal(
            "This folder is not inside the course: no exercises/catalogue.toml "
            "here or above. Run the checker from your clone of the course, or "
            "pass --root PATH."
        )
    return catalogue_module.load(found)


def _exercise(catalogue: Catalogue, number: str, must_exist: bool = True) -> Exercise:
    """The exercise a learner named on the command line, by its number as they typed it."""
    try:
        exercise = catalogue.exercise(int(number))
    except (KeyError, ValueError):
        numbers = [e.number for e in catalogue.exercises]
        span = f"{min(numbers)} to {max(numbers)}" if numbers else "not written yet"
        raise Refusal(
            f"There is no exercise {number}: the course's exercises are {span}. "
            "Run `checker list` to see them."
        ) from None
    if must_exist and not exercise.path.is_dir():
        raise Refusal(
            f"The folder exercises/{exercise.folder} is missing. Restore it (for "
            f"example with `git checkout -- exercises/{exercise.folder}`) and try again."
        )
    return exercise


def _statuses(catalogue: Catalogue, progress: State) -> dict[str, str]:
    return {
        e.folder: progress.status(e.folder, files.content_hash(e.path)) for e in catalogue.exercises
    }


def _check(catalogue: Catalogue, exercise: Exercise) -> Verdict:
    before = files.content_hash(exercise.path)
    verdict = grade(exercise)
    with state.updating(catalogue.root) as progress:
        progress.record(exercise.folder, verdict.done, before)
    return verdict


def _worked_on(catalogue: Catalogue) -> list[Exercise] | None:
    """The exercises whose files differ from the course's as shipped; None where the
    course's git history cannot tell (a downloaded copy, a shallow clone)."""
    worked = []
    for exercise in catalogue.exercises:
        if not exercise.path.is_dir():
            continue
        try:
            ship = resetting.shipped(exercise)
        except resetting.ResetError:
            return None
        current = {
            path.relative_to(exercise.path).as_posix(): path.read_bytes()
            for path in files.files(exercise.path)
        }
        if current != {name: file.content for name, file in ship.files.items()}:
            worked.append(exercise)
    return worked


def _recheck(catalogue: Catalogue, out: Console) -> dict[str, Verdict]:
    """With no progress file, check again every exercise with work in it.

    Where git cannot tell which exercises have work, they are checked in order for as
    long as they are done: a learner who works in order gets back every exercise done,
    and a learner starting out has only exercise 1 checked, as ``checker`` does anyway.
    """
    worked = _worked_on(catalogue)
    if worked:
        numbers = ", ".join(str(e.number) for e in worked)
        out.print(f"No progress file: checking again the exercises you worked on ({numbers}).")
    verdicts: dict[str, Verdict] = {}
    for exercise in worked if worked is not None else catalogue.exercises:
        if not exercise.path.is_dir():
            break
        verdicts[exercise.folder] = _check(catalogue, exercise)
        if worked is None and not verdicts[exercise.folder].done:
            break
    if worked or any(v.done for v in verdicts.values()):
        if worked is None:
            out.print("No progress file: your exercises were checked again, in order.")
        for exercise in catalogue.exercises:
            if exercise.folder in verdicts:
                done = verdicts[exercise.folder].done
                mark = "[green]✓ done[/]" if done else "[yellow]… not done yet[/]"
                out.print(f"  Exercise {exercise.number}: {mark}")
        out.print()
    return verdicts


def cmd_default(catalogue: Catalogue, out: Console) -> int:
    fresh = not state.path_in(catalogue.root).exists()
    progress = state.load(catalogue.root)
    checked = _recheck(catalogue, out) if fresh else {}
    if checked:
        progress = state.load(catalogue.root)
    statuses = _statuses(catalogue, progress)
    current = next((e for e in catalogue.exercises if statuses[e.folder] != "done"), None)
    report.progress(out, catalogue, statuses, current.number if current else None)
    out.print()
    if current is None:
        out.print("[green bold]Every exercise is done. Well tested![/]")
        return 0
    if not current.path.is_dir():
        raise Refusal(
            f"The folder exercises/{current.folder} is missing. Restore it (for "
            f"example with `git checkout -- exercises/{current.folder}`)."
        )
    out.print(
        f"Checking exercise {current.number}; its statement is in "
        f"exercises/{current.folder}/README.md.\n"
    )
    verdict = checked.get(current.folder) or _check(catalogue, current)
    report.verdict(out, current, verdict)
    return 0


def cmd_list(catalogue: Catalogue, out: Console) -> int:
    statuses = _statuses(catalogue, state.load(catalogue.root))
    current = next((e.number for e in catalogue.exercises if statuses[e.folder] != "done"), None)
    report.progress(out, catalogue, statuses, current)
    return 0


def cmd_check(catalogue: Catalogue, out: Console, number: str, as_json: bool) -> int:
    exercise = _exercise(catalogue, number)
    state.load(catalogue.root)  # a damaged progress file is reported before the run
    verdict = _check(catalogue, exercise)
    if as_json:
        data = asdict(verdict)
        data["thorough"] = verdict.thorough
        data["bugs_caught"] = verdict.bugs_caught
        print(json.dumps(data, indent=2))
    else:
        report.verdict(out, exercise, verdict)
    return 0 if verdict.done else 1


def cmd_hint(catalogue: Catalogue, out: Console, number: str) -> int:
    exercise = _exercise(catalogue, number)
    with state.updating(catalogue.root) as progress:
        shown = progress.next_hint(exercise.folder, len(exercise.hints))
    report.hints(out, exercise, shown)
    return 0


def _confirm_reset(out: Console, exercise: Exercise) -> bool:
    if not sys.stdin.isatty():
        raise Refusal(
            f"Not reset: reset replaces your files in exercises/{exercise.folder}, so it "
            "asks first, and there is no terminal to ask in. Run `checker reset "
            f"{exercise.number} --yes` to reset without being asked (your files are copied "
            f"to {resetting.BACKUPS}/ first)."
        )
    question = (
        f"Reset exercise {exercise.number} ({exercise.folder}) to its files as shipped? "
        f"Yours are copied to {resetting.BACKUPS}/{exercise.folder}-<date>-<time>/ first. [y/N] "
    )
    try:
        answer = out.input(escape(question))
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes")


def cmd_reset(catalogue: Catalogue, out: Console, number: str, yes: bool) -> int:
    exercise = _exercise(catalogue, number, must_exist=False)
    if not yes and not _confirm_reset(out, exercise):
        out.print("Not reset: your files are as they were.")
        return 1
    try:
        done = resetting.reset(exercise)
    except resetting.ResetError as error:
        raise Refusal(str(error)) from None
    out.print(resetting.describe(exercise, done), markup=False)
    return 0


def cmd_verify(
    catalogue: Catalogue, out: Console, numbers: list[str], as_json: bool, working_tree: bool
) -> int:
    chosen = [_exercise(catalogue, number).number for number in numbers]
    findings = verify(catalogue, chosen, working_tree)
    if as_json:
        print(json.dumps([asdict(f) for f in findings], indent=2))
    else:
        for finding in findings:
            mark = "[green]✓[/]" if finding.ok else "[red]✗[/]"
            out.print(
                f"{mark} {finding.number:>3} {finding.folder}  [dim]{escape(finding.summary)}"
                f" ({finding.seconds:.1f} s, from {escape(finding.source or 'nowhere')})[/]"
            )
            for problem in finding.problems:
                out.print("      " + problem, markup=False)
        bad = sum(not f.ok for f in findings)
        verb = "is" if len(findings) == 1 else "are"
        out.print(
            f"{len(findings) - bad} of {report.count(len(findings), 'exercise')} {verb} consistent."
        )
    return 0 if all(f.ok for f in findings) else 1


def main(argv: list[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    if arguments.command == "grade":  # for instructors: it finds the course(s) itself
        return grading_command.run(arguments)
    out = report.console()
    try:
        catalogue = _course(arguments.root)
        match arguments.command:
            case None:
                return cmd_default(catalogue, out)
            case "list":
                return cmd_list(catalogue, out)
            case "check":
                return cmd_check(catalogue, out, arguments.number, arguments.json)
            case "hint":
                return cmd_hint(catalogue, out, arguments.number)
            case "watch":
                start = arguments.number
                if start is not None:
                    start = _exercise(catalogue, start).number
                from checker.learner import watch as watching  # watchfiles: only to watch

                return watching.watch(catalogue, out, start, arguments.poll)
            case "reset":
                return cmd_reset(catalogue, out, arguments.number, arguments.yes)
            case "verify":
                return cmd_verify(
                    catalogue, out, arguments.numbers, arguments.json, arguments.working_tree
                )
    except (Refusal, CatalogueError, StateError) as error:
        if getattr(arguments, "json", False):
            # A program reading --json output gets the refusal as JSON too, on stdout.
            print(json.dumps({"error": str(error)}, indent=2))
        else:
            report.console(stderr=True).print(str(error), markup=False)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if os.environ.get("CHECKER_DEBUG"):
            traceback.print_exc()
        report.console(stderr=True).print(
            f"The checker itself failed ({type(error).__name__}: {error}). Your files are "
            "untouched. This is a bug in the checker: please report it with this message "
            "(set CHECKER_DEBUG=1 to see the details).",
            markup=False,
        )
        return 3
    raise AssertionError(f"unknown command {arguments.command}")


if __name__ == "__main__":
    sys.exit(main())
