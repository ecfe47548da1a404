"""What the shop's test run tells GitHub Actions: a job summary, and annotations.

On GitHub Actions, a step can add Markdown to the job's summary page by appending it to
the file that the variable ``GITHUB_STEP_SUMMARY`` names, and can put an annotation on
the run by printing a *workflow command* such as ``::error title=...::message``.
GitHub sets ``GITHUB_ACTIONS=true`` on its runners. The rules:

* ``summary(results)`` returns Markdown whose first line is ``### Test results`` and
  which has a line ``<p> passed, <f> failed, <s> skipped`` with the count of each.
* Each failed test's node id appears in the summary, with the first line of its
  message; the node ids of passed and skipped tests do not.
* ``publish(results)`` returns the number of failed tests.
* When ``GITHUB_STEP_SUMMARY`` names a file, ``publish`` appends the summary to it:
  what the file held before stays. When it is unset or empty, no file is written.
* When ``GITHUB_ACTIONS`` is ``true``, ``publish`` prints one line per failed test,
  ``::error title=<node id>::<message>``; otherwise it prints nothing.
* In that line the message's ``%``, carriage returns and newlines are written ``%25``,
  ``%0D`` and ``%0A``; in the title so are they, and ``:`` and ``,`` are written ``%3A``
  and ``%2C``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["passed", "failed", "skipped"]


@dataclass(frozen=True)
class Result:
    nodeid: str
    outcome: Outcome
    message: str = ""


def summary(results: list[Result]) -> str:
    counts = {outcome: 0 for outcome in ("passed", "failed", "skipped")}
    for result in results:
        counts[result.outcome] += 1
    lines = [
        "### Test results",
        "",
        f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped",
    ]
    failures = [r for r in results if r.outcome == "failed"]
    if failures:
        lines += ["", "| test | why |", "| --- | --- |"]
        lines += [f"| `{r.nodeid}` | {first_line(r.message)} |" for r in failures]
    return "\n".join(lines) + "\n"


def first_line(message: str) -> str:
    return message.splitlines()[0] if message else ""


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def publish(results: list[Result]) -> int:
    failures = [r for r in results if r.outcome == "failed"]
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as file:
            file.write(summary(results))
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for result in failures:
            title = escape_property(result.nodeid)
            print(f"::error title={title}::{escape_data(result.message)}")
    return len(failures)
