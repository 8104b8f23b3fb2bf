"""A non-modal analysis window computed in workers (Saturation, Framework matrix): it computes
when shown, again (debounced) when a change of the kinds it lists arrives while it is open, and
one computation runs at a time (a request meanwhile runs once the current one is in)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from qcoder.core.changes import ChangeSet, Kind
from qcoder.gui.context import AppContext
from qcoder.gui.workers import ProgressDialog, Task, Worker

DEBOUNCE_MS = 400


def release_worker(workers: list[Worker], worker: QObject | None) -> None:
    """A finished worker leaves ``workers`` (joined, then deleted by Qt)."""
    if isinstance(worker, Worker) and worker in workers:
        worker.wait()
        workers.remove(worker)
        worker.deleteLater()


class RefreshingDialog(QDialog):
    """Subclasses set :attr:`RELEVANT` and implement :meth:`refresh` with :meth:`start_current`."""

    RELEVANT: tuple[Kind, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._current: Worker | None = None
        self._workers: list[Worker] = []
        self._pending = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        ctx.changed.connect(self._on_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def busy(self) -> bool:
        """True (and the request remembered) while a computation runs."""
        if self._current is not None:
            self._pending = True
            return True
        self._pending = False
        return False

    def start_worker(
        self,
        task: Task,
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        progress: str | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Worker:
        """``progress``: the title of a window-modal progress dialog with Cancel (an export)."""
        worker = Worker(task, self)
        worker.finished.connect(on_done)
        worker.failed.connect(on_failed)
        if on_cancelled is not None:
            worker.cancelled.connect(on_cancelled)
        if progress is not None:  # connected before the worker starts: its end cannot be missed
            dialog = ProgressDialog(worker, progress, self)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            worker.done.connect(dialog.deleteLater)
        worker.done.connect(self._on_worker_done)
        self._workers.append(worker)
        worker.start()
        return worker

    def start_current(self, task: Task, on_done: Callable[[Any], None], on_failed: Callable[[str], None]) -> None:
        self._current = self.start_worker(task, on_done, on_failed)

    def take_current(self) -> bool:
        """In a worker's result slot: whether the result is the current one to show (False when
        it is stale, or when a newer request is pending, which then starts)."""
        if self.sender() is not self._current:
            return False
        self._current = None
        if self._pending:
            self.refresh()
            return False
        return True

    def _on_worker_done(self) -> None:
        release_worker(self._workers, self.sender())

    def _on_changed(self, change: ChangeSet) -> None:
        if self.isVisible() and any(change.touches(k) for k in self.RELEVANT):
            self._debounce.start()

    def is_computing(self) -> bool:
        return self._current is not None or self._debounce.isActive()

    def wait(self) -> None:
        for worker in list(self._workers):
            worker.wait()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.refresh)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.wait()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._debounce.stop()
        self.wait()
        super().done(result)
