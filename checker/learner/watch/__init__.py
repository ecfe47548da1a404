"""``checker watch``: the current exercise, checked again each time one of its files is saved.

The screen shows the exercise, its result and a progress bar. Saving a file of the
exercise checks it again; a done exercise hands over to the next one not done. One key
does the rest: n next, h hint, l list, r re-run, x reset, q quit.

**Fork or threads.** run.py forks each pytest run from the process that grades
(``CHECKER_RUNNER=fork`` on Linux), and watchfiles runs a notify thread of its own (in
Rust) in the process that watches. A fork taken while another thread holds a lock (the
allocator's, notify's) can leave the child waiting on that lock forever. So the watch
process never forks: each check is ``python -m checker check N --json`` in a process of
its own, whose one thread forks the runs as ``checker check`` always does, and the JSON
is rendered here with report.py. That costs an interpreter's start (about 0.15 s) per
check and buys more than safety: what watch shows is what ``checker check N`` says, keys
are read while a check runs (q stops it at once), and nothing a learner's code imports is
ever loaded into the long-lived watch process.

**Saves during a check** start no second check; when the check ends, files that changed
while it ran are checked once more, so the last save is never missed. A save that leaves
the files as they were checked (the same bytes, a cache file) starts nothing.

**Where file events do not arrive** (network drives, some containers, WSL's Windows
folders) watch finds out at the start by saving a probe file and waiting for its event;
if none comes it polls every second instead, and says so. ``--poll`` forces polling.
"""

from checker.learner.watch.session import watch

__all__ = ["watch"]
