"""Files qcoder creates for a project (the project file, its backups and copies, lock files,
temporary files and small records next to it) are readable by their owner only (0600 on POSIX;
SQLite gives the write-ahead log and shared-memory files the mode of the database file) and are
never written through a symbolic link or a second hard link: ``ln -s victim study.qcoder.lock``
must not make qcoder truncate or overwrite the victim."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from qcoder.core.errors import ProjectError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _refuse_link(path: Path) -> ProjectError:
    return ProjectError(f"{path} is a symbolic link; qcoder does not write through links")


def create_private(path: Path) -> None:
    """Create ``path`` as an empty owner-only file for SQLite to open, unless it exists; refuse a
    symbolic link (``ln -s victim backup.qcoder`` must not make qcoder overwrite the victim)."""
    if path.is_symlink():
        raise _refuse_link(path)
    if path.exists():
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW
    try:
        fd = os.open(path, flags, PRIVATE_FILE)
    except FileExistsError:
        return  # created meanwhile by another process: SQLite opens what is there
    os.close(fd)


def create_exclusive(path: Path) -> None:
    """Create the temporary file ``path`` new and empty (owner-only); refuse anything already
    there under that name, a symbolic link included."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, PRIVATE_FILE)
    except FileExistsError as exc:
        raise ProjectError(f"{path} exists already; qcoder does not write over it") from exc
    os.close(fd)


def open_lock_file(path: Path) -> int:
    """Open the lock file ``path`` for reading and writing, creating it owner-only if needed.

    Never through a symbolic link (refused by the kernel with ``O_NOFOLLOW``) nor a file with a
    second hard link or that is not a regular file: a lock file is truncated and rewritten.
    """
    if path.is_symlink():  # also where O_NOFOLLOW does not exist (Windows)
        raise _refuse_link(path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, PRIVATE_FILE)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _refuse_link(path) from exc
        raise
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
        os.close(fd)
        raise ProjectError(f"{path} is not a lock file of qcoder (a link or a special file); remove it")
    return fd


def write_private_text(path: Path, text: str) -> None:
    """Replace the small file ``path`` with ``text`` atomically (a new owner-only temporary file
    renamed over it: a symbolic link at ``path`` is replaced, never followed)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    create_exclusive(tmp)
    try:
        fd = os.open(tmp, os.O_WRONLY | _NOFOLLOW)
        try:
            os.write(fd, text.encode("utf-8"))
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) owner-only if it does not exist yet."""
    if folder.is_symlink():
        raise _refuse_link(folder)
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
