"""REFI-QDA exchange in the window: import a ``.qdpx`` project or ``.qdc`` codebook after a
preview (the merge plan and the import report: what the file cannot carry over, how its
text positions were read), and export the project or its codebook.

Reading and planning (``import_exchange(..., dry_run=True)``) run in a worker and write
nothing; after the user confirms, ``import_exchange(..., dry_run=False)`` runs in a worker
and its changes become one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from qcoder.app.exchange import ExchangeImport, export_exchange, import_exchange
from qcoder.gui.context import AppContext
from qcoder.gui.team.errors import explain_text
from qcoder.gui.team.pages import ERROR_COLOR, MUTED_STYLE, WorkingPage, esc
from qcoder.gui.team.pages import page as make_page
from qcoder.gui.team.plan_view import PlanTree, plan_summary
from qcoder.gui.team.tasks import Job

WORKING, PREVIEW, DONE = range(3)
IMPORT_FILTER = "REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)"


def not_exported() -> tuple[str, ...]:
    """What a REFI-QDA file cannot carry (from the exporter, when it says)."""
    try:
        from qcoder.exchange.refiqda.export import NOT_EXPORTED
    except ImportError:  # pragma: no cover - older exporter
        return ()
    return tuple(NOT_EXPORTED)


def export_note() -> str:
    items = not_exported()
    if not items:
        return "REFI-QDA carries the documents, codes, codings, memos, coders and attributes."
    return "REFI-QDA files cannot carry: " + "; ".join(items) + ". Everything else is exported."


class ExchangeImportDialog(QDialog):
    preview_ready = Signal()
    import_finished = Signal(object)  # the ExchangeImport applied, or None

    def __init__(self, ctx: AppContext, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.path = Path(path)
        self.job: Job | None = None
        self.preview: ExchangeImport | None = None
        self.imported: ExchangeImport | None = None  # (not `result`: QDialog.result() is Qt's)
        kind = "codebook" if self.path.suffix.lower() == ".qdc" else "project"
        self.setWindowTitle(f"Import REFI-QDA {kind} — {self.path.name}")
        self.resize(780, 560)
        self.pages = QStackedWidget(self)
        self.working = WorkingPage(self)
        self.pages.addWidget(self.working)
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _preview_page(self) -> QWidget:
        page, layout = make_page(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = PlanTree(page)
        note = QLabel("Nothing has been written yet. The import is one step: Edit → Undo takes it back.", page)
        note.setStyleSheet(MUTED_STYLE)
        self.preview_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.import_button = self.preview_buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.preview_buttons.accepted.connect(self.start_import)
        self.preview_buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(self.preview_buttons)
        return page

    def _done_page(self) -> QWidget:
        page, layout = make_page(self)
        self.done_label = QLabel(page)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_tree = PlanTree(page)
        self.done_space = QWidget(page)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, page)
        close.rejected.connect(self.accept)
        layout.addWidget(self.done_label)
        layout.addWidget(self.done_tree, 1)
        layout.addWidget(self.done_space, 1)
        layout.addWidget(close)
        return page

    # --- preview ------------------------------------------------------------------------------
    def start_preview(self) -> Job | None:
        project = self._ctx.project
        if project is None or self.job is not None:
            return None
        path = self.path

        def task(progress: Any, cancel: Any) -> ExchangeImport:
            progress(0, 0, f"Reading {path.name}…")
            return import_exchange(project, path, dry_run=True)

        self.job = Job(task, self)
        self.job.ended.connect(self._preview_ended)
        self.working.follow(self.job, f"Reading {path.name}…", cancellable=False)
        self.pages.setCurrentIndex(WORKING)
        return self.job.start()

    def _preview_ended(self, job: Job) -> None:
        self.job = None
        if job.outcome != "finished":
            self._failed("could not be read", job)
            self.preview_ready.emit()
            return
        self.preview = result = job.result
        report = result.report
        origin = f" (written by {esc(report.origin)})" if report.origin else ""
        lines = [f"<b>{esc(self.path.name)}</b>{origin}: {esc(plan_summary(result.plan))}."]
        if report.losses:
            lines.append(
                f"<span style='color:#8A4B00'>{len(report.losses):,} item(s) in the file cannot be "
                "carried over; they are listed below.</span>"
            )
        self.summary.setText("<br>".join(lines))
        self.tree.show_plans([(self.path.name, result.plan, report)])
        self.import_button.setEnabled(not result.plan.empty)
        self.import_button.setText("Import" if not result.plan.empty else "Nothing to import")
        self.pages.setCurrentIndex(PREVIEW)
        self.preview_ready.emit()

    # --- import -------------------------------------------------------------------------------
    def start_import(self) -> Job | None:
        project = self._ctx.project
        if project is None or self.job is not None or self.preview is None:
            return None
        path, actor = self.path, self._ctx.coder.name if self._ctx.coder else ""

        def task(progress: Any, cancel: Any) -> ExchangeImport:
            progress(0, 0, f"Importing {path.name}…")
            return import_exchange(project, path, actor=actor, dry_run=False)

        self.job = Job(task, self, ctx=self._ctx, undo_text=f"Import {path.name}")
        self.job.ended.connect(self._import_ended)
        self.working.follow(self.job, f"Importing {path.name}…", cancellable=False)
        self.pages.setCurrentIndex(WORKING)
        return self.job.start()

    def _import_ended(self, job: Job) -> None:
        self.job = None
        if job.outcome != "finished":
            self.imported = None
            self._failed("could not be imported; nothing was changed", job)
            self.import_finished.emit(None)
            return
        self.imported = job.result
        plan = self.imported.plan
        self.done_label.setText(
            f"Imported <b>{esc(self.path.name)}</b>: {esc(plan_summary(plan))}."
            "<br><br>Edit → Undo takes the import back in one step."
        )
        self.done_tree.show_plans([(self.path.name, plan, self.imported.report)])
        self.done_tree.show()
        self.done_space.hide()
        self.pages.setCurrentIndex(DONE)
        self.import_finished.emit(self.imported)

    def _failed(self, what: str, job: Job) -> None:
        text = explain_text(job.error, self._ctx.project)[1] if job.error else "Cancelled."
        self.done_label.setText(
            f"<span style='color:{ERROR_COLOR}'>{esc(self.path.name)} {what}.</span><br><br>{esc(text)}"
        )
        self.done_tree.hide()
        self.done_space.show()
        self.pages.setCurrentIndex(DONE)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.finish_now()
        super().done(result)


def export_task(ctx: AppContext, path: Path) -> Any:
    """The worker task writing ``path`` (.qdpx or .qdc) from the open project."""
    project = ctx.require_project()

    def task(progress: Any, cancel: Any) -> Path:
        progress(0, 0, f"Writing {path.name}…")
        export_exchange(project, path)
        return path

    return task
