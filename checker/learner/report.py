"""Learner-facing text: verdicts, progress, and what to do next.

Everything here writes through a rich ``Console``: colours in a terminal, plain text in
a pipe, in CI or under ``NO_COLOR``. Text that comes from the learner's code or from
pytest is printed without markup so that brackets in it stay as they are.
"""

from __future__ import annotations

import os

from rich.console import Console
from rich.markup import escape

from checker.course.catalogue import Catalogue, Exercise
from checker.engine.grade import Verdict
from checker.learner.messages import tidy

SHOWN_REASONS = 3
MARKS = {
    "done": "[green]✓ done[/]",
    "pending": "[yellow]… pending[/]",
    "not started": "[dim]· not started[/]",
}


def console(stderr: bool = False) -> Console:
    no_colour = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    return Console(stderr=stderr, highlight=False, no_color=no_colour, soft_wrap=True)


def count(number: int, noun: str) -> str:
    """``1 test``, ``2 tests``: a number and its noun, agreeing."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def bar(done: int, total: int, width: int = 30) -> str:
    filled = round(width * done / total) if total else 0
    noun = "exercise" if total == 1 else "exercises"
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {noun} done"


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.rstrip().splitlines())


def heading(out: Console, exercise: Exercise) -> None:
    out.print(
        f"[bold]Exercise {exercise.number}: {escape(exercise.title)}[/]  "
        f"[dim](exercises/{exercise.folder}, {exercise.kind})[/]"
    )


def verdict(out: Console, exercise: Exercise, result: Verdict, watching: bool = False) -> None:
    """The whole story of one check, then the next step (``watching``: in `checker watch`)."""
    heading(out, exercise)
    if result.problems:
        out.print("[red]✗ The checker did not run your tests:[/]")
        for problem in result.problems:
            out.print(_indent(problem.message), markup=False)
        again = "" if watching else f", and run `checker check {exercise.number}` again"
        out.print(f"\nNext: fix the above, save{again}.")
        return
    for note in result.notes:
        out.print(f"[yellow]! {escape(note)}[/]")
    if exercise.backend_variable:
        where = (
            f"the database at {exercise.backend_variable}"
            if result.backend
            else f"the default backend ({exercise.backend_variable} is not set)"
        )
        out.print(f"[dim]· Ran on {escape(where)}.[/]")
    _validity(out, exercise, result)
    _bugs(out, exercise, result)
    _rest(out, result)
    out.print()
    if result.done:
        # Watch says it itself, with where it goes next.
        if not watching:
            out.print(
                f"[green bold]✓ Exercise {exercise.number} is done.[/] "
                "Run `checker` to move on to the next one."
            )
    else:
        out.print(f"Next: {next_step(exercise, result)}")


def _validity(out: Console, exercise: Exercise, result: Verdict) -> None:
    passed = sum(t.outcome == "passed" for t in result.tests)
    if result.valid:
        if result.kind == "write-tests":
            which = "your 1 test passes" if passed == 1 else f"all {passed} of your tests pass"
            out.print(f"[green]✓ Valid:[/] {which} on every correct version.")
        else:
            out.print(f"[green]✓ The tests ran as they should[/] ({passed} passed).")
        return
    total = len(result.collected)
    if result.kind == "write-tests":
        out.print(
            f"[red]✗ Not valid yet[/] ({passed} of {count(total, 'test')} passed on the reference):"
        )
    else:
        out.print(f"[red]✗ The tests did not run as they should[/] ({passed} of {total} passed):")
    for reason in result.invalid_reasons[:SHOWN_REASONS]:
        out.print(_indent(tidy(reason, exercise.path)), markup=False)
    hidden = len(result.invalid_reasons) - SHOWN_REASONS
    if hidden > 0:
        out.print(
            f"    [dim]... and {hidden} more like these; fix the first ones, then look again.[/]"
        )
    if result.output_truncated:
        out.print("    [dim](pytest's output was longer than the checker keeps; it was cut)[/]")


def _bugs(out: Console, exercise: Exercise, result: Verdict) -> None:
    if not exercise.bugs:
        return
    total = len(exercise.bugs)
    if not result.bugs_checked:
        wait = "waits" if total == 1 else "wait"
        out.print(f"[dim]· {count(total, 'planted bug')} {wait} until your tests are valid.[/]")
        return
    colour = "green" if result.thorough else "yellow"
    out.print(
        f"[{colour}]{'✓' if result.thorough else '✗'} Your tests caught "
        f"{result.bugs_caught} of {count(total, 'planted bug')}.[/]"
    )
    for bug in result.bugs:
        if bug.caught:
            how = "a timeout" if bug.timed_out and not bug.caught_by else ", ".join(bug.caught_by)
            out.print(f"    ✓ {escape(bug.name)}: caught by {escape(how)}")
        else:
            out.print(
                f"    ✗ {escape(bug.name)}: escaped. Hint: {escape(bug.hint)}",
                soft_wrap=not out.is_terminal,
            )


def _rest(out: Console, result: Verdict) -> None:
    for setting in result.settings_missing:
        flag = "--" + setting.replace("_", "-")
        out.print(
            f"[red]✗ Not in force:[/] `{flag}`. Keep it in your configuration's addopts "
            f"(or `{setting} = true`), so that pytest refuses what it should."
        )
    for message in result.construct_messages:
        out.print(f"[red]✗ Not used yet where it does work:[/] {escape(message)}")
    if result.coverage_goal is not None and result.valid:
        got = result.coverage or 0.0
        ok = got >= result.coverage_goal
        line = f"{'✓' if ok else '✗'} Branch coverage {got:.0f}% (goal {result.coverage_goal:.0f}%)"
        if not ok and result.coverage_missing:
            line += f"; not run: {result.coverage_missing}"
        out.print(f"[{'green' if ok else 'red'}]{escape(line)}[/]")
    for title, ids in (
        ("pytest does not collect", result.collection_missing),
        ("pytest collects what it should not", result.collection_unexpected),
    ):
        if ids:
            out.print(f"[red]✗ {title}:[/]")
            out.print("\n".join(f"    {nodeid}" for nodeid in ids), markup=False)


def hints(out: Console, exercise: Exercise, shown: int, again: str = "Ask again") -> None:
    """The first ``shown`` hints of an exercise, and whether there are more."""
    for level in range(shown):
        # A terminal gets the hint wrapped at word boundaries, not cut mid-word at its edge.
        out.print(
            f"[bold]Hint {level + 1} of {len(exercise.hints)}:[/] {escape(exercise.hints[level])}",
            soft_wrap=not out.is_terminal,
        )
    if shown == len(exercise.hints):
        out.print(
            "[dim]That is every hint; the chapter's page has the rest.[/]",
            soft_wrap=not out.is_terminal,
        )
    else:
        out.print(f"[dim]{again} for hint {shown + 1}.[/]", soft_wrap=not out.is_terminal)


def next_step(exercise: Exercise, result: Verdict) -> str:
    collection_differs = bool(result.collection_missing or result.collection_unexpected)
    if exercise.kind == "configure" and collection_differs:
        return "change the configuration until pytest collects exactly the tests listed."
    if not result.valid and exercise.kind != "write-tests":
        return (
            "write what the given tests need: read the first failure above, save, and check again."
        )
    if not result.valid:
        return (
            "make every test pass on the code as shipped; it is correct. Read the first "
            "message above, save, and check again."
        )
    if result.bugs_checked and not result.thorough:
        return "add a test for the behaviour each escaped bug gets wrong (see its hint)."
    if result.constructs_missing:
        return "use what the chapter teaches, as listed above."
    if result.settings_missing:
        return "put the setting listed above back into your configuration."
    if collection_differs:
        return "make pytest collect exactly the tests listed."
    return f"raise the coverage, or ask for a hint with `checker hint {exercise.number}`."


def progress(
    out: Console, catalogue: Catalogue, statuses: dict[str, str], current: int | None
) -> None:
    """One line per exercise, grouped by chapter, the current one highlighted."""
    done = sum(s == "done" for s in statuses.values())
    for chapter in catalogue.chapters:
        exercises = catalogue.exercises_of(chapter.number)
        if not exercises:
            continue
        out.print(f"[bold]Chapter {chapter.number}: {escape(chapter.title)}[/]")
        for exercise in exercises:
            pointer = "[cyan]➜[/]" if exercise.number == current else " "
            line = f"{exercise.number:>3}  {escape(exercise.title)}"
            if exercise.number == current:
                line = f"[bold cyan]{line}[/]"
            out.print(f" {pointer} {line}  {MARKS[statuses[exercise.folder]]}")
    out.print(bar(done, len(catalogue.exercises)), markup=False)
