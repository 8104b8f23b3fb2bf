"""Files qcoder creates for a project (the project file, its backups and copies) are readable by
their owner only (0600 on POSIX; SQLite gives the write-ahead log and shared-memory files the
mode of the database file) and are never written through a symbolic link."""

from __future__ import annotations

import os
from pathlib import Path

from qcoder.core.errors import ProjectError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def create_private(path: Path) -> None:
    """Create ``path`` as an empty owner-only file for SQLite to open, unless it exists; refuse a
    symbolic link (``ln -s victim backup.qcoder`` must not make qcoder overwrite the victim)."""
    if path.is_symlink():
        raise ProjectError(f"{path} is a symbolic link; qcoder does not write through links")
    if path.exists():
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, PRIVATE_FILE)
    except FileExistsError:
        return  # created meanwhile by another process: SQLite opens what is there
    os.close(fd)


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) owner-only if it does not exist yet."""
    if folder.is_symlink():
        raise ProjectError(f"{folder} is a symbolic link; qcoder does not write through links")
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
