"""A second qcoder on the same project file: the window lock, stale locks, read-only opens,
and the cloud-synced folder warning."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path, PureWindowsPath

import pytest

from qcoder.app.safety import (
    CloudFolderWarning,
    ProjectLocked,
    ProjectReadOnly,
    cloud_sync_provider,
    create_project,
    open_project,
    project_warnings,
    unlock,
    window_holder,
)
from qcoder.store.locking import WindowLock, lock_path, read_lock
from tests.helpers import imported

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def coded(tmp_path: Path) -> tuple[Path, str, str, str]:
    path = tmp_path / "study.qcoder"
    with create_project(path, "study") as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        p.add_coding(doc.id, code.id, coder.id, 0, 10)
    return path, doc.id, code.id, coder.id


def _holder_process(path: Path) -> subprocess.Popen[str]:
    """Another process with the project open in a 'window' (holding the window lock)."""
    code = textwrap.dedent(f"""
        import sys, time
        from qcoder.app.safety import open_project
        p = open_project({str(path)!r}, window=True)
        print("HOLDING", flush=True)
        sys.stdin.readline()
        p.close()
        print("RELEASED", flush=True)
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "HOLDING"
    return proc


def test_window_lock_file_says_who(coded):
    path = coded[0]
    with open_project(path, window=True):
        info = read_lock(path)
        assert info is not None and info.pid == os.getpid() and info.host == socket.gethostname()
        data = json.loads(lock_path(path).read_text())
        assert {"pid", "host", "user", "since"} <= set(data)
    assert not lock_path(path).exists()  # released on close


def test_second_window_is_refused_with_a_clear_message_then_read_only_works(coded):
    path, doc, code, coder = coded
    other = _holder_process(path)
    try:
        with pytest.raises(ProjectLocked, match=r"study.qcoder is open in a qcoder window \(process \d+"):
            open_project(path, window=True)
        with open_project(path, read_only=True) as ro:
            assert len(ro.codings()) == 1  # reading is fine
            with pytest.raises(ProjectReadOnly):
                ro.add_coding(doc, code, coder, 1, 5)
        assert len(open_project(path).codings()) == 1
    finally:
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(30)
    with open_project(path, window=True):  # free again
        pass


def test_cli_reads_are_allowed_and_writes_refused_while_a_window_holds_it(coded):
    path, doc, code, coder = coded
    other = _holder_process(path)
    try:
        with open_project(path) as cli:
            assert [d.name for d in cli.documents()] == ["interview"]
            with pytest.raises(ProjectLocked, match="cannot change it here"):
                cli.add_coding(doc, code, coder, 2, 8)
            assert len(cli.codings()) == 1
        # the lead's CLI entry point says the same in one line
        sheet = path.parent / "codes.csv"
        sheet.write_text("code\nNew code\n", encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "qcoder.cli", "codebook", "import", str(path), str(sheet)],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        assert result.returncode == 1
        assert "is open in a qcoder window" in result.stderr
    finally:
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(30)
    with open_project(path) as cli:
        cli.add_coding(doc, code, coder, 2, 8)  # the window closed: writing works again


def test_lock_of_a_killed_window_is_stale_and_taken_over(coded):
    path = coded[0]
    other = _holder_process(path)
    os.kill(other.pid, signal.SIGKILL)
    other.wait(30)
    assert lock_path(path).exists()  # left behind by the killed process
    assert window_holder(path) is None  # but nobody holds it
    with open_project(path, window=True) as p:  # taken over
        assert read_lock(path).pid == os.getpid()
        p.add_coding(*coded[1:], 3, 6)


def test_stale_lock_without_advisory_lock_uses_the_pid(coded, monkeypatch):
    path = coded[0]
    # a lock file written by a process that is gone (pid of a finished child), same host
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(done.stdout)
    lock_path(path).write_text(
        json.dumps({"pid": dead_pid, "host": socket.gethostname(), "user": "x", "since": "2026-01-01T00:00:00+00:00"})
    )
    assert window_holder(path) is None
    assert unlock(path) is not None
    assert not lock_path(path).exists()


def test_lock_from_another_host_is_respected_and_can_be_forced(coded):
    path = coded[0]
    lock_path(path).write_text(
        json.dumps({"pid": 1234, "host": "laptop-of-ana", "user": "ana", "since": "2026-01-01T10:00:00+00:00"})
    )
    with pytest.raises(ProjectLocked, match="laptop-of-ana") as err:
        open_project(path, window=True)
    assert "delete the lock file" in str(err.value)
    with pytest.raises(ProjectLocked):
        open_project(path).add_coding(*coded[1:], 1, 2)
    with pytest.raises(ProjectLocked):
        unlock(path)
    unlock(path, force=True)
    with open_project(path, window=True):
        pass


def test_same_process_second_lock_is_refused(coded):
    path = coded[0]
    with WindowLock.acquire(path), pytest.raises(ProjectLocked):
        WindowLock.acquire(path)


@pytest.mark.parametrize(
    ("path", "provider"),
    [
        ("/home/ana/Dropbox/study/p.qcoder", "Dropbox"),
        ("/home/ana/Dropbox (Contoso)/p.qcoder", "Dropbox"),
        ("/Users/ana/Library/CloudStorage/OneDrive-Contoso/p.qcoder", "OneDrive"),
        ("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/p.qcoder", "Google Drive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/p.qcoder", "iCloud Drive"),
        ("/home/ana/Google Drive/p.qcoder", "Google Drive"),
        ("/home/ana/research/dropbox-notes.txt/p.qcoder", None),
        ("/home/ana/research/p.qcoder", None),
        ("/home/ana/Dropbox.qcoder", None),  # the file's own name does not count
    ],
)
def test_cloud_folders_are_recognised_by_path(path, provider):
    assert cloud_sync_provider(path) == provider


def test_cloud_folders_on_windows_paths():
    assert cloud_sync_provider(PureWindowsPath(r"C:\Users\ana\OneDrive - Contoso\study\p.qcoder")) == "OneDrive"
    assert cloud_sync_provider(PureWindowsPath(r"C:\Users\ana\iCloudDrive\p.qcoder")) == "iCloud Drive"
    assert cloud_sync_provider(PureWindowsPath(r"D:\data\study\p.qcoder")) is None


def test_project_in_a_cloud_folder_gets_a_warning(tmp_path: Path):
    folder = tmp_path / "Dropbox" / "study"
    folder.mkdir(parents=True)
    with create_project(folder / "p.qcoder") as p:
        warnings = project_warnings(p)
    assert len(warnings) == 1 and isinstance(warnings[0], CloudFolderWarning)
    assert "Dropbox" in warnings[0] and "corrupt" in warnings[0]
    with open_project(folder / "p.qcoder") as p:
        assert project_warnings(p) == warnings
