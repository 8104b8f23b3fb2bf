"""Lock files, temporary files and records next to a project never follow a link (issue 22,
item 8): ``ln -s victim study.qcoder.lock`` must not make encrypt, decrypt, restore or opening
the window truncate the victim; the same for the writer lock and the backups folder's records."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from qcoder.app.backups import backup_dir, backup_now, restore_backup
from qcoder.app.safety import (
    create_project,
    decrypt_project,
    encrypt_project,
    encryption_unavailable_reason,
    open_project,
)
from qcoder.core.errors import ProjectError
from qcoder.store.locking import lock_path
from qcoder.store.private_files import create_exclusive, open_lock_file, write_private_text
from qcoder.store.writer_lock import writer_lock_path
from tests.helpers import imported

NO_CIPHER = encryption_unavailable_reason()
VICTIM_TEXT = "precious content\n" * 10


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path, Path]:
    path = tmp_path / "p.qcoder"
    with create_project(path) as p:
        p.add_document(imported())
        backup = backup_now(p).path
    victim = tmp_path / "victim.txt"
    victim.write_text(VICTIM_TEXT, encoding="utf-8")
    return path, backup, victim


def _window(path: Path, _backup: Path) -> None:
    open_project(path, window=True).close()


def _restore(path: Path, backup: Path) -> None:
    restore_backup(path, backup)


def _write(path: Path, _backup: Path) -> None:
    with open_project(path) as p:
        p.add_document(imported(name="more.txt"))


def _encrypt(path: Path, _backup: Path) -> None:
    if NO_CIPHER is not None:
        pytest.skip(NO_CIPHER)
    encrypt_project(path, "pw")


def _decrypt(path: Path, _backup: Path) -> None:
    decrypt_project(path, "pw")


ACTIONS: list[Callable[[Path, Path], None]] = [_window, _restore, _write, _encrypt, _decrypt]
LOCKS = [lock_path, writer_lock_path]


@pytest.mark.parametrize("which", LOCKS, ids=["window-lock", "writer-lock"])
@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: a.__name__.strip("_"))
@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_a_linked_lock_file_is_refused_and_the_victim_kept(project, which, action, link):
    path, backup, victim = project
    if action is _window and which is writer_lock_path:
        pytest.skip("opening a window does not write")
    if action is _decrypt:
        if NO_CIPHER is not None:
            pytest.skip(NO_CIPHER)
        encrypt_project(path, "pw")
    (os.symlink if link == "symlink" else os.link)(victim, which(path))
    if action is _write and which is lock_path:
        action(path, backup)  # a command-line writer only reads the window lock
    else:
        with pytest.raises(ProjectError, match="link"):
            action(path, backup)
    assert victim.read_text(encoding="utf-8") == VICTIM_TEXT


@pytest.mark.parametrize("record", ["last-backup.json", "last-check.json"])
def test_records_in_the_backups_folder_replace_a_link_instead_of_following_it(project, record):
    path, _backup, victim = project
    target = backup_dir(path) / record
    target.unlink(missing_ok=True)
    target.symlink_to(victim)
    with open_project(path) as p:  # a clean close writes last-check.json; a backup last-backup.json
        p.add_document(imported(name="more.txt"))
        backup_now(p)
    assert victim.read_text(encoding="utf-8") == VICTIM_TEXT
    assert not target.is_symlink()


def test_helpers_refuse_links_and_existing_files(tmp_path: Path):
    victim = tmp_path / "victim"
    victim.write_text("x")
    link = tmp_path / "link"
    link.symlink_to(victim)
    with pytest.raises(ProjectError, match="symbolic link"):
        open_lock_file(link)
    with pytest.raises(ProjectError, match="exists already"):
        create_exclusive(link)
    with pytest.raises(ProjectError, match="exists already"):
        create_exclusive(victim)
    write_private_text(link, "new")
    assert victim.read_text() == "x" and link.read_text() == "new" and not link.is_symlink()
    fd = open_lock_file(tmp_path / "fresh.lock")
    os.close(fd)
    assert (tmp_path / "fresh.lock").stat().st_mode & 0o777 == 0o600
