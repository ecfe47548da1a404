"""Contain the learner's code under grading: process limits, no network, not root.

Asked for by a run's ``RunSpec.sandbox`` (``checker grade`` asks; a learner's own
``checker check`` does not), this runs in the worker after its output is redirected and
its CPU, memory and file-size limits are set, and before pytest starts. Each step is
one word in ``RunSpec.sandbox``:

``limits``
    a cap on processes (RLIMIT_NPROC, counted per user: it bites on a user of the run's
    own, see ``user``), on open files, and no core files.
``network``
    a network namespace of its own, with only a loopback interface: as root
    ``unshare(CLONE_NEWNET)``; otherwise inside a new user namespace
    (``CLONE_NEWUSER | CLONE_NEWNET``) where the kernel lets unprivileged users make one.
``user``
    when started as root: the run's folder is handed to a user id of the run's own (no
    name, no groups, no home), and the worker becomes that user, with ``no_new_privs``
    so that no set-user-id program takes it back to root. Two runs never share a user,
    so one cannot signal, trace or read the files of another. Where Python lies in a
    folder other users may not enter (a home such as /root), the worker first makes a
    mount namespace of its own in which that folder holds only what Python needs.

:func:`enter` says what it achieved; :func:`probe` does the same in a throwaway child,
so that a report can say which isolation was in force without asking every run.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import resource
import socket
import struct
from pathlib import Path

from checker.engine.spec import RunSpec, installed_prefixes

STEPS = ("limits", "network", "user")
MAX_PROCESSES = 256
MAX_OPEN_FILES = 1024
# Each run's own user id: far above any account's, one per live worker process id.
FIRST_RUN_UID = 2_000_000_000
CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
CLONE_NEWNET = 0x40000000
PR_SET_NO_NEW_PRIVS = 38
PR_SET_DUMPABLE = 4
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1


class SandboxError(Exception):
    """A step could not be taken; the message says which and why."""


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _unshare(flags: int) -> None:
    if _libc().unshare(flags) != 0:
        number = ctypes.get_errno()
        raise OSError(number, os.strerror(number))


def _loopback_up() -> None:
    """A new network namespace starts with its loopback interface down: bring it up, so
    that a test may still talk to a server it starts on 127.0.0.1 itself."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(sock, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


def _own_processes(uid: int) -> int:
    """How many processes ``uid`` runs now (from /proc)."""
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += 1
    return count


def _limits(dropping: bool) -> str:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = MAX_OPEN_FILES if hard == resource.RLIM_INFINITY else min(MAX_OPEN_FILES, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, wanted), wanted))
    if dropping:
        processes = MAX_PROCESSES  # counted for the run's own user alone
    elif os.geteuid() == 0:
        return f"at most {wanted} open files, no core files; processes not capped (root)"
    else:
        # Counted for every process of this user: leave room for those running already.
        processes = _own_processes(os.geteuid()) + MAX_PROCESSES
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
    return f"at most {processes} processes and {wanted} open files, no core files"


def _network() -> str:
    if os.geteuid() == 0:
        _unshare(CLONE_NEWNET)
        _loopback_up()
        return "isolated: a network namespace of its own (loopback only)"
    uid, gid = os.geteuid(), os.getegid()
    # A process that changed its user ids is not dumpable, and then cannot write its own
    # id maps below; an ordinary user's process is dumpable already.
    _libc().prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    _unshare(CLONE_NEWUSER | CLONE_NEWNET)
    # Keep the same ids inside, so files the run writes belong to the same user.
    Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
    Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
    with contextlib.suppress(OSError):
        _loopback_up()
    return "isolated: a user and network namespace of its own (no interface but loopback)"


def run_uid() -> int:
    """The user id this worker runs the learner's code as, when it drops root."""
    return FIRST_RUN_UID + os.getpid()


def _reachable(folder: Path) -> None:
    """Let other users pass through ``folder``'s parent (the grader's scratch, which
    only root may enter), without letting them list it; refuse if a folder above
    stops them."""
    scratch = folder.parent
    os.chmod(scratch, os.stat(scratch).st_mode | 0o111)
    for above in scratch.parents:
        if not os.stat(above).st_mode & 0o001:
            raise SandboxError(
                f"{above} is closed to other users, so a run below it cannot be handed to "
                "one: set TMPDIR to a folder others may pass through (such as /tmp)"
            )


def _hand_over(paths: list[Path], uid: int) -> None:
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for here, folders, names in os.walk(path):
                for name in [*folders, *names]:
                    os.lchown(os.path.join(here, name), uid, uid)
        os.lchown(path, uid, uid)


def _python_places() -> list[Path]:
    """Where this Python's installation and the checker lie: what a run must import from."""
    checker = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return [Path(place) for place in (*installed_prefixes(), checker)]


