"""Telling a wrong passphrase from damage.

An encrypted file read with the wrong key looks exactly like a damaged one. When the passphrase
opens neither the project nor any of its encrypted backups, the passphrase is what is wrong: say
so, rather than calling the project damaged or its backups bad.
"""

from __future__ import annotations

from pathlib import Path

from qcoder.store.backup_files import list_backups
from qcoder.store.crypto import WrongPassphrase, connect, looks_encrypted


def opens_any(path: Path, passphrase: str) -> bool | None:
    """Whether ``passphrase`` opens the project at ``path`` or one of its backups; None when
    neither is encrypted (nothing to tell)."""
    files = [f for f in (path, *(b.path for b in list_backups(path))) if f.exists() and looks_encrypted(f)]
    if not files:
        return None
    for file in files:
        try:
            connect(file, passphrase).close()
        except WrongPassphrase:
            continue
        return True
    return False


def refuse_wrong_passphrase(path: Path, passphrase: str | None) -> None:
    """Raise :class:`WrongPassphrase` when ``passphrase`` opens neither the encrypted project
    ``path`` nor any of its backups (call it after a failed check or backup search)."""
    if passphrase is not None and opens_any(path, passphrase) is False:
        raise WrongPassphrase(path)
