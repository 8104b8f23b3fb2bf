"""Database errors described without their data.

SQLAlchemy's ``str(exc)`` carries the SQL statement and its parameters (transcript text, names,
memos), and PostgreSQL's message detail quotes the row's values ("Key (name)=(Maya) already
exists"). :func:`describe_database_error` says what happened from the error's class and its
SQLite message or PostgreSQL SQLSTATE only; it never returns the statement, the parameters or
the detail.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

# (substring of SQLite's message, what to tell the user); SQLite's messages name no values.
_SQLITE = (
    (
        "database or disk is full",
        "the disk is full (or the project reached its size limit); free some space and try again",
    ),
    ("disk i/o error", "the disk could not be read or written (disk I/O error); check the drive and try again"),
    (
        "attempt to write a readonly database",
        "the project is read-only here (file or folder permissions); nothing was changed",
    ),
    ("readonly database", "the project is read-only here (file or folder permissions); nothing was changed"),
    (
        "unable to open database file",
        "the project file or its folder cannot be opened (permissions, or a missing folder)",
    ),
    ("database is locked", "another program is writing to the project; try again in a moment"),
    (
        "file is not a database",
        "the project file is not a readable database (damaged, or encrypted with another passphrase)",
    ),
    ("database disk image is malformed", "the project file is damaged; run 'qcoder check' and restore a backup"),
    (
        "unique constraint failed",
        "someone else made the same change at the same time (a name already taken); try again",
    ),
    ("check constraint failed", "the change breaks one of the project's rules (e.g. offsets); nothing was changed"),
    ("foreign key constraint failed", "the change refers to an item that no longer exists; reload and try again"),
    ("not null constraint failed", "the change leaves a required value empty; nothing was changed"),
    ("interrupted", "the operation was interrupted; nothing was changed"),
)

# PostgreSQL SQLSTATE classes and codes.
_PG = {
    "42501": "the server refused this change: your database login lacks the permission (ask the project's lead)",
    "23505": "someone else made the same change at the same time (a name already taken); try again",
    "23514": "the change breaks one of the project's rules; nothing was changed",
    "23503": "the change refers to an item that no longer exists; reload and try again",
    "23502": "the change leaves a required value empty; nothing was changed",
    "53100": "the server's disk is full; ask its administrator",
    "40001": "another user changed the same data at the same time; try again",
    "40P01": "another user changed the same data at the same time; try again",
    "57014": "the server cancelled the operation (time limit); nothing was changed",
    "28P01": "the server refused the login (wrong user or password)",
    "28000": "the server refused the login",
}
_PG_CLASSES = {
    "08": "the connection to the server failed; check the network and try again",
    "53": "the server is out of resources (disk, memory or connections); try again later",
    "42": "the server refused the statement (permissions, or a database of another qcoder version)",
    "23": "the change breaks one of the project's rules; nothing was changed",
    "40": "another user changed the same data at the same time; try again",
}


DRIVERS = ("sqlite3", "_sqlite3", "sqlcipher3", "psycopg")
"""The DB-API modules whose own errors (raised outside SQLAlchemy, e.g. by the backup API) are
database errors too."""


def describe_database_error(exc: BaseException) -> str | None:
    """A sentence for a database error, without SQL, parameters or values; None if ``exc`` is
    not a database error."""
    orig: BaseException | None
    if isinstance(exc, SQLAlchemyError):
        orig = exc.orig if isinstance(exc, DBAPIError) else None
    elif type(exc).__module__.split(".")[0] in DRIVERS:
        orig = exc
    else:
        return None
    kind = type(exc).__name__
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(code, str) and code:
        said = _PG.get(code) or _PG_CLASSES.get(code[:2])
        if said:
            return said
        return f"the database refused the operation ({kind}, SQLSTATE {code})"
    text = str(orig).lower() if orig is not None else ""
    for needle, said in _SQLITE:
        if needle in text:
            return said
    return f"the database refused the operation ({kind})"
