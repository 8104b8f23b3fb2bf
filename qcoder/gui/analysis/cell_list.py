"""The excerpts behind a matrix cell, listed in a worker when the cell is large.

A cell of a 10,000-document project can hold 70,000 excerpts; listing them (the codings
behind each, speaker, group, text) takes about a second. A cell of more than ``IN_WORKER``
excerpts is listed in a :class:`~qcoder.gui.workers.Worker` and its :class:`Listing` arrives
through ``CellLister.listed``; a smaller one is listed at once (the list is there when the
click returns, ~10 µs an excerpt). One worker runs at a time: a request made meanwhile waits
for it, and only the newest request's listing is delivered.

When the same excerpts are listed again (the counts were computed anew after a change), the
listing names only the items that differ from those shown, so the list keeps its rows,
selection and scroll position and only changed rows are signalled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal

from qcoder.analysis.matrix import AnalysisData, Column, ExcerptItem, Matrix, cell_excerpts
from qcoder.gui.background import keep_until_done
from qcoder.gui.workers import Worker

IN_WORKER = 5_000  # excerpts: a larger cell is listed in a worker (~50 ms at this size)


@dataclass(frozen=True)
class Listing:
    """The excerpts of one cell; ``changed``: when the shown list holds the same excerpts, the
    items that differ from it (else None: show ``items`` anew). ``tag`` is the caller's, as given."""

    matrix: Matrix
    code_id: str
    column: Column
    items: list[ExcerptItem]
    changed: list[ExcerptItem] | None
    tag: object = None


def list_cell(
    data: AnalysisData,
    matrix: Matrix,
    code_id: str,
    column: Column,
    shown: Sequence[ExcerptItem] = (),
    tag: object = None,
) -> Listing:
    """The cell's excerpts (:func:`cell_excerpts`) compared with the ``shown`` ones (none
    shown: a new list)."""
    items = cell_excerpts(data, matrix, code_id, column)
    before = {i.id: i for i in shown}
    changed = None
    if before and len(before) == len(items) and all(i.id in before for i in items):
        changed = [i for i in items if before[i.id] != i]
    return Listing(matrix, code_id, column, items, changed, tag)


class CellLister(QObject):
    """Lists cells for a view: at once when small, in a worker when large (see module doc)."""

    listed = Signal(object)  # Listing of the newest request
    failed = Signal(str)  # a user-facing message: the newest request could not be listed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = 0  # of the newest request; older listings are dropped
        self._running: Worker | None = None
        self._waiting: tuple[int, Callable[[], Listing]] | None = None

    def request(
        self,
        data: AnalysisData,
        matrix: Matrix,
        code_id: str,
        column: Column,
        *,
        size: int,
        shown: Sequence[ExcerptItem] = (),
        tag: object = None,
    ) -> bool:
        """List a cell of about ``size`` excerpts. Returns True when it is listed in a worker
        (``listed`` follows), False when ``listed`` was already emitted."""
        self._serial += 1
        job = partial(list_cell, data, matrix, code_id, column, list(shown), tag)
        if size <= IN_WORKER:
            self._waiting = None
            self.listed.emit(job())
            return False
        if self._running is not None:
            self._waiting = (self._serial, job)  # after the running one (whose listing is dropped)
        else:
            self._start(self._serial, job)
        return True

    def is_listing(self) -> bool:
        return self._running is not None

    def forget(self) -> None:
        """Drop every listing requested so far (another project, no matrix)."""
        self._serial += 1
        self._waiting = None

    def _start(self, serial: int, job: Callable[[], Listing]) -> None:
        worker = keep_until_done(Worker(lambda progress, cancel: job()))  # may outlive the view
        worker.setProperty("serial", serial)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.done.connect(self._on_done)
        self._running = worker
        worker.start()

    def _on_finished(self, listing: Listing) -> None:
        worker = self.sender()
        if isinstance(worker, Worker) and worker.property("serial") == self._serial:
            self.listed.emit(listing)

    def _on_failed(self, message: str) -> None:
        worker = self.sender()
        if isinstance(worker, Worker) and worker.property("serial") == self._serial:
            self.failed.emit(message)

    def _on_done(self) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            worker.wait()
        if worker is not self._running:
            return
        self._running = None
        if self._waiting is not None:
            serial, job = self._waiting
            self._waiting = None
            self._start(serial, job)

    def wait(self) -> None:
        """Wait for the running listing (before the project closes; tests)."""
        if self._running is not None:
            self._running.wait()
