"""An inline progress bar and Cancel button that run one :class:`~qcoder.gui.workers.Worker` at a time.

Shared by the NLP dialogs (auto-code, de-identify, suggestions): the owner builds a
``WorkerProgress``, puts its ``row`` in a layout and calls :meth:`start` with a task and the
slot for its result. Failures and cancellation are reported through ``say`` (the owner's summary label); the
trigger button is disabled while the worker runs and ``on_done`` runs after it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from qcoder.gui.core_texts import core_text
from qcoder.gui.i18n import translate
from qcoder.gui.workers import Task, Worker


class WorkerProgress:
    def __init__(
        self,
        parent: QWidget,
        trigger: QPushButton,
        say: Callable[[str], None],
        on_done: Callable[[], None] | None = None,
        message_text: Callable[[str], str] | None = None,
    ) -> None:
        self._parent = parent
        self._trigger = trigger
        self._say = say
        self._on_done_hook = on_done
        self._message_text = message_text
        self.worker: Worker | None = None
        self.progress = QProgressBar(parent)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(translate("worker_progress", "Cancel"), parent)
        self.cancel_button.setVisible(False)
        self.row = QHBoxLayout()
        self.row.addWidget(self.progress, 1)
        self.row.addWidget(self.cancel_button)

    def start(self, task: Task, on_finished: Callable[[Any], None]) -> Worker:
        worker = Worker(task, self._parent)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(on_finished)
        worker.failed.connect(lambda message: self._say(message))
        worker.cancelled.connect(lambda: self._say(translate("worker_progress", "Cancelled.")))
        worker.done.connect(self._on_done)
        self.worker = worker
        self._set_running(True)
        worker.start()
        return worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def stop(self) -> None:
        """Cancel and wait for the running worker (when the owner closes)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def _set_running(self, running: bool) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self._trigger.setEnabled(not running)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        if message and self._message_text is not None:
            self._say(self._message_text(core_text(message)))

    def _on_done(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        self._set_running(False)
        if self._on_done_hook is not None:
            self._on_done_hook()
