"""The writer lock (issue 22, item 1): a process that writes holds it until it closes the project;
encrypting, decrypting, restoring and merging refuse while another process writes, and a writer
never writes into a file that was replaced since it opened it. Readers read freely."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qcoder.app.backups import backup_now, restore_backup
from qcoder.app.merge import merge_files
from qcoder.app.safety import (
    ProjectBusy,
    create_project,
    decrypt_project,
    encrypt_project,
    encryption_unavailable_reason,
    open_project,
)
from qcoder.cli import main as cli_main
from qcoder.core.errors import ProjectError
from qcoder.store.writer_lock import writer_lock_path
from tests.helpers import imported, transcript_files

ROOT = Path(__file__).resolve().parents[2]
NO_CIPHER = encryption_unavailable_reason()
needs_cipher = pytest.mark.skipif(NO_CIPHER is not None, reason=f"SQLCipher is not available: {NO_CIPHER}")


def _writer(path: Path, files: list[Path], passphrase: str | None = None) -> subprocess.Popen[str]:
    """Another process importing ``files`` one by one; it stops after the first until told to go on."""
    code = textwrap.dedent(f"""
        import sys
        from qcoder.app.importing import import_paths
        from qcoder.app.safety import open_project
        files = {[str(f) for f in files]!r}
        with open_project({str(path)!r}, passphrase={passphrase!r}) as p:
            n = len(import_paths(p, files[:1]).imported)
            print("WROTE", flush=True)
            sys.stdin.readline()
            try:
                n += len(import_paths(p, files[1:]).imported)
            except Exception as exc:
                print("ERROR", type(exc).__name__, exc, flush=True)
            print("IMPORTED", n, flush=True)
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QCODER_BACKUPS="0")
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "WROTE"
    return proc


def _finish(proc: subprocess.Popen[str]) -> str:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    out = proc.stdout.read()
    proc.wait(60)
    return out


def _count(path: Path, passphrase: str | None = None) -> int:
    with open_project(path, passphrase=passphrase) as p:
        return len(p.documents())


@needs_cipher
def test_encrypt_refuses_while_a_command_line_import_writes(tmp_path: Path, capsys):
    """The reproduction: an import of 8 files said "8 imported" and the encrypted project held 2."""
    path = tmp_path / "p.qcoder"
    create_project(path).close()
    importer = _writer(path, transcript_files(tmp_path / "in", 8))
    try:
        with pytest.raises(ProjectBusy, match=r"another qcoder process is writing to p\.qcoder; cannot encrypt it"):
            encrypt_project(path, "pw")
        secret = tmp_path / "pass.txt"
        secret.write_text("pw\n", encoding="utf-8")
        assert cli_main(["encrypt", str(path), "--passphrase-file", str(secret)]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "another qcoder process is writing to p.qcoder" in err, err
    finally:
        out = _finish(importer)
    assert "IMPORTED 8" in out and "ERROR" not in out
    encrypt_project(path, "pw")  # the writer closed: now it works
    assert _count(path, "pw") == 8
    assert not writer_lock_path(path).exists()


@needs_cipher
def test_decrypt_refuses_while_another_process_writes(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    create_project(path, passphrase="pw").close()
    importer = _writer(path, transcript_files(tmp_path / "in", 2), passphrase="pw")
    try:
        with pytest.raises(ProjectBusy, match="cannot decrypt it"):
            decrypt_project(path, "pw")
    finally:
        assert "IMPORTED 2" in _finish(importer)
    decrypt_project(path, "pw")
    assert _count(path) == 2


def test_restore_and_merge_refuse_while_another_process_writes(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    other = tmp_path / "other.qcoder"
    with create_project(path) as p:
        backup = backup_now(p).path
    with create_project(other) as o:
        o.add_document(imported())
    importer = _writer(path, transcript_files(tmp_path / "in", 3))
    try:
        with pytest.raises(ProjectBusy, match="cannot restore it"):
            restore_backup(path, backup)
        with open_project(path) as p, pytest.raises(ProjectBusy, match="cannot merge into it"):
            merge_files(p, [other])
        with open_project(path) as reader:  # a reader reads while the other process writes
            assert len(reader.documents()) == 1
    finally:
        assert "IMPORTED 3" in _finish(importer)
    assert _count(path) == 3
    with open_project(path) as p:
        merge_files(p, [other])
        assert len(p.documents()) == 4
    restore_backup(path, backup)
    assert _count(path) == 0


def test_a_writer_refuses_to_write_into_a_file_replaced_after_it_opened_it(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    with create_project(path) as p:
        backup = backup_now(p).path
        p.add_document(imported())
    with open_project(path):
        restore_backup(path, backup)  # allowed: this store has not written (it is a reader so far)
        assert backup.exists()
    with open_project(path) as stale:
        os.replace(path, tmp_path / "moved.qcoder")  # another process puts another file in its place
        create_project(path).close()
        with pytest.raises(ProjectError, match="was replaced by another process"):
            stale.add_document(imported(name="late.txt"))
    assert _count(path) == 0


def test_a_killed_writer_leaves_no_lock(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    with create_project(path) as p:
        backup = backup_now(p).path
    importer = _writer(path, transcript_files(tmp_path / "in", 2))
    os.kill(importer.pid, signal.SIGKILL)
    importer.wait(30)
    restore_backup(path, backup)  # the lock died with its process
    assert _count(path) == 0


def test_writers_share_the_lock(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    create_project(path).close()
    importer = _writer(path, transcript_files(tmp_path / "in", 2))
    try:
        with open_project(path) as p:  # a second writer writes next to the first
            p.add_document(imported(name="mine.txt"))
    finally:
        assert "IMPORTED 2" in _finish(importer)
    assert _count(path) == 3
