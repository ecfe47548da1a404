"""The sandbox a graded run may ask for: not root, no network, capped processes.

These run the learner's side for real, so most need root (to hand a run to a user of its
own and to make a network namespace) and Linux; elsewhere they skip and say why.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from checker.engine import run, sandbox
from checker.engine.results import RunResult
from checker.engine.spec import RunSpec

needs_root = pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0,
    reason="handing a run to another user and making a network namespace need root on Linux",
)
# A folder others may not enter that holds this Python (such as /root), or None.
CLOSED = sandbox.closed_to_others() if sys.platform == "linux" else None
SandboxedRun = Callable[..., RunResult]


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A grader's scratch folder in the system's temporary folder (pytest's own is closed
    to other users, as a grader's scratch's parent must not be)."""
    path = Path(tempfile.mkdtemp(prefix="checker-test-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def sandboxed(scratch: Path) -> SandboxedRun:
    """Run a test file in a folder laid out as the grader lays a run out, sandboxed."""

    def execute(source: str, steps: tuple[str, ...] = sandbox.STEPS) -> RunResult:
        base = scratch / "0123456789abcdef"
        (base / "exercise").mkdir(parents=True)
        (base / "tmp").mkdir()
        (scratch / "records").mkdir()
        (base / "exercise" / "test_it.py").write_text(textwrap.dedent(source))
        # As every exercise has: pytest then looks no higher than the run's own folder.
        (base / "exercise" / "pytest.ini").write_text("[pytest]\n")
        spec = RunSpec(
            workdir=base / "exercise",
            results=scratch / "records" / "run.jsonl",
            output=scratch / "records" / "run.out",
            status=scratch / "records" / "run.status",
            tmpdir=base / "tmp",
            timeout=20,
            sandbox=steps,
        )
        return run.execute(spec)

    return execute


def test_a_spec_keeps_its_sandbox_steps_through_json() -> None:
    spec = RunSpec(Path("w"), Path("r"), Path("o"), Path("s"), Path("t"), 1.0, sandbox=("user",))
    assert RunSpec.from_json(spec.to_json()) == spec


def test_without_sandbox_steps_a_run_is_left_as_it_was(scratch: Path) -> None:
    spec = RunSpec(
        workdir=scratch,
        results=scratch / "r",
        output=scratch / "o",
        status=scratch / "s",
        tmpdir=scratch,
        timeout=1.0,
    )
    assert spec.sandbox == ()


@needs_root
def test_the_probe_says_which_isolation_is_in_force(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "closed_to_others", lambda: None)
    found = sandbox.probe(sandbox.STEPS, scratch)
    assert found["user"].startswith("user id 2")
    assert found["network"].startswith("isolated")
    assert found["limits"].startswith(f"at most {sandbox.MAX_PROCESSES} processes")


@needs_root
def test_a_python_others_cannot_read_keeps_root_and_says_why(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(closed: str, view: Path) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(sandbox, "closed_to_others", lambda: "/root")
    monkeypatch.setattr(sandbox, "_open_view", refuse)
    found = sandbox.probe(sandbox.STEPS, scratch)
    assert found["user"].startswith("not changed: still root, because Python")
    assert "/root" in found["user"]
    assert found["network"].startswith("isolated")


@needs_root
def test_a_sandboxed_run_is_not_root_and_owns_only_its_own_folder(
    sandboxed: SandboxedRun,
) -> None:
    result = sandboxed(
        """
        import os, pathlib, pytest

        def test_not_root():
            assert os.geteuid() >= 2_000_000_000 and os.getegid() >= 2_000_000_000
            assert os.getgroups() == []

        def test_may_write_its_own_folder_and_tmp(tmp_path):
            pathlib.Path("made.txt").write_text("mine")
            (tmp_path / "also.txt").write_text("mine")

        def test_may_not_write_or_list_what_is_not_its_own():
            with pytest.raises(PermissionError):
                pathlib.Path("/root/sandbox-escape.txt").write_text("no")
            with pytest.raises(PermissionError):
                os.listdir(pathlib.Path.cwd().parent.parent)
            with pytest.raises(PermissionError):
                os.listdir(pathlib.Path.cwd().parent.parent / "records")

        def test_may_not_become_root_again():
            with pytest.raises(PermissionError):
                os.setuid(0)

        def test_sees_only_what_python_needs_of_a_closed_folder_that_holds_it():
            closed = CLOSED_FOLDER
            if closed != "None":
                assert 0 < len(os.listdir(closed)) <= 3
        """.replace("CLOSED_FOLDER", repr(str(CLOSED)))
    )
    assert result.all_passed(), result.output


@needs_root
def test_a_sandboxed_run_has_no_network_but_its_own_loopback(sandboxed: SandboxedRun) -> None:
    result = sandboxed(
        steps=("network", "limits"),
        source="""
        import socket, pytest

        def test_the_hosts_services_are_out_of_reach():
            with pytest.raises(OSError):
                socket.create_connection(("127.0.0.1", 6379), timeout=2)

        def test_only_loopback_is_there():
            assert [name for _, name in socket.if_nameindex()] == ["lo"]

        def test_a_server_of_its_own_on_loopback_works():
            with socket.create_server(("127.0.0.1", 0)) as server:
                port = server.getsockname()[1]
                with socket.create_connection(("127.0.0.1", port), timeout=2):
                    pass
        """,
    )
    assert result.all_passed(), result.output


@needs_root
def test_a_sandboxed_run_cannot_start_processes_without_end(sandboxed: SandboxedRun) -> None:
    result = sandboxed(
        f"""
        import os, time

        def test_forks_until_refused():
            children = []
            try:
                for _ in range({sandbox.MAX_PROCESSES} + 50):
                    pid = os.fork()
                    if pid == 0:
                        time.sleep(5)
                        os._exit(0)
                    children.append(pid)
            except BlockingIOError:
                pass
            assert len(children) < {sandbox.MAX_PROCESSES}
        """
    )
    assert result.all_passed(), result.output
    assert result.left_behind > 0  # the supervisor ended the sleeping children


def test_the_network_step_says_so_when_it_cannot_be_taken(
    monkeypatch: pytest.MonkeyPatch, scratch: Path
) -> None:
    def refuse(flags: int) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(sandbox, "_unshare", refuse)
    monkeypatch.setattr(sandbox, "_no_new_privileges", lambda: None)
    spec = RunSpec(scratch, scratch / "r", scratch / "o", scratch / "s", scratch, 1.0)
    found = sandbox.enter(RunSpec(**{**spec.__dict__, "sandbox": ("network",)}))
    assert found == {"network": "not isolated: no network namespace here (Operation not permitted)"}


@needs_root
def test_a_user_who_is_not_root_gets_a_network_of_its_own_through_a_user_namespace() -> None:
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # become an ordinary user (nobody), then ask for the network step
        try:
            os.close(reading)
            os.setgroups([])
            os.setresgid(65534, 65534, 65534)
            os.setresuid(65534, 65534, 65534)
            said = sandbox._network()
            names = [name for _, name in socket.if_nameindex()]
            os.write(writing, json.dumps([said, names, os.geteuid()]).encode())
        except BaseException as error:
            os.write(writing, json.dumps([repr(error)]).encode())
        finally:
            os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        found = json.loads(pipe.read())
    os.waitpid(pid, 0)
    if found[0].startswith("OSError") or found[0].startswith("PermissionError"):
        pytest.skip(f"unprivileged user namespaces are not allowed here: {found[0]}")
    assert found == [
        "isolated: a user and network namespace of its own (no interface but loopback)",
        ["lo"],
        65534,
    ]
