"""One line for any error, without user data: what the command line prints and the window shows.

An error qcoder raises on purpose (:class:`~qcoder.core.errors.QcoderError`) says what went wrong
in its own words. A database error is described from its kind only
(:func:`qcoder.store.db_errors.describe_database_error`): SQLAlchemy's text carries the SQL
statement and its parameters, i.e. transcript text, names and memos. Any other exception is a
bug: only its class is named, never its text, which may quote the data it failed on; the
details are shown with ``QCODER_DEBUG=1`` (command line), never written to a log.
"""

from __future__ import annotations

import errno

from qcoder.core.errors import QcoderError
from qcoder.store.db_errors import describe_database_error

DEBUG_HINT = "set QCODER_DEBUG=1 to see the details, which may include your data"

_ERRNO = {
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "this is a folder, not a file",
    errno.ENOTDIR: "not a folder",
}


def one_line(text: str) -> str:
    """``text`` on one line (line breaks become spaces)."""
    return " ".join(text.split())


def os_error_message(exc: OSError) -> str:
    """An operating-system error: what failed, and on which file (the user's own path)."""
    said = _ERRNO.get(exc.errno or -1) or exc.strerror or type(exc).__name__
    where = exc.filename if exc.filename is not None else None
    return one_line(f"{said}: {where}" if where else said)


def internal_message(exc: BaseException) -> str:
    """A bug: the class only (its text may quote data)."""
    return f"internal error: {type(exc).__name__} ({DEBUG_HINT})"


def is_internal(exc: BaseException) -> bool:
    """Whether ``exc`` is a bug rather than an error a user can act on."""
    return not isinstance(exc, (QcoderError, OSError)) and describe_database_error(exc) is None


def error_message(exc: BaseException) -> str:
    """One line for ``exc`` a user can read; never the SQL, its parameters or a bug's text."""
    if isinstance(exc, QcoderError):
        return one_line(str(exc))
    said = describe_database_error(exc)
    if said is not None:
        return said
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    return internal_message(exc)
