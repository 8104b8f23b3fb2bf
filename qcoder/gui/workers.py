"""Long operations off the GUI thread, with progress and Cancel.

A :class:`Worker` runs a Qt-free callable ``fn(progress, cancel) -> result`` in a
``QThread``; ``progress`` is a ``qcoder.core.progress.ProgressCallback`` and ``cancel`` a
``CancelToken`` the callable checks between steps (``cancel.check()`` raises ``Cancelled``).
Outcomes arrive as signals on the GUI thread: ``finished(result)``, ``failed(message)`` or
``cancelled()``. The callable never touches widgets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from qcoder.core.errors import Cancelled
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.core_texts import core_text
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate

Task = Callable[[ProgressCallback, CancelToken], Any]
GIL_SWITCH_S = 0.001


def share_interpreter_with_workers() -> None:
    """Let the GUI thread reach Python sooner while a worker computes (call once at start-up).

    A worker's Python code and the GUI thread take turns holding the interpreter lock. Each call
    from Qt into Python on the GUI thread (a model's ``data()``, a slot, a paint) waits up to the
    switch interval for the worker to hand over; a repaint makes hundreds of such calls, so at
    Python's default of 5 ms the window froze for most of a one-second worker (the drill-down of
    a 70,000-excerpt cell). At 1 ms it waits a fifth as long; the workers lose little."""
    sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))


class _Thread(QThread):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker._execute()


class Worker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()  # after any of finished / failed / cancelled

    def __init__(self, fn: Task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.token = CancelToken()
        self.result: Any = None
        self.error: BaseException | None = None
        self.outcome: str = ""  # "finished" | "failed" | "cancelled" once done
        self._thread = _Thread(self)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.token.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = -1) -> bool:
        return self._thread.wait() if msecs < 0 else self._thread.wait(msecs)

    def _report(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    def _execute(self) -> None:  # runs in the worker thread
        try:
            result = self._fn(self._report, self.token)
        except Cancelled:
            self.outcome = "cancelled"
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the user through failed()
            self.error = exc
            self.outcome = "failed"
            self.failed.emit(user_message(exc))
        else:
            self.result = result
            self.outcome = "finished"
            self.finished.emit(result)
        self.done.emit()


class ProgressDialog(QProgressDialog):
    """A modal progress dialog for a worker; its Cancel button cancels the worker cooperatively."""

    def __init__(self, worker: Worker, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, translate("workers", "Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self._worker = worker
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        self.canceled.connect(self._on_cancel)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.setMaximum(max(total, 0))
        self.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.setLabelText(core_text(message))

    def _on_cancel(self) -> None:
        self.setLabelText(translate("workers", "Cancelling…"))
        self.setCancelButton(None)
        self._worker.cancel()

    def _on_done(self) -> None:
        self._worker.wait()
        self.done(0)


def run_with_progress(parent: QWidget | None, title: str, fn: Task) -> Worker:
    """Run ``fn`` in a worker behind a modal progress dialog; returns the finished worker
    (check ``worker.outcome``, ``worker.result``, ``worker.error``)."""
    worker = Worker(fn)
    dialog = ProgressDialog(worker, title, parent)
    worker.start()
    dialog.exec()  # the worker's done signal is queued to this loop, so it cannot be missed
    worker.wait()
    dialog.deleteLater()
    return worker
