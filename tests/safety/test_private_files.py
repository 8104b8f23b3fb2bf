"""Issue 22 #13 (and #8 for backups): project files, their backups, upgrade backups and
encrypted/decrypted conversions are created owner-only (0600) and never through a symlink."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.core.errors import ProjectError
from qcoder.store import backup_files
from qcoder.store.private_files import create_private
from tests.helpers import imported

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_project_and_backups_are_owner_only(tmp_path: Path):
    old = os.umask(0o022)  # the usual default: files would be 0644
    try:
        path = tmp_path / "study.qcoder"
        with Project.create(path) as p:
            p.add_document(imported())
            assert _mode(path) == 0o600
            wal = path.with_name(path.name + "-wal")
            assert not wal.exists() or _mode(wal) == 0o600
        with Project.open(path) as p:  # the backup on open
            assert p._store.open_backup is not None
            backup = p._store.open_backup.path
        assert _mode(backup) == 0o600
        assert _mode(backup.parent) == 0o700
        manual = backup_files.make_backup(path, None, "manual")
        assert _mode(manual.path) == 0o600
    finally:
        os.umask(old)


def test_no_writing_through_a_symlink(tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "backup.qcoder"
    link.symlink_to(victim)
    with pytest.raises(ProjectError, match="symbolic link"):
        create_private(link)
    path = tmp_path / "study.qcoder"
    Project.create(path).close()
    with pytest.raises(ProjectError, match="symbolic link"):
        backup_files.online_backup(path, link, None)
    assert victim.read_text(encoding="utf-8") == "precious"
