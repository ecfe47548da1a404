"""What the shop's test run tells GitHub Actions: a job summary, and annotations.

Another correct version: the failures come first, as a bullet list, the counts after
them; escaping by str.translate; the lines written with sys.stdout.write.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["passed", "failed", "skipped"]

DATA = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
PROPERTY = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})


@dataclass(frozen=True)
class Result:
    nodeid: str
    outcome: Outcome
    message: str = ""


def summary(results: list[Result]) -> str:
    counts = Counter(result.outcome for result in results)
    text = "### Test results\n\n"
    for result in results:
        if result.outcome == "failed":
            why = result.message.partition("\n")[0].rstrip("\r")
            text += f"- **{result.nodeid}**: {why}\n"
    text += f"\n{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped\n"
    return text


def publish(results: list[Result]) -> int:
    failed = 0
    if os.environ.get("GITHUB_STEP_SUMMARY", ""):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as out:
            out.write(summary(results))
    on_github = os.environ.get("GITHUB_ACTIONS", "") == "true"
    for result in results:
        if result.outcome != "failed":
            continue
        failed += 1
        if on_github:
            title = result.nodeid.translate(PROPERTY)
            sys.stdout.write(f"::error title={title}::{result.message.translate(DATA)}\n")
    return failed
