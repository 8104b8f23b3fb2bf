"""Progress reporting and cooperative cancellation for long operations (Qt-free)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from qcoder.core.errors import Cancelled

# progress(done, total, message)
ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    return None


class CancelToken:
    """Set from any thread (e.g. a Cancel button); checked by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")
