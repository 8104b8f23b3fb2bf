"""User-facing wording for the core's typed errors, and the window's last-resort handler."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import TracebackType

from qcoder.app.errors import DEBUG_HINT, error_message, is_internal
from qcoder.core import errors as e

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def safe_excepthook(previous: ExceptHook = sys.__excepthook__) -> ExceptHook:
    """A ``sys.excepthook`` for the window: an exception nobody caught (in a Qt slot, say) is
    reported by its class on stderr, never with its message or traceback, which may quote
    transcript text or SQL parameters; ``QCODER_DEBUG=1`` hands it to ``previous`` instead."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if os.environ.get("QCODER_DEBUG"):
            previous(kind, exc, tb)
            return
        print(f"qcoder: unexpected error in the window ({kind.__name__}); {DEBUG_HINT}", file=sys.stderr)

    return hook


def user_message(exc: BaseException) -> str:
    """A sentence a user can act on, for an error raised by the service API."""
    if isinstance(exc, e.DuplicateName):
        return f"There is already a {exc.kind} called “{exc.name}”. Choose another name."
    if isinstance(exc, e.InvalidOffsets):
        return "Select some text first: a coding needs at least one character."
    if isinstance(exc, e.CodebookCycle):
        return "A code cannot be moved or merged into one of its own subcodes."
    if isinstance(exc, e.ConcurrentEdit):
        return "Someone else changed this item in the meantime. It has been reloaded; please try again."
    if isinstance(exc, e.NotFound):
        return f"The {exc.kind} no longer exists (it may have been deleted or undone)."
    if isinstance(exc, e.SchemaTooNew):
        return "This project was saved by a newer version of qcoder. Please upgrade qcoder to open it."
    if is_internal(exc):  # a bug: its text may quote transcript text or SQL parameters
        return (
            f"Unexpected error ({type(exc).__name__}): this is a bug in qcoder. Its details are not shown "
            "because they may contain your data; nothing was written to a log."
        )
    text = error_message(exc)  # never SQL or its parameters
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
