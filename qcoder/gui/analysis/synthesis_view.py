"""The "Group synthesis" tab of the framework matrix window: themes × groups (a stakeholder
group or a site), each cell "n of N" respondents (and "k of K" sites) with the case summaries
rolled up into it; a selected cell lists its case summaries and starred quotes, attributed;
XLSX/DOCX export. Computed in the window's workers (:mod:`qcoder.analysis.synthesis`)."""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.matrix import PREFERRED_COLUMNS, UNIT_ATTRIBUTE
from qcoder.analysis.synthesis import Synthesis, SynthesisCell
from qcoder.app import exports
from qcoder.app.synthesis import project_synthesis
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.exporting import FileExport, Writer
from qcoder.gui.analysis.synthesis_model import SynthesisModel
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import translate
from qcoder.gui.workers import Worker

if TYPE_CHECKING:
    from qcoder.gui.analysis.refreshing import RefreshingDialog

NO_ACROSS = ""


class SynthesisPanel(QWidget):
    computed = Signal()
    exported = Signal(str)

    def __init__(self, ctx: AppContext, runner: RefreshingDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner  # runs the workers (the window waits for them when it closes)
        self.synthesis: Synthesis | None = None
        self._current: Worker | None = None
        self._pending = False
        self.stale = True
        self._build()

    def _build(self) -> None:
        self.group = QComboBox(self)
        self.across = QComboBox(self)
        self._fill_attributes()
        self.group.currentIndexChanged.connect(self.refresh)
        self.across.currentIndexChanged.connect(self.refresh)
        self.model = SynthesisModel(self)
        self.grid = QTableView(self)
        a11y(
            self.grid,
            translate("analysis.synthesis_view", "Synthesis"),
            translate("analysis.synthesis_view", "Themes by groups: counts and starred quotes in each cell"),
        )
        self.grid.setModel(self.model)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 14)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setMaximumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_cell())
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(
            translate("analysis.synthesis_view", "Select a cell: its case summaries and starred quotes")
        )
        self.status = QLabel(self)
        self.file_export = FileExport(
            self,
            self._ctx,
            self._runner,
            self.status,
            "group-synthesis",
            self._writer,
            self.exported.emit,
            self._failed,
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("analysis.synthesis_view", "Groups:"), self))
        top.addWidget(self.group)
        top.addWidget(QLabel(translate("analysis.synthesis_view", "Across:"), self))
        top.addWidget(self.across)
        top.addStretch(1)
        top.addWidget(self.file_export.buttons["xlsx"])
        top.addWidget(self.file_export.buttons["docx"])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.grid)
        split.addWidget(self.detail)
        split.setSizes([850, 350])
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addWidget(self.status)

    def _fill_attributes(self) -> None:
        project = self._ctx.project
        names = list(dict.fromkeys(a.name for a in project.attributes())) if project is not None else []
        ordered = [n for n in PREFERRED_COLUMNS if n in names] + [n for n in names if n not in PREFERRED_COLUMNS]
        for name in ordered:
            self.group.addItem(name, name)
        self.across.addItem("—", NO_ACROSS)
        for name in names:
            self.across.addItem(name, name)
        if UNIT_ATTRIBUTE in names and self.group.currentData() != UNIT_ATTRIBUTE:
            self.across.setCurrentIndex(self.across.findData(UNIT_ATTRIBUTE))

    def set_group(self, group: str, across: str = NO_ACROSS) -> None:
        self.group.setCurrentIndex(self.group.findData(group))
        self.across.setCurrentIndex(self.across.findData(across))

    def _choice(self) -> tuple[str, str | None]:
        group = str(self.group.currentData() or "")
        across = str(self.across.currentData() or "") or None
        return group, across if across != group else None

    # -- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self._ctx.project
        group, across = self._choice()
        if project is None or not group:
            return
        if self._current is not None:
            self._pending = True
            return
        self.stale = False

        def task(progress: ProgressCallback, cancel: CancelToken) -> Synthesis:
            return project_synthesis(project, group, across)

        self._current = self._runner.start_worker(task, self._on_computed, self._on_failed)
        self.status.setText(translate("analysis.synthesis_view", "Counting…"))

    def invalidate(self) -> None:
        """The project changed: compute again now if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def is_computing(self) -> bool:
        return self._current is not None

    def _on_computed(self, result: Synthesis) -> None:
        if self.sender() is not self._current:
            return
        self._current = None
        if self._pending:
            self._pending = False
            self.refresh()
            return
        keep = self.selected_cell()
        self.synthesis = result
        self.model.set_synthesis(result)
        if keep is not None:
            self.grid.setCurrentIndex(self.model.index_of(keep.theme, keep.group))
        self._show_cell()
        self.status.setText(
            translate("analysis.synthesis_view", "{themes} themes × {groups} groups of {attribute}").format(
                themes=len(result.themes), groups=len(result.groups), attribute=result.group
            )
        )
        self.computed.emit()

    def _on_failed(self, message: str) -> None:
        if self.sender() is self._current:
            self._current = None
        self._failed(message)

    def _failed(self, message: str) -> None:
        self.status.setText(translate("analysis.synthesis_view", "Not done: {error}").format(error=message))

    # -- the selected cell -------------------------------------------------------------------

    def selected_cell(self) -> SynthesisCell | None:
        return self.model.cell(self.grid.currentIndex())

    def select(self, code_id: str, group: str) -> None:
        self.grid.setCurrentIndex(self.model.index_of(code_id, group))

    def _show_cell(self) -> None:
        cell, synthesis = self.selected_cell(), self.synthesis
        if cell is None or synthesis is None:
            self.detail.clear()
            return
        self.detail.setHtml(cell_html(synthesis, cell))

    # -- export ------------------------------------------------------------------------------

    def export(self, path: str | Path) -> Worker | None:
        """Write the synthesis shown to ``path`` (.xlsx or .docx) in a worker."""
        return self.file_export.start(path)

    def _writer(self) -> Writer | None:
        """Project → Export's synthesis writer, for the groups shown (``qcoder matrix --synthesis``)."""
        if self._ctx.project is None:
            return None
        group, across = self._choice()
        return partial(exports.write_synthesis, self._ctx.project, group=group, across=across)


