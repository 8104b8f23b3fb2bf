"""Engines for project locations: a ``*.qcoder`` SQLite file or a database URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool

from qcoder.core.errors import ProjectError

BUSY_TIMEOUT_MS = 10_000


def is_url(location: str | Path) -> bool:
    return isinstance(location, str) and "://" in location


def to_url(location: str | Path) -> str:
    if is_url(location):
        return str(location)
    # URL.create quotes what a URL would misread in a file name ('?', '#', '%', '@')
    return URL.create("sqlite", database=str(Path(location).expanduser().resolve())).render_as_string()


def dialect_of(location: str | Path) -> str:
    return make_url(to_url(location)).get_backend_name()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # the sqlite3 module would otherwise open transactions itself; SQLAlchemy emits BEGIN
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    # sort and temporary tables stay in memory: nothing from the project in a temporary file
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA foreign_keys = ON")
    # FULL: an acknowledged coding survives a power cut, not only a process kill
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # a writing transaction takes the write lock at BEGIN (IMMEDIATE), so two writers queue on
    # the busy timeout instead of failing half-way; readers use a deferred BEGIN
    if conn.get_execution_options().get("qcoder_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA query_only = ON")
    cur.close()


SERVER_DRIVERS = ("postgresql+psycopg",)
"""The database URLs qcoder connects to besides SQLite files (the one driver it ships)."""


def check_url(location: str | Path) -> None:
    """Raise :class:`ProjectError` for a database URL qcoder cannot use (another database or
    driver, or not a URL at all), naming the form it needs."""
    if not is_url(location):
        return
    try:
        url = make_url(str(location))
    except ArgumentError:
        raise ProjectError("not a database URL; a server project is postgresql+psycopg://user@host/db") from None
    driver = url.drivername
    if driver.startswith("sqlite") or driver in SERVER_DRIVERS:
        return
    raise ProjectError(
        f"qcoder cannot use {driver}:// URLs; a server project is postgresql+psycopg://user@host/db "
        "(qcoder connects to PostgreSQL with psycopg)"
    )


def read_only_place(path: Path) -> bool:
    """Whether SQLite cannot write beside ``path``: the file or its folder is not writable (a
    read-only file, folder, share or medium). SQLite writes its journal there even to read."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads a plain file without writing anything beside it (no journal, no
    shared-memory file): for a file in a read-only place, which no one can be writing."""
    return f"file:{quote(str(path.expanduser().resolve()))}?mode=ro&immutable=1"


def read_only_url(path: Path) -> str:
    """:func:`read_only_uri` as an SQLAlchemy URL."""
    database = f"file:{quote(str(path.expanduser().resolve()))}"
    query = {"mode": "ro", "immutable": "1", "uri": "true"}
    return URL.create("sqlite", database=database, query=query).render_as_string()


def make_engine(
    location: str | Path, passphrase: str | None = None, read_only: bool = False, immutable: bool = False
) -> Engine:
    """An engine for ``location``; a ``passphrase`` makes it an encrypted (SQLCipher) SQLite file,
    ``read_only`` makes SQLite refuse every write on its connections (``PRAGMA query_only``);
    ``immutable``: a file in a read-only place, read without writing beside it."""
    check_url(location)
    url = read_only_url(Path(location)) if immutable and passphrase is None else to_url(location)
    if url.startswith("sqlite"):
        if passphrase is not None:
            from qcoder.store.crypto import quiet_cipher_log, sqlcipher

            sqlcipher()  # raises EncryptionUnavailable with the reason
            path = str(Path(location).expanduser().resolve())
            # SQLAlchemy's pysqlcipher dialect keys each connection from the URL object's password
            # (the URL is never rendered: its repr hides the password); keep connections pooled,
            # as deriving the key costs a few hundred milliseconds per connection
            if immutable:
                uri = read_only_uri(Path(path))
                url_obj = URL.create("sqlite+pysqlcipher", password=passphrase, database=uri, query={"uri": "true"})
            else:
                url_obj = URL.create("sqlite+pysqlcipher", password=passphrase, database=path)
            engine = create_engine(url_obj, poolclass=QueuePool)
            event.listen(engine, "connect", quiet_cipher_log, insert=True)
        else:
            engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        if read_only:
            event.listen(engine, "connect", _query_only)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2)
