"""XLSX/DOCX export of an analysis view (framework matrix, group synthesis): two buttons ask
for a file, the writing runs in a worker of the window, a status label says where it is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.analysis.layout import ask_save
from qcoder.gui.context import AppContext
from qcoder.gui.workers import Worker

if TYPE_CHECKING:
    from qcoder.gui.analysis.refreshing import RefreshingDialog

Writer = Callable[[Path], Path]  # runs in the worker: writes the file (by its suffix), returns it


class FileExport:
    """``prepare()`` runs on the GUI thread when an export starts: it takes what is shown (the
    chosen cases or groups) and returns the :data:`Writer`, or None when there is no project;
    ``on_done`` gets the written path, ``on_failed`` the message."""

    def __init__(
        self,
        owner: QWidget,
        ctx: AppContext,
        runner: RefreshingDialog,
        status: QLabel,
        file_stem: str,
        prepare: Callable[[], Writer | None],
        on_done: Callable[[str], None],
        on_failed: Callable[[str], None],
    ) -> None:
        self._owner, self._ctx, self._runner, self._status = owner, ctx, runner, status
        self._stem = file_stem
        self._prepare, self._on_done, self._on_failed = prepare, on_done, on_failed
        self.xlsx_button = QPushButton("Export XLSX…", owner)
        self.docx_button = QPushButton("Export DOCX…", owner)
        self.xlsx_button.clicked.connect(lambda: self.ask("xlsx"))
        self.docx_button.clicked.connect(lambda: self.ask("docx"))

    def start(self, path: str | Path) -> Worker | None:
        write = self._prepare()
        if write is None:
            return None
        target = Path(path)

        def task(progress: ProgressCallback, cancel: CancelToken) -> str:
            return str(write(target))

        def done(written: str) -> None:
            self._status.setText(f"Saved {Path(written).name}")
            self._on_done(written)

        self._status.setText(f"Writing {target.name}…")
        return self._runner.start_worker(task, done, self._on_failed)

    def ask(self, kind: str) -> None:
        title = f"Export the {self._stem.replace('-', ' ')}"
        path = ask_save(self._owner, self._ctx, title, f"{self._stem}.{kind}", kind)
        if path is not None:
            self.start(path)