def cell_html(synthesis: Synthesis, cell: SynthesisCell) -> str:
    """A cell's detail: its counts, the case summaries (with authors), the starred quotes."""
    counts = translate("analysis.synthesis_view", "{n} of {total} respondents").format(
        n=cell.respondents, total=cell.respondents_total
    )
    if cell.cases is not None:
        counts += translate("analysis.synthesis_view", ", in {n} of {total} {across}s").format(
            n=cell.cases, total=cell.cases_total, across=escape(synthesis.across or "")
        )
    out = [
        f"<p><b>{escape(cell.path)}</b> · {escape(cell.group)} — {counts}</p>",
        "<h4>" + translate("analysis.synthesis_view", "Case summaries") + "</h4>",
    ]
    if not cell.summaries:
        out.append(
            "<p><i>"
            + translate("analysis.synthesis_view", "None written for this theme in this group (Cases × themes tab).")
            + "</i></p>"
        )
    for s in cell.summaries:
        by = f" <i>— {escape(s.author)}</i>" if s.author else ""
        out.append(f"<p><b>{escape(s.title)}</b>: {escape(s.text)}{by}</p>")
    out.append("<h4>" + translate("analysis.synthesis_view", "Starred quotes") + "</h4>")
    if not cell.quotes:
        out.append(
            "<p><i>"
            + translate("analysis.synthesis_view", "No starred excerpts (star exemplars in the excerpts lists).")
            + "</i></p>"
        )
    for q in cell.quotes:
        out.append(f"<p>“{escape(q.text)}”<br/><small>— {escape(q.attribution())}</small></p>")
    return "\n".join(out)
