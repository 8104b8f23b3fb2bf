"""Run a Qt-free task in a worker thread, optionally recording its changes as ONE undo step.

Service calls that write (``apply_merge``, ``import_exchange``, ``handout``, ``reconcile``)
push commands through ``project.execute``. In a worker thread they must not touch the
window's ``QUndoStack``: the task runs inside a core :func:`~qcoder.core.commands.recording`
entered in the worker thread, so the worker's commands run at once and are recorded, while
commands pushed from the GUI thread meanwhile (the agreement window is not modal: the user may
code in the main window) go to the window's undo stack as usual. The project's history is never
swapped. When the task ends, on the GUI thread, the recorded commands are pushed on the undo
stack as one step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from qcoder.core.commands import recording
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.context import AppContext
from qcoder.gui.grouping import Grouping
from qcoder.gui.workers import Task, Worker


class Job(QObject):
    """One task in a worker; ``ended(job)`` arrives on the GUI thread once it is over (and
    its undo step, if any, is recorded)."""

    progress = Signal(int, int, str)
    ended = Signal(object)

    def __init__(
        self,
        fn: Task,
        parent: QObject | None = None,
        *,
        ctx: AppContext | None = None,
        undo_text: str | None = None,
        rename: bool = True,
    ) -> None:
        """``undo_text`` names the undo step; with ``rename=False`` a task that ran a single
        command keeps that command's own text."""
        super().__init__(parent)
        self._ctx = ctx
        self._undo_text = undo_text
        self._rename = rename
        self._grouping: Grouping | None = None
        self._fn = fn
        self.worker = Worker(self._run, self)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(self._on_done)
        self.commands = 0
        self._over = False

    def start(self) -> Job:
        if self._ctx is not None and self._undo_text is not None:
            self._grouping = Grouping(self._ctx, self._undo_text, background=True)
        self.worker.start()
        return self

    def _run(self, progress: ProgressCallback, cancel: CancelToken) -> Any:
        """In the worker thread: the task, its commands recorded into this job's grouping."""
        grouping = self._grouping
        if grouping is None:
            return self._fn(progress, cancel)
        with recording(into=grouping.recording):
            return self._fn(progress, cancel)

    @property
    def outcome(self) -> str:
        """ "finished", "failed" or "cancelled" once over ("" while running)."""
        return self.worker.outcome

    @property
    def result(self) -> Any:
        return self.worker.result

    @property
    def error(self) -> BaseException | None:
        return self.worker.error

    def running(self) -> bool:
        return not self._over

    def cancel(self) -> None:
        self.worker.cancel()

    def finish_now(self) -> None:
        """Wait for the worker and record its undo step now (a dialog closing mid-task)."""
        self.worker.wait()
        self._on_done()

    @Slot()
    def _on_done(self) -> None:
        if self._over:
            return
        self._over = True
        self.worker.wait()
        grouping, self._grouping = self._grouping, None
        if grouping is not None:
            self.commands = grouping.finish(self._undo_text if self._rename else None)
        self.ended.emit(self)
