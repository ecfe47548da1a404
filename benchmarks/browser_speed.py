"""Run in the browser: how long from pressing Run to the verdict, cold and warm.

Run from the repository root, in the course's environment, after `nox -s browser-runtime`:

    python benchmarks/browser_speed.py              # exercises 2, 6 and 1
    python benchmarks/browser_speed.py 4 --repeat 3

It builds the site into a temporary folder, serves it on 127.0.0.1 and opens each
exercise's chapter page in headless Chromium (Debian's, as tests/test_browser.py does).
For each exercise, in a fresh browser context (an empty cache, so Python, the wheels and
the editor are fetched again), it opens the editor, puts the solution in and presses
Run twice:

    open   from pressing "Open the editor" to the first verdict: the editor's bundle, the
           exercise's files, Python's start (which begins as the editor opens), the
           solution pasted in, and the first grading: everything a cold page costs
    cold   from pressing Run to that first verdict (Python started as the editor opened,
           a moment before, so most of its start still counts here)
    warm   the same press again, in the worker the first run left: the grading alone
    again  the exercise opened in a new tab of the same browser (the HTTP cache holds
           Python and the packages, the compiled WebAssembly may be cached too), the
           editor opened and Run pressed at once: from that press to the verdict
    page   what the page itself says the verdict took (its status line), warm

Goals (issue 16): at most 5 s cold and 1 s warm for a simple exercise (exercise 2 is
one run of pytest; exercise 1 is twelve, each of its versions and planted bugs). It
prints the machine's load average too: this machine's cores are shared. Nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.course import catalogue  # noqa: E402

FINISHED = r"^(Done|Not done|Stopped|The checker could not|Python (could|did) not)"


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def build(into: Path) -> None:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(into)]
    subprocess.run(command, cwd=ROOT, check=True, env=environment)


def press_run(page: object, number: int) -> float:
    """Press Run on exercise ``number`` and wait for its verdict; the seconds it took."""
    block = page.locator(f'[data-course-run="{number}"]')  # type: ignore[attr-defined]
    started = time.perf_counter()
    block.get_by_role("button", name="Run").click()
    try:
        page.wait_for_function(  # type: ignore[attr-defined]
            """([selector, pattern]) => {
                const status = document.querySelector(selector);
                const run = status.parentNode.querySelector(".md-button--primary");
                return new RegExp(pattern).test(status.textContent) && !run.disabled;
            }""",
            arg=[f'[data-course-run="{number}"] .course-run__status', FINISHED],
            timeout=300_000,
        )
    except Exception:  # Playwright's TimeoutError: say what the page said, go on
        said = block.locator(".course-run__status").text_content()
        print(f"    no verdict after 300 s; the page says: {said!r}", flush=True)
        return float("nan")
    status = block.locator(".course-run__status").text_content() or ""
    if not status.startswith(("Done", "Not done")):
        print(f"    the page says: {status!r}", flush=True)
    return time.perf_counter() - started


def open_editor(page: object, origin: str, exercise: catalogue.Exercise) -> object:
    page.goto(origin + exercise_page(exercise))  # type: ignore[attr-defined]
    block = page.locator(f'[data-course-run="{exercise.number}"]')  # type: ignore[attr-defined]
    block.get_by_role("button", name="Open the editor").click()
    block.locator(".cm-content").first.wait_for()
    return block


def measure(
    browser: object, origin: str, exercise: catalogue.Exercise
) -> tuple[float, float, float, float, str]:
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    opened = time.perf_counter()
    block = open_editor(page, origin, exercise)
    (solution,) = list(exercise.solution_path.iterdir())
    block.locator(".cm-content").first.click()  # type: ignore[attr-defined]
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(solution.read_text(encoding="utf-8"))
    cold = press_run(page, exercise.number)
    first = time.perf_counter() - opened
    warm = press_run(page, exercise.number)
    status = block.locator(".course-run__status").text_content() or ""  # type: ignore[attr-defined]
    other = context.new_page()
    open_editor(other, origin, exercise)  # the edits are kept: the solution is there
    again = press_run(other, exercise.number)
    context.close()
    said = re.search(r"took ([\d.]+) s", status)
    return first, cold, warm, again, (said[1] + " s" if said else status)


def exercise_page(exercise: catalogue.Exercise) -> str:
    course = catalogue.load(ROOT)
    chapter = next(c for c in course.chapters if c.number == exercise.chapter)
    return chapter.page.removesuffix(".md") + "/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("numbers", nargs="*", type=int, default=[2, 6, 1])
    parser.add_argument("--repeat", type=int, default=1)
    options = parser.parse_args()
    if not (ROOT / "docs" / "runtime" / "manifest.json").is_file():
        sys.exit("The browser runtime is not built: run `nox -s browser-runtime` first.")
    from playwright.sync_api import sync_playwright

    course = catalogue.load(ROOT)
    exercises = [e for n in options.numbers for e in course.exercises if e.number == n]
    with tempfile.TemporaryDirectory() as folder:
        build(Path(folder))
        handler = functools.partial(Quiet, directory=folder)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        origin = f"http://127.0.0.1:{server.server_address[1]}/"
        print(f"load average at start: {os.getloadavg()}")
        heads = "  ".join(f"{name:>8}" for name in ("open", "cold", "warm", "again"))
        print(f"{'exercise':>8}  {heads}  page says (warm)")
        with sync_playwright() as driver:
            browser = driver.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu"],
            )
            for exercise in exercises:
                for _ in range(options.repeat):
                    first, cold, warm, again, said = measure(browser, origin, exercise)
                    times = "  ".join(f"{t:>7.2f}s" for t in (first, cold, warm, again))
                    print(f"{exercise.number:>8}  {times}  {said}", flush=True)
            browser.close()
        server.shutdown()
        print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
