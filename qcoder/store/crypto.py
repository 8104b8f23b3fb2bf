"""Encrypted project files: SQLCipher 4 through the ``sqlcipher3`` binding.

An encrypted project is a SQLCipher database: every page of the file, of its write-ahead log
and of its rollback journal is encrypted (AES-256, key from the passphrase by PBKDF2-HMAC-SHA512,
256,000 iterations, SQLCipher 4 defaults); temporary tables and indexes are kept in memory
(``temp_store = MEMORY``) so nothing readable reaches a temporary file. Backups of an encrypted
project are encrypted with the same passphrase.

``sqlcipher3`` ships manylinux/macOS/Windows wheels with SQLCipher built in (no system library);
without it, encrypted projects cannot be created or opened and :class:`EncryptionUnavailable`
says so. The passphrase is never stored; it comes from the caller (a prompt, a dialog, or the
``QCODER_PASSPHRASE`` environment variable).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

from qcoder.core.errors import ProjectError

SQLITE_MAGIC = b"SQLite format 3\x00"
PASSPHRASE_ENV = "QCODER_PASSPHRASE"


class EncryptionUnavailable(ProjectError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"encrypted projects need SQLCipher, which is not available here: {reason}")
        self.reason = reason


class PassphraseRequired(ProjectError):
    """The file is not a plain SQLite database: an encrypted project (or not a project at all)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} is encrypted (or is not a qcoder project): its passphrase is needed to open it")
        self.path = path


class WrongPassphrase(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"wrong passphrase for {path.name} (or the file is not a qcoder project)")
        self.path = path


def sqlcipher() -> ModuleType:
    """The SQLCipher DB-API module (``sqlcipher3.dbapi2``); raises :class:`EncryptionUnavailable`."""
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as exc:
        raise EncryptionUnavailable(
            f"the Python package 'sqlcipher3' is not installed ({exc}); install it with 'pip install sqlcipher3'"
        ) from exc
    module: ModuleType = dbapi2
    return module


def unavailable_reason() -> str | None:
    """Why encryption cannot be used here, or None when it can."""
    try:
        sqlcipher()
    except EncryptionUnavailable as exc:
        return exc.reason
    return None


def passphrase_from_env() -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value else None


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def looks_encrypted(path: Path) -> bool:
    """Could ``path`` be a SQLCipher database? (Not plain SQLite; whole pages of at least 512 bytes.)

    An encrypted file is indistinguishable from random bytes, so this only rules out what cannot be one.
    """
    try:
        size = path.stat().st_size
        plain = is_plain_sqlite(path) or has_plain_header_fields(path)
    except OSError:
        return False
    return not plain and size >= 512 and size % 512 == 0


def has_plain_header_fields(path: Path) -> bool:
    """Whether bytes 16-23 of ``path`` are a plain SQLite header's (page size, format versions,
    the fixed payload fractions 64/32/32): a plain project whose first 16 bytes were damaged, not
    an encrypted one (SQLCipher encrypts everything after its 16-byte salt)."""
    with path.open("rb") as fh:
        head = fh.read(24)
    if len(head) < 24:
        return False
    page = int.from_bytes(head[16:18], "big")
    valid_page = page == 1 or (512 <= page <= 32768 and page & (page - 1) == 0)
    return valid_page and head[18] in (1, 2) and head[19] in (1, 2) and head[21:24] == b"\x40\x20\x20"


def quote(value: str) -> str:
    """``value`` as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def quiet_cipher_log(dbapi_connection: Any, _record: Any = None) -> None:
    """Stop SQLCipher from printing its own errors (a wrong key) on stderr; we raise ours."""
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")


def apply_key(dbapi_connection: Any, passphrase: str) -> None:
    """Key a fresh SQLCipher connection; quiet SQLCipher's own stderr logging."""
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute(f"PRAGMA key = {quote(passphrase)}")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


def connect(path: Path, passphrase: str, *, check: bool = True) -> Any:
    """A keyed SQLCipher DB-API connection to ``path`` (raises :class:`WrongPassphrase`)."""
    from qcoder.store.engine import read_only_place, read_only_uri

    module = sqlcipher()
    if path.exists() and read_only_place(path):  # read without writing a journal beside the file
        conn = module.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = module.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        apply_key(conn, passphrase)
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise WrongPassphrase(path) from exc
    return conn


def connect_any(path: Path, passphrase: str | None, *, check: bool = True) -> Any:
    """A DB-API connection to a plain or encrypted SQLite file.

    A plain file is opened with the standard ``sqlite3`` module whatever ``passphrase`` says; a file
    that is not plain SQLite needs ``passphrase``.
    """
    import sqlite3

    if path.exists() and path.stat().st_size > 0 and not is_plain_sqlite(path) and not has_plain_header_fields(path):
        if passphrase is None:
            raise PassphraseRequired(path)
        return connect(path, passphrase, check=check)
    if passphrase is not None and (not path.exists() or path.stat().st_size == 0):
        return connect(path, passphrase, check=False)  # a new file (or one created empty, owner-only)
    from qcoder.store.engine import read_only_place, read_only_uri

    if path.exists() and read_only_place(path):  # read without writing a journal beside the file
        return sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    return conn


def export_database(source: Any, target: Path, passphrase: str | None) -> None:
    """Write the whole database of the SQLCipher connection ``source`` to a new file ``target``,
    encrypted with ``passphrase`` or plain when it is None (``sqlcipher_export``)."""
    if target.exists():
        raise ProjectError(f"{target} already exists")
    from qcoder.store.private_files import create_private

    create_private(target)  # owner-only, before SQLCipher writes a byte
    key = passphrase or ""
    source.execute("ATTACH DATABASE ? AS qcoder_export KEY ?", (str(target), key))
    try:
        source.execute("SELECT sqlcipher_export('qcoder_export')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA qcoder_export.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE qcoder_export")


def encrypt_file(plain: Path, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the plain project ``plain`` to ``target``."""
    if not passphrase:
        raise ProjectError("an empty passphrase cannot protect anything; choose a passphrase")
    module = sqlcipher()
    conn = module.connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # plain: no key
        export_database(conn, target, passphrase)
    finally:
        conn.close()
    _set_wal(target, passphrase)


def decrypt_file(encrypted: Path, passphrase: str, target: Path) -> None:
    """Write a plain copy of the encrypted project ``encrypted`` to ``target``."""
    conn = connect(encrypted, passphrase)
    try:
        export_database(conn, target, None)
    finally:
        conn.close()
    _set_wal(target, None)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-encrypt ``path`` (project or backup) under a new passphrase, in place (``PRAGMA rekey``)."""
    if not new:
        raise ProjectError("an empty passphrase cannot protect anything; choose a passphrase")
    conn = connect(path, old)
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal":  # rekey needs a rollback journal
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = {quote(new)}")
        if str(mode).lower() == "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _set_wal(path: Path, passphrase: str | None) -> None:
    conn = connect_any(path, passphrase)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
