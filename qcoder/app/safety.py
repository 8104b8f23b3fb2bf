"""Opening projects safely, checking them, and encrypting them: the services behind
``qcoder check/backup/restore/encrypt/decrypt/unlock`` and the window's open flow.

Errors the callers word for the user (all :class:`qcoder.core.errors.ProjectError`):
:class:`ProjectDamaged` (names the newest good backup), :class:`ProjectLocked` (a window of
another process has the project), :class:`ProjectReadOnly`, :class:`PassphraseRequired`,
:class:`WrongPassphrase`, :class:`EncryptionUnavailable`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qcoder.app.project import Project
from qcoder.core.errors import ProjectError
from qcoder.store import backup_files
from qcoder.store.crypto import (
    PASSPHRASE_ENV,
    EncryptionUnavailable,
    PassphraseRequired,
    WrongPassphrase,
    connect_any,
    decrypt_file,
    encrypt_file,
    has_plain_header_fields,
    is_plain_sqlite,
    unavailable_reason,
)
from qcoder.store.crypto import (
    change_passphrase as _rekey,
)
from qcoder.store.engine import is_url
from qcoder.store.integrity import IntegrityReport, check_file
from qcoder.store.locking import (
    CloudFolderWarning,
    LockInfo,
    ProjectLocked,
    ProjectReadOnly,
    break_stale_lock,
    cloud_sync_provider,
    window_holder,
)
from qcoder.store.project_store import ProjectDamaged, ProjectStore
from qcoder.store.writer_lock import ProjectBusy, replacing

__all__ = [
    "PASSPHRASE_ENV",
    "CloudFolderWarning",
    "EncryptionUnavailable",
    "PassphraseRequired",
    "ProjectBusy",
    "ProjectDamaged",
    "ProjectLocked",
    "ProjectReadOnly",
    "WrongPassphrase",
    "ConversionResult",
    "change_passphrase",
    "check_project",
    "cloud_sync_provider",
    "create_project",
    "decrypt_project",
    "encrypt_project",
    "encryption_unavailable_reason",
    "is_encrypted",
    "open_project",
    "project_warnings",
    "unlock",
    "window_holder",
]


def open_project(
    location: str | Path,
    *,
    passphrase: str | None = None,
    window: bool = False,
    read_only: bool = False,
    check: bool = True,
    backup: bool | None = None,
) -> Project:
    """Open a project (see :meth:`ProjectStore.open` for the options)."""
    return Project.open(location, passphrase=passphrase, window=window, read_only=read_only, check=check, backup=backup)


def create_project(
    location: str | Path, name: str = "", *, passphrase: str | None = None, window: bool = False
) -> Project:
    """A new project; with ``passphrase`` an encrypted one."""
    return Project.create(location, name, passphrase=passphrase, window=window)


def project_warnings(project: Project) -> list[str]:
    """Things the user should know about the open project (a cloud-synced folder, a failed backup)."""
    store: ProjectStore = project.store
    out = list(store.warnings)
    if store.backup_error:
        out.append(f"the automatic backup failed: {store.backup_error}")
    return out


def open_takes_time(location: str | Path) -> bool:
    """Whether opening ``location`` will check or back up the file first (it changed since a
    checked session closed it, or a backup is due) or wait for a server: the window then opens it
    in a worker behind a progress dialog (0.8 s for 10,000 documents)."""
    if is_url(location):
        return True
    from qcoder.store.quick_read import as_checked

    return not as_checked(Path(location))


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is (or could be) an encrypted project: not plain SQLite, and not a plain
    project whose first bytes were damaged (that one is damaged, not encrypted)."""
    return path.exists() and path.stat().st_size > 0 and not is_plain_sqlite(path) and not has_plain_header_fields(path)


def encryption_unavailable_reason() -> str | None:
    return unavailable_reason()


def check_project(location: str | Path, passphrase: str | None = None, full: bool = True) -> IntegrityReport:
    """The integrity check, run on the file itself (works on damaged files and on backups)."""
    if is_url(location):
        with ProjectStore.open(location, check=False, backup=False) as store:
            return store.check(full)
    path = Path(location)
    if not path.exists():
        raise ProjectError(f"no project at {path}")
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV) or None
    if is_encrypted(path) and passphrase is None:
        raise PassphraseRequired(path)
    return check_file(path, passphrase, full=full)


def unlock(path: Path, force: bool = False) -> LockInfo | None:
    """Remove a window lock left behind by a process that is gone (``force``: from another host)."""
    return break_stale_lock(Path(path), force)


# --- encryption -----------------------------------------------------------------------------------


