"""The integrity check on open is incremental: skipped when the file is exactly as a clean close
left it after a check; run after any change made elsewhere, after a crash, after damage, and at
least once a week. ``qcoder check`` runs the full check on demand."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.store import verified
from qcoder.store.backup_files import backup_dir
from qcoder.store.project_store import ProjectDamaged
from tests.helpers import imported

ROOT = Path(__file__).resolve().parents[2]


def _project(path: Path) -> None:
    with Project.create(path, name="p") as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        p.add_coding(doc.id, code.id, coder.id, 0, 12)
    Project.open(path).close()  # the first open checks; its clean close records the state


def _open_skipped(path: Path) -> bool:
    with Project.open(path) as p:
        report = p._store.integrity
        assert report is not None and report.ok
        return bool(report.skipped)


def test_unchanged_file_is_not_checked_again(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _project(path)
    assert (backup_dir(path) / verified.RECORD).exists()
    assert _open_skipped(path)
    assert _open_skipped(path)


def test_writes_of_a_clean_session_keep_the_record(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _project(path)
    with Project.open(path) as p:
        p.create_code("Resources")
    assert _open_skipped(path)  # qcoder's own committed writes, closed cleanly


def test_a_change_made_elsewhere_is_checked(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _project(path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE codes SET name = 'Changed'")
    assert not _open_skipped(path)


def test_a_crash_is_never_skipped(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _project(path)
    child = (
        "import os, signal, sys\n"
        "from qcoder.app import Project\n"
        "p = Project.open(sys.argv[1])\n"
        "p.create_code('Written before the kill')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", child, str(path)], env=env, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert not _open_skipped(path)  # the killed session recorded nothing and changed the file
    with Project.open(path) as p:
        assert "Written before the kill" in {c.name for c in p.codes()}


def test_damage_after_a_clean_close_is_found(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _project(path)
    size = path.stat().st_size
    with path.open("r+b") as fh:  # same size, new bytes over page headers: a bad sync
        for offset in range(4096 * 2, size - 4096, 4096 * 2):
            fh.seek(offset)
            fh.write(os.urandom(600))
    with pytest.raises(ProjectDamaged):
        Project.open(path)


def test_checked_at_least_once_a_week(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _project(path)
    record = backup_dir(path) / verified.RECORD
    data = json.loads(record.read_text())
    data["checked_at"] = (datetime.now(UTC) - timedelta(days=verified.RECHECK_AFTER_DAYS + 1)).isoformat()
    record.write_text(json.dumps(data))
    assert not _open_skipped(path)
    assert _open_skipped(path)  # checked now: the next open may skip again


def test_no_backups_folder_no_record(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("QCODER_BACKUPS", "0")
    path = tmp_path / "p.qcoder"
    _project(path)
    assert not backup_dir(path).exists()  # nothing written next to the project
    assert not _open_skipped(path)
