"""User-facing wording for the core's typed errors, and the window's last-resort handler."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable
from types import TracebackType

from qcoder.app.errors import DEBUG_HINT, error_message, is_internal
from qcoder.core import errors as e
from qcoder.gui.core_texts import core_text
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

KINDS = {  # the ``kind`` of the core's NotFound / DuplicateName, as shown
    "code": QT_TRANSLATE_NOOP("errors", "code"),
    "document": QT_TRANSLATE_NOOP("errors", "document"),
    "attribute": QT_TRANSLATE_NOOP("errors", "attribute"),
    "coder": QT_TRANSLATE_NOOP("errors", "coder"),
    "participant": QT_TRANSLATE_NOOP("errors", "participant"),
    "speaker": QT_TRANSLATE_NOOP("errors", "speaker"),
    "saved query": QT_TRANSLATE_NOOP("errors", "saved query"),
    "coding": QT_TRANSLATE_NOOP("errors", "coding"),
    "case": QT_TRANSLATE_NOOP("errors", "case"),
    "memo": QT_TRANSLATE_NOOP("errors", "memo"),
}

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
        text = translate("errors", "There is already a {kind} called “{name}”. Choose another name.")
        return text.format(kind=_kind(exc.kind), name=exc.name)
    if isinstance(exc, e.InvalidOffsets):
        return translate("errors", "Select some text first: a coding needs at least one character.")
    if isinstance(exc, e.CodebookCycle):
        return translate("errors", "A code cannot be moved or merged into one of its own subcodes.")
    if isinstance(exc, e.ConcurrentEdit):
        return translate(
            "errors", "Someone else changed this item in the meantime. It has been reloaded; please try again."
        )
    if isinstance(exc, e.NotFound) and not _is_id(exc.key):  # a name looked up: "code not found: Trust"
        text = core_text(str(exc))
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    if isinstance(exc, e.NotFound):  # an item shown in a list, gone since (deleted, undone)
        text = translate("errors", "The {kind} no longer exists (it may have been deleted or undone).")
        return text.format(kind=_kind(exc.kind))
    if isinstance(exc, e.SchemaTooNew):
        return translate(
            "errors", "This project was saved by a newer version of qcoder. Please upgrade qcoder to open it."
        )
    if is_internal(exc):  # a bug: its text may quote transcript text or SQL parameters
        return translate(
            "errors",
            "Unexpected error ({kind}): this is a bug in qcoder. Its details are not shown "
            "because they may contain your data; nothing was written to a log.",
        ).format(kind=type(exc).__name__)
    text = core_text(error_message(exc))  # never SQL or its parameters; the app layer words it in English
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _is_id(key: object) -> bool:
    """Whether ``key`` is an item's id (a UUID, qcoder.core.model.new_id) rather than a name."""
    try:
        uuid.UUID(str(key))
    except ValueError:
        return False
    return True


def _kind(kind: str) -> str:
    return translate("errors", KINDS[kind]) if kind in KINDS else kind
