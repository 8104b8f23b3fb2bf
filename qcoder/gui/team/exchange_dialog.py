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

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from qcoder.app.exchange import ExchangeImport, import_exchange
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.style import html_color
from qcoder.gui.team.errors import explain_text
from qcoder.gui.team.pages import WorkingPage, done_page, esc, preview_page
from qcoder.gui.team.plan_view import plan_summary
from qcoder.gui.team.tasks import Job

WORKING, PREVIEW, DONE = range(3)
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "team.exchange_dialog", "REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)"
)


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
        return translate(
            "team.exchange_dialog", "REFI-QDA carries the documents, codes, codings, memos, coders and attributes."
        )
    return translate(
        "team.exchange_dialog", "REFI-QDA files cannot carry: {items}. Everything else is exported."
    ).format(items="; ".join(items))


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
        if self.path.suffix.lower() == ".qdc":
            title = translate("team.exchange_dialog", "Import REFI-QDA codebook — {name}")
        else:
            title = translate("team.exchange_dialog", "Import REFI-QDA project — {name}")
        self.setWindowTitle(title.format(name=self.path.name))
        self.resize(780, 560)
        self.pages = QStackedWidget(self)
        self.working = WorkingPage(self)
        self.pages.addWidget(self.working)
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _preview_page(self) -> QWidget:
        built = preview_page(
            self, "import", translate("team.exchange_dialog", "Import"), self.start_import, self.reject
        )
        self.summary, self.tree = built.summary, built.tree
        self.preview_buttons, self.import_button = built.buttons, built.accept_button
        return built.widget

    def _done_page(self) -> QWidget:
        built = done_page(self, self.accept, tree=True, space=True)
        assert built.tree is not None and built.space is not None
        self.done_label, self.done_tree, self.done_space = built.label, built.tree, built.space
        return built.widget

    # --- preview ------------------------------------------------------------------------------
    def start_preview(self) -> Job | None:
        project = self._ctx.project
        if project is None or self.job is not None:
            return None
        path = self.path

        def task(progress: Any, cancel: Any) -> ExchangeImport:
            progress(0, 0, translate("team.exchange_dialog", "Reading {name}…").format(name=path.name))
            return import_exchange(project, path, dry_run=True)

        self.job = Job(task, self)
        self.job.ended.connect(self._preview_ended)
        self.working.follow(
            self.job, translate("team.exchange_dialog", "Reading {name}…").format(name=path.name), cancellable=False
        )
        self.pages.setCurrentIndex(WORKING)
        return self.job.start()

    def _preview_ended(self, job: Job) -> None:
        self.job = None
        if job.outcome != "finished":
            self._failed(translate("team.exchange_dialog", "{name} could not be read."), job)
            self.preview_ready.emit()
            return
        self.preview = result = job.result
        report = result.report
        name = f"<b>{esc(self.path.name)}</b>"
        if report.origin:
            name = translate("team.exchange_dialog", "{name} (written by {program})").format(
                name=name, program=esc(report.origin)
            )
        lines = [f"{name}: {esc(plan_summary(result.plan))}."]
        if report.losses:
            losses = count_text(
                len(report.losses),
                translate("team.exchange_dialog", "{n} item in the file cannot be carried over; it is listed below."),
                translate(
                    "team.exchange_dialog", "{n} items in the file cannot be carried over; they are listed below."
                ),
            )
            lines.append(f"<span style='color:{html_color('warn')}'>{esc(losses)}</span>")
        self.summary.setText("<br>".join(lines))
        self.tree.show_plans([(self.path.name, result.plan, report)])
        self.import_button.setEnabled(not result.plan.empty)
        self.import_button.setText(
            translate("team.exchange_dialog", "Import")
            if not result.plan.empty
            else translate("team.exchange_dialog", "Nothing to import")
        )
        self.pages.setCurrentIndex(PREVIEW)
        self.preview_ready.emit()

    # --- import -------------------------------------------------------------------------------
    def start_import(self) -> Job | None:
        project = self._ctx.project
        if project is None or self.job is not None or self.preview is None:
            return None
        path, actor = self.path, self._ctx.coder.name if self._ctx.coder else ""

        def task(progress: Any, cancel: Any) -> ExchangeImport:
            progress(0, 0, translate("team.exchange_dialog", "Importing {name}…").format(name=path.name))
            return import_exchange(project, path, actor=actor, dry_run=False)

        self.job = Job(
            task,
            self,
            ctx=self._ctx,
            undo_text=translate("team.exchange_dialog", "Import {name}").format(name=path.name),
        )
        self.job.ended.connect(self._import_ended)
        self.working.follow(
            self.job, translate("team.exchange_dialog", "Importing {name}…").format(name=path.name), cancellable=False
        )
        self.pages.setCurrentIndex(WORKING)
        return self.job.start()

    def _import_ended(self, job: Job) -> None:
        self.job = None
        if job.outcome != "finished":
            self.imported = None
            self._failed(translate("team.exchange_dialog", "{name} could not be imported; nothing was changed."), job)
            self.import_finished.emit(None)
            return
        self.imported = job.result
        plan = self.imported.plan
        self.done_label.setText(
            translate("team.exchange_dialog", "Imported {name}: {summary}.").format(
                name=f"<b>{esc(self.path.name)}</b>", summary=esc(plan_summary(plan))
            )
            + "<br><br>"
            + esc(translate("team.exchange_dialog", "Edit → Undo takes the import back in one step."))
        )
        self.done_tree.show_plans([(self.path.name, plan, self.imported.report)])
        self.done_tree.show()
        self.done_space.hide()
        self.pages.setCurrentIndex(DONE)
        self.import_finished.emit(self.imported)

    def _failed(self, what: str, job: Job) -> None:
        text = (
            explain_text(job.error, self._ctx.project)[1]
            if job.error
            else translate("team.exchange_dialog", "Cancelled.")
        )
        what = esc(what.format(name=self.path.name))
        self.done_label.setText(f"<span style='color:{html_color('error')}'>{what}</span><br><br>{esc(text)}")
        self.done_tree.hide()
        self.done_space.show()
        self.pages.setCurrentIndex(DONE)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.finish_now()
        super().done(result)
