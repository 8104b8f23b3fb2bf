"""Merge coder projects: choose ``.qcoder`` / ``.qcodings`` / ``.qdpx`` files, read a preview
of what will be added, matched and in conflict, then merge (one undo step).

Reading and planning run in a worker (``read_source`` + ``plan_merge``: nothing is written);
the merge runs in a worker too, each file planned again against the project as it is after
the previous ones (so a code new in two files is added once), its commands collected into
one step on the window's undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.merge import MergePlan, apply_merge, plan_merge, read_source
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.style import html_color, set_tone
from qcoder.gui.team.errors import explain_text
from qcoder.gui.team.pages import WorkingPage, done_page, esc, preview_page
from qcoder.gui.team.pages import page as make_page
from qcoder.gui.team.plan_view import plan_summary
from qcoder.gui.team.tasks import Job

SUFFIXES = (".qcoder", ".qcodings", ".qdpx")
FILTER = QT_TRANSLATE_NOOP(
    "team.merge_dialog", "Coder projects and codings (*.qcoder *.qcodings *.qdpx);;All files (*)"
)
CHOOSE, WORKING, PREVIEW, DONE = range(4)


@dataclass
class Source:
    path: Path
    snapshot: ProjectSnapshot | None
    plan: MergePlan | None
    error: str = ""


class MergeDialog(QDialog):
    preview_ready = Signal()
    merge_finished = Signal(object)  # the applied plans, or None when the merge failed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.job: Job | None = None
        self.sources: list[Source] = []
        self.applied: list[MergePlan] | None = None
        self.setWindowTitle(translate("team.merge_dialog", "Merge coder projects"))
        self.resize(760, 520)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.working = WorkingPage(self)
        self.pages.addWidget(self.working)
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._update_buttons()

    # --- pages ------------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page, layout = make_page(self)
        intro = QLabel(
            translate(
                "team.merge_dialog",
                "Choose the coders' project copies (.qcoder), their exported codings (.qcodings) "
                "or REFI-QDA projects (.qdpx). You will see what the merge adds, matches and "
                "finds in conflict before anything is written.",
            ),
            page,
        )
        intro.setWordWrap(True)
        self.path_list = QListWidget(page)
        a11y(
            self.path_list,
            translate("team.merge_dialog", "Coder projects"),
            translate("team.merge_dialog", "The coders' project files to merge"),
        )
        self.path_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(translate("team.merge_dialog", "Add files…"), page)
        add.clicked.connect(self._browse)
        self.remove_button = QPushButton(translate("team.merge_dialog", "Remove"), page)
        self.remove_button.clicked.connect(self._remove_selected)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.path_list, 1)
        row.addLayout(side)
        rules = QLabel(
            translate(
                "team.merge_dialog",
                "Documents are matched by their text (even under another name), codes by id and then "
                "by path, coders by id and then by name. Where both sides differ, this project's "
                "values are kept and the difference is listed.",
            ),
            page,
        )
        rules.setWordWrap(True)
        set_tone(rules, "muted")
        self.choose_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.preview_button = self.choose_buttons.addButton(
            translate("team.merge_dialog", "Preview"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button.setDefault(True)
        self.choose_buttons.accepted.connect(self.start_preview)
        self.choose_buttons.rejected.connect(self.reject)
        self.path_list.model().rowsInserted.connect(self._update_buttons)
        self.path_list.model().rowsRemoved.connect(self._update_buttons)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(rules)
        layout.addWidget(self.choose_buttons)
        return page

    def _preview_page(self) -> QWidget:
        built = preview_page(
            self,
            "merge",
            translate("team.merge_dialog", "Merge"),
            self.start_merge,
            self.reject,
            on_back=lambda: self.pages.setCurrentIndex(CHOOSE),
        )
        self.preview_summary, self.tree = built.summary, built.tree
        self.preview_buttons, self.merge_button = built.buttons, built.accept_button
        return built.widget

    def _done_page(self) -> QWidget:
        built = done_page(self, self.accept, tree=True)
        assert built.tree is not None
        self.done_summary, self.done_tree = built.label, built.tree
        return built.widget

    # --- choosing ---------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return [Path(self.path_list.item(i).text()) for i in range(self.path_list.count())]

    def add_paths(self, paths: list[str | Path]) -> None:
        present = {str(p) for p in self.paths()}
        for p in paths:
            if str(p) and str(p) not in present:
                self.path_list.addItem(str(p))
                present.add(str(p))

    def _browse(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("team.merge_dialog", "Merge coder projects"),
            self._ctx.settings.last_directory(),
            translate("team.merge_dialog", FILTER),
        )
        if files:
            self._ctx.settings.set_last_directory(Path(files[0]).parent)
            self.add_paths(list(files))

    def _remove_selected(self) -> None:
        for item in self.path_list.selectedItems():
            self.path_list.takeItem(self.path_list.row(item))

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(bool(self.paths()))
        self.remove_button.setEnabled(bool(self.paths()))

    # --- preview ----------------------------------------------------------------------------
    def start_preview(self) -> Job | None:
        project = self._ctx.project
        paths = self.paths()
        if project is None or not paths or self.job is not None:
            return None

        def task(progress: Any, cancel: Any) -> list[Source]:
            out = []
            for i, path in enumerate(paths):
                cancel.check()
                progress(i, len(paths), translate("team.merge_dialog", "Reading {name}…").format(name=path.name))
                try:
                    snapshot = read_source(path)
                    plan = plan_merge(project, snapshot, source=path.name)
                except Exception as exc:  # noqa: BLE001 - shown per file in the preview
                    out.append(Source(path, None, None, explain_text(exc, None)[1]))
                    continue
                out.append(Source(path, snapshot, plan))
            return out

        self.job = Job(task, self)
        self.job.ended.connect(self._preview_ended)
        self._working(self.job, translate("team.merge_dialog", "Reading the files…"))
        return self.job.start()

    def _preview_ended(self, job: Job) -> None:
        self.job = None
        if job.outcome != "finished":
            self.pages.setCurrentIndex(CHOOSE)
            self.preview_ready.emit()
            return
        self.sources = job.result
        good = [s for s in self.sources if s.plan is not None]
        bad = [s for s in self.sources if s.plan is None]
        lines = []
        for s in good:
            assert s.plan is not None
            lines.append(f"<b>{esc(s.path.name)}</b>: {esc(plan_summary(s.plan))}")
        for s in bad:
            unread = translate("team.merge_dialog", "cannot be read — {reason}").format(reason=s.error)
            lines.append(f"<b>{esc(s.path.name)}</b>: <span style='color:{html_color('error')}'>{esc(unread)}</span>")
        if len(good) > 1:
            again = translate(
                "team.merge_dialog",
                "Each file is matched again against the project as it is "
                "after the files before it, so something new in two files is added once.",
            )
            lines.append(f"<span style='color:{html_color('muted')}'>{esc(again)}</span>")
        self.preview_summary.setText("<br>".join(lines))
        self.tree.show_plans([(s.path.name, s.plan, None) for s in good if s.plan is not None])
        anything = any(s.plan is not None and not s.plan.empty for s in good)
        self.merge_button.setEnabled(anything)
        self.merge_button.setText(
            translate("team.merge_dialog", "Merge") if anything else translate("team.merge_dialog", "Nothing to merge")
        )
        self.pages.setCurrentIndex(PREVIEW)
        self.preview_ready.emit()

    # --- merging ----------------------------------------------------------------------------
    def start_merge(self) -> Job | None:
        project = self._ctx.project
        sources = [s for s in self.sources if s.snapshot is not None]
        if project is None or not sources or self.job is not None:
            return None
        actor = self._ctx.coder.name if self._ctx.coder else ""

        def task(progress: Any, cancel: Any) -> list[MergePlan]:
            plans = []
            for i, s in enumerate(sources):
                assert s.snapshot is not None
                progress(i, len(sources), translate("team.merge_dialog", "Merging {name}…").format(name=s.path.name))
                plan = plan_merge(project, s.snapshot, source=s.path.name)  # against the project as it is now
                plans.append(apply_merge(project, plan, actor=actor))
            return plans

        text = count_text(
            len(sources),
            translate("team.merge_dialog", "Merge {n} file"),
            translate("team.merge_dialog", "Merge {n} files"),
        )
        self.job = Job(task, self, ctx=self._ctx, undo_text=text, rename=False)  # one file: "Merge x.qcoder"
        self.job.ended.connect(self._merge_ended)
        self._working(self.job, translate("team.merge_dialog", "Merging…"), cancellable=False)
        return self.job.start()

    def _merge_ended(self, job: Job) -> None:
        self.job = None
        if job.outcome == "finished":
            self.applied = job.result
            plans: list[MergePlan] = job.result
            parts = [f"<b>{esc(p.source)}</b>: {esc(plan_summary(p))}" for p in plans]
            undo = (
                esc(translate("team.merge_dialog", "Edit → Undo takes the merge back in one step."))
                if job.commands
                else ""
            )
            merged = esc(translate("team.merge_dialog", "Merged."))
            self.done_summary.setText(f"{merged}<br>" + "<br>".join(parts) + (f"<br><br>{undo}" if undo else ""))
            self.done_tree.show_plans([(p.source, p, None) for p in plans])
        else:
            self.applied = None
            error = job.error
            text = (
                explain_text(error, self._ctx.project)[1]
                if error
                else translate("team.merge_dialog", "The merge was cancelled.")
            )
            failed = esc(translate("team.merge_dialog", "The merge failed; nothing was changed."))
            self.done_summary.setText(f"<span style='color:{html_color('error')}'>{failed}</span><br><br>{esc(text)}")
            self.done_tree.plan_model.clear()
        self.pages.setCurrentIndex(DONE)
        self.merge_finished.emit(self.applied)

    # --- shared -----------------------------------------------------------------------------
    def _working(self, job: Job, text: str, cancellable: bool = True) -> None:
        self.working.follow(job, text, cancellable)
        self.pages.setCurrentIndex(WORKING)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.finish_now()  # the undo step of a running merge must still be recorded
        super().done(result)