def closed_to_others() -> str | None:
    """The first folder of this Python's installation (or of the checker) that another
    user could not pass through, or None: a run handed to another user could not import."""
    for place in _python_places():
        for folder in [place, *place.parents]:
            with contextlib.suppress(OSError):
                if not os.stat(folder).st_mode & 0o001:
                    return str(folder)
    return None


def _mount(source: str, target: str, flags: int) -> None:
    if _libc().mount(source.encode(), target.encode(), None, flags, None) != 0:
        number = ctypes.get_errno()
        raise OSError(number, f"{os.strerror(number)} (mounting {target})")


def _open_view(closed: str, view: Path) -> None:
    """In a mount namespace of this worker's own, show ``closed`` (a folder others may not
    enter, such as /root, that holds Python) as a folder others may pass through that
    holds only what Python needs: the rest of it is hidden from the run altogether."""
    needed = {
        place.relative_to(closed).parts[0]
        for place in _python_places()
        if place.is_relative_to(closed) and place != Path(closed)
    }
    _unshare(CLONE_NEWNS)
    _mount("none", "/", MS_REC | MS_PRIVATE)  # nothing below leaks back to the machine
    view.mkdir(mode=0o755)
    os.chmod(view, 0o755)
    for name in sorted(needed):
        real = Path(closed, name)
        point = view / name
        if real.is_dir():
            point.mkdir()
        else:
            point.touch()
        _mount(str(real), str(point), MS_BIND | MS_REC)
    _mount(str(view), closed, MS_BIND | MS_REC)


def _drop(spec: RunSpec) -> str:
    uid = run_uid()
    base = spec.workdir.parent  # scratch/<token>: the run's folder and its tmp
    _reachable(base)
    # The records folder: passable, not listable, so no run learns the others' folders.
    os.chmod(spec.results.parent, 0o711)
    spec.results.touch(mode=0o600)
    os.chmod(base, 0o700)
    _hand_over([base, spec.results], uid)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    return f"user id {uid}, of this run alone (not root; no groups)"


def _no_new_privileges() -> None:
    _libc().prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def enter(spec: RunSpec) -> dict[str, str]:
    """Take the steps ``spec.sandbox`` asks for; what each achieved, in words.

    A step that cannot be taken here is said to be missing ("not isolated: ...") rather
    than stopping the run: the report states what was in force.
    """
    steps = set(spec.sandbox)
    done: dict[str, str] = {}
    if "network" in steps:
        try:
            done["network"] = _network()
        except OSError as error:
            done["network"] = f"not isolated: no network namespace here ({error.strerror})"
    dropping = "user" in steps and os.geteuid() == 0
    closed = closed_to_others() if dropping else None
    if closed:
        # Outside the run's own folder, which is handed over file by file below.
        view = spec.workdir.parent.parent / f".view-{spec.workdir.parent.name}"
        try:
            _open_view(closed, view)
            closed = closed_to_others()
        except OSError as error:
            closed = f"{closed} ({error})"
    dropping = dropping and not closed
    if "limits" in steps:
        try:
            done["limits"] = _limits(dropping)
        except (OSError, ValueError) as error:
            done["limits"] = f"not set: {error}"
    if "user" in steps:
        if closed:
            done["user"] = (
                f"not changed: still root, because Python or the checker lies below {closed}, "
                "which other users cannot enter (install Python where others may read it, "
                "such as /usr/local or /opt, to run each test as a user of its own)"
            )
        elif dropping:
            try:
                done["user"] = _drop(spec)
            except (OSError, SandboxError) as error:
                done["user"] = f"not changed: still root ({error})"
        else:
            done["user"] = f"not changed: user id {os.geteuid()}, the one that started grading"
    _no_new_privileges()
    return done


def probe(steps: tuple[str, ...], where: Path) -> dict[str, str]:
    """What :func:`enter` achieves here, found out in a throwaway child.

    ``where`` is laid out as a grader's scratch folder is (a fresh temporary folder).
    """
    base = where / "probe"
    (base / "exercise").mkdir(parents=True)
    (where / "records").mkdir(exist_ok=True)
    spec = RunSpec(
        workdir=base / "exercise",
        results=where / "records" / "probe.jsonl",
        output=where / "records" / "probe.out",
        status=where / "records" / "probe.status",
        tmpdir=base / "tmp",
        timeout=5,
        sandbox=steps,
    )
    spec.tmpdir.mkdir()
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.close(reading)
            found = enter(spec)
            if "network" in found and found["network"].startswith("isolated"):
                names = [name for _, name in socket.if_nameindex()]
                if names != ["lo"]:
                    found["network"] = f"not isolated: interfaces {names} are visible"
            os.write(writing, json.dumps(found).encode())
        finally:
            os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    try:
        found = json.loads(data)
    except ValueError:
        found = {}
    return {step: found.get(step, "unknown: the probe did not report") for step in steps}