@dataclass
class ConversionResult:
    project: Path
    backups_converted: list[Path] = field(default_factory=list)
    plaintext_left: list[Path] = field(default_factory=list)  # damaged copies set aside, not convertible
    cache_files_removed: int = 0  # the plain-text language-analysis cache (encrypt removes it)


def _other_copies(path: Path) -> list[Path]:
    """Backups and upgrade copies of ``path`` (files that hold the project's data)."""
    copies = [b.path for b in backup_files.list_backups(path)]
    copies += sorted(path.parent.glob(f"{path.stem}.before-upgrade-*{path.suffix}"))
    return copies


def _leftovers(path: Path) -> list[Path]:
    folder = backup_files.backup_dir(path)
    return sorted(p for p in folder.glob(f"{path.name}*.damaged-*")) if folder.is_dir() else []


def _replace_with(path: Path, new: Path) -> None:
    for side in backup_files.sidecars(path):
        side.unlink(missing_ok=True)
    os.replace(new, path)


def _convert(path: Path, convert: Callable[[Path, Path], None], passphrase_out: str | None) -> None:
    tmp = path.with_name(f".{path.name}.converting-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        convert(path, tmp)
        report = check_file(tmp, passphrase_out, full=True)
        if not report.ok:
            raise ProjectError(
                f"the converted copy of {path.name} fails its check ({report.summary()}); nothing was changed"
            )
        _replace_with(path, tmp)
    finally:
        for p in (tmp, *backup_files.sidecars(tmp)):
            p.unlink(missing_ok=True)


def encrypt_project(path: Path, passphrase: str) -> ConversionResult:
    """Encrypt a plain project file in place, with its backups (refused while a window has it open).

    The plain file is replaced; its backups are converted one by one. Blocks of the old plain
    file may stay readable on the disk until they are reused: for sensitive data, create the
    project encrypted from the start.
    """
    path = Path(path)
    if not passphrase:
        raise ProjectError("an empty passphrase cannot protect anything; choose a passphrase")
    reason = unavailable_reason()
    if reason is not None:
        raise EncryptionUnavailable(reason)
    if is_encrypted(path):
        raise ProjectError(f"{path.name} is already encrypted")
    with replacing(path, "encrypt"):
        report = check_file(path, None, full=False)
        if not report.ok:
            raise ProjectDamaged(path, report.problems, backup_files.newest_good_backup(path, None))
        ProjectStore.checkpoint_file(path, None)
        project_id = ProjectStore.project_id_of_file(path)
        _convert(path, lambda src, dst: encrypt_file(src, dst, passphrase), passphrase)
        result = ConversionResult(path)
        # sentences, lemmas and entities in order rebuild the transcripts: never left in plain text
        from qcoder.nlp.cache import remove_disk_cache

        result.cache_files_removed = remove_disk_cache(path, project_id)
        for copy in _other_copies(path):
            if not is_encrypted(copy):
                _convert(copy, lambda src, dst: encrypt_file(src, dst, passphrase), passphrase)
                result.backups_converted.append(copy)
        result.plaintext_left = _leftovers(path)
    return result


def decrypt_project(path: Path, passphrase: str) -> ConversionResult:
    """Remove the encryption of a project and its backups (refused while a window has it open)."""
    path = Path(path)
    if not is_encrypted(path):
        raise ProjectError(f"{path.name} is not encrypted")
    with replacing(path, "decrypt"):
        connect_any(path, passphrase).close()  # WrongPassphrase before anything changes
        ProjectStore.checkpoint_file(path, passphrase)
        _convert(path, lambda src, dst: decrypt_file(src, passphrase, dst), None)
        result = ConversionResult(path)
        for copy in _other_copies(path):
            if is_encrypted(copy):
                try:
                    _convert(copy, lambda src, dst: decrypt_file(src, passphrase, dst), None)
                except WrongPassphrase:
                    result.plaintext_left.append(copy)  # under another passphrase: left as it is
                    continue
                result.backups_converted.append(copy)
    return result


def change_passphrase(path: Path, old: str, new: str) -> ConversionResult:
    """Re-encrypt a project and its backups under a new passphrase."""
    path = Path(path)
    if not is_encrypted(path):
        raise ProjectError(f"{path.name} is not encrypted")
    with replacing(path, "rekey"):
        connect_any(path, old).close()
        ProjectStore.checkpoint_file(path, old)
        _rekey(path, old, new)
        result = ConversionResult(path)
        for copy in _other_copies(path):
            if is_encrypted(copy):
                try:
                    _rekey(copy, old, new)
                except WrongPassphrase:
                    result.plaintext_left.append(copy)
                    continue
                result.backups_converted.append(copy)
    return result
