"""The framework matrix window (Analysis → Framework matrix): cases × themes with counts; a
selected cell lists its excerpts beside an editor for the coder's summary, with a Draft button
(an extractive draft, marked as such until edited) and XLSX/DOCX export. A second tab, Group
synthesis (:mod:`qcoder.gui.analysis.synthesis_view`), rolls the case summaries up by group.

The grid is computed in a worker when shown, when the cases change, and (debounced) when
codings, codes, documents, attributes or summaries change while it is open. Saving a summary is
one undoable step (Edit → Undo).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.drafts import DraftSentence, draft_summary
from qcoder.analysis.framework import DOCUMENTS, PARTICIPANTS, Framework, FrameworkCell, draft_sources
from qcoder.analysis.matrix import ExcerptItem, cell_excerpts
from qcoder.app import exports
from qcoder.app.framework import project_framework
from qcoder.core.case_keys import split_case_key
from qcoder.core.changes import Kind
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.exporting import FileExport, Writer
from qcoder.gui.analysis.framework_model import FrameworkModel
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.analysis.synthesis_view import SynthesisPanel
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.screen_fit import fitted_size
from qcoder.gui.style import set_tone
from qcoder.gui.workers import Worker

if TYPE_CHECKING:
    from qcoder.core.model import Summary

DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "analysis.framework_view", "Draft: sentences taken from the excerpts (LexRank), not yet edited"
)
DRAFT_MARK = QT_TRANSLATE_NOOP(
    "analysis.framework_view", "Draft "
)  # an excerpt a draft sentence comes from: "Draft 1, 3 · ..."
_Result = tuple[Framework, list["Summary"]]


class FrameworkDialog(RefreshingDialog):
    """Non-modal; construct as ``FrameworkDialog(ctx, parent)`` and show it."""

    RELEVANT = (Kind.CODING, Kind.CODE, Kind.CODER, Kind.ATTRIBUTE, Kind.DOCUMENT, Kind.PARTICIPANT, Kind.SUMMARY)
    computed = Signal()  # after a grid was computed and shown
    exported = Signal(str)  # the path of a written file

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("analysis.framework_view", "Framework matrix"))
        self.framework: Framework | None = None
        self._summaries: list[Summary] = []
        self._is_draft = False
        self._wanted: tuple[str, str] | None = None  # a cell to select once the grid is computed
        self._build()
        self.resize(fitted_size(self, QSize(1200, 700)))

    # -- widgets -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.cases = QComboBox(self)
        a11y(
            self.cases,
            translate("analysis.framework_view", "Cases"),
            translate("analysis.framework_view", "What the rows are: documents or an attribute's values"),
        )
        self._fill_cases()
        self.cases.currentIndexChanged.connect(self.refresh)
        self.model = FrameworkModel(self)
        self.grid = QTableView(self)
        a11y(
            self.grid,
            translate("analysis.framework_view", "Framework matrix"),
            translate(
                "analysis.framework_view", "Cases by themes: each cell holds the number of excerpts and your summary"
            ),
        )
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # long theme paths must not crowd out the cases: names are elided, the tooltip has the path
        self.grid.verticalHeader().setMaximumWidth(self.fontMetrics().averageCharWidth() * 32)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_cell())
        self.cell_title = QLabel(translate("analysis.framework_view", "Select a cell"), self)
        self.cell_title.setWordWrap(True)
        self.excerpts = QListWidget(self)
        a11y(self.excerpts, translate("analysis.framework_view", "Excerpts of the cell"))
        self.excerpts.setWordWrap(True)
        self.excerpts.setAlternatingRowColors(True)
        self.editor = QPlainTextEdit(self)
        a11y(
            self.editor,
            translate("analysis.framework_view", "Summary"),
            translate("analysis.framework_view", "Your summary of what this case said about this theme"),
        )
        self.editor.setPlaceholderText(
            translate("analysis.framework_view", "Your summary of what this case said about this theme")
        )
        self.editor.textChanged.connect(self._on_edited)
        self.draft_note = QLabel("", self)
        set_tone(self.draft_note, "warn")
        self.draft_button = QPushButton(translate("analysis.framework_view", "Draft"), self)
        self.draft_button.setToolTip(
            translate("analysis.framework_view", "Fill the editor with the cell's most representative sentences")
        )
        self.draft_button.clicked.connect(self.make_draft)
        self.save_button = QPushButton(translate("analysis.framework_view", "Save summary"), self)
        self.save_button.clicked.connect(self.save_summary)
        self.status = QLabel(self)
        self.file_export = FileExport(
            self, self._ctx, self, self.status, "framework-matrix", self._writer, self.exported.emit, self._on_failed
        )
        self.xlsx_button, self.docx_button = self.file_export.buttons["xlsx"], self.file_export.buttons["docx"]
        self.synthesis = SynthesisPanel(self._ctx, self, self)
        self._layout()
        self._enable_cell(False)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("analysis.framework_view", "Cases:"), self))
        top.addWidget(self.cases)
        top.addStretch(1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.docx_button)
        side = QWidget(self)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.cell_title)
        right.addWidget(self.excerpts, 3)
        right.addWidget(QLabel(translate("analysis.framework_view", "Summary"), self))
        right.addWidget(self.editor, 2)
        right.addWidget(self.draft_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.grid)
        split.addWidget(side)
        split.setSizes([650, 450])
        page = QWidget(self)
        cases = QVBoxLayout(page)
        cases.setContentsMargins(0, 0, 0, 0)
        cases.addLayout(top)
        cases.addWidget(split, 1)
        cases.addWidget(self.status)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(page, translate("analysis.framework_view", "Cases × themes"))
        self.tabs.addTab(self.synthesis, translate("analysis.framework_view", "Group synthesis"))
        self.tabs.currentChanged.connect(self._on_tab)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)

    def _on_tab(self) -> None:
        if self.tabs.currentWidget() is self.synthesis and self.synthesis.stale:
            self.synthesis.refresh()

    def show_synthesis(self) -> None:
        self.tabs.setCurrentWidget(self.synthesis)

    def _fill_cases(self) -> None:
        project = self._ctx.project
        names = [a.name for a in project.attributes()] if project is not None else []
        names = list(dict.fromkeys(names))
        options = [(n, n) for n in names]
        if len(names) >= 2:
            options.append((f"{names[0]} × {names[1]}", f"{names[0]},{names[1]}"))
        options += [
            (translate("analysis.framework_view", "Documents"), DOCUMENTS),
            (translate("analysis.framework_view", "Participants"), PARTICIPANTS),
        ]
        for label, value in options:
            self.cases.addItem(label, value)

    def set_cases(self, value: str) -> None:
        self.cases.setCurrentIndex(self.cases.findData(value))

    # -- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self._ctx.project
        if project is None:
            return
        self.synthesis.invalidate()
        if self.busy():
            return
        cases = str(self.cases.currentData())

        def task(progress: ProgressCallback, cancel: CancelToken) -> _Result:
            return project_framework(project, cases, drafts=False), project.summaries()

        self.start_current(task, self._on_computed, self._on_failed)
        self.status.setText(translate("analysis.framework_view", "Counting…"))

    def is_computing(self) -> bool:
        return super().is_computing() or self.synthesis.is_computing()

    def _on_computed(self, result: _Result) -> None:
        if not self.take_current():
            return
        keep = self.selected_cell()
        self.framework, self._summaries = result
        self.model.set_framework(self.framework)
        wanted = self._wanted or ((keep.case.key, keep.theme.code_id) if keep is not None else None)
        if wanted is not None:
            index = self.model.index_of(*wanted)
            if index.isValid():
                self._wanted = None
                self.grid.setCurrentIndex(index)
        self.status.setText(
            translate("analysis.framework_view", "{cases} cases × {themes} themes").format(
                cases=len(self.framework.cases), themes=len(self.framework.themes)
            )
        )
        self.computed.emit()

    def _on_failed(self, message: str) -> None:
        if self.sender() is self._current:
            self._current = None
        self.status.setText(translate("analysis.framework_view", "Not done: {error}").format(error=message))

    # -- the selected cell -------------------------------------------------------------------

    def selected_cell(self) -> FrameworkCell | None:
        return self.model.cell(self.grid.currentIndex())

    def select(self, case_key: str, code_id: str) -> None:
        self.grid.setCurrentIndex(self.model.index_of(case_key, code_id))

    def open_cell(self, case_key: str, code_id: str) -> None:
        """Show the cell of ``case_key`` and the theme ``code_id`` (a search hit, a memo-list
        entry), switching to the cases it belongs to."""
        kind, _ident = split_case_key(case_key)
        names = [part.partition("=")[0] for part in case_key.split("|")]
        options = [{"document": DOCUMENTS, "participant": PARTICIPANTS}[kind]] if kind else [",".join(names)]
        if not kind and len(names) == 2:
            options.append(f"{names[1]},{names[0]}")
        if all(self.cases.findData(o) < 0 for o in options):
            self.cases.addItem(" × ".join(names), options[0])
        cases = next(o for o in options if self.cases.findData(o) >= 0)
        self.tabs.setCurrentIndex(0)  # the cases × themes grid, where the cell is
        self._wanted = (case_key, code_id)
        if self.cases.currentData() != cases:
            self.set_cases(cases)  # computes the grid, then selects the cell
        elif not self.busy() and self.framework is not None:
            self.select(case_key, code_id)
            self._wanted = None
        self.show()
        self.raise_()

    def _enable_cell(self, on: bool) -> None:
        for w in (self.editor, self.draft_button, self.save_button):
            w.setEnabled(on)

    def _own_summary(self, cell: FrameworkCell) -> str:
        me = self._ctx.coder.id if self._ctx.coder is not None else ""
        key = (cell.case.key, cell.theme.code_id, me)
        return next((s.text for s in self._summaries if (s.case_key, s.code_id, s.author) == key), "")

    def _show_cell(self) -> None:
        cell = self.selected_cell()
        self.excerpts.clear()
        self._enable_cell(cell is not None)
        if cell is None or self.framework is None:
            self.cell_title.setText(translate("analysis.framework_view", "Select a cell"))
            return
        self.cell_title.setText(
            translate(
                "analysis.framework_view",
                "<b>{theme}</b> · {case} — {n} of {total} respondents, {excerpts} excerpts",
            ).format(
                theme=cell.theme.path,
                case=cell.case.title,
                n=cell.respondents,
                total=cell.respondents_total,
                excerpts=cell.excerpts,
            )
        )
        # one line per passage: the same span coded by several coders is listed once, naming them all
        passages: dict[tuple[str, int, int], list[ExcerptItem]] = {}
        for e in cell_excerpts(self.framework.data, self.framework.matrix, cell.theme.code_id, cell.case.column):
            passages.setdefault((e.document_id, e.start, e.end), []).append(e)
        for same in passages.values():
            e, coders = same[0], ", ".join(dict.fromkeys(x.coder for x in same))
            star = "★ " if any(x.exemplar for x in same) else ""
            item = QListWidgetItem(f"{star}{e.text.strip()}\n— {e.participant or e.speaker or e.document} ({coders})")
            item.setData(Qt.ItemDataRole.UserRole, [x.id for x in same])  # the excerpts of this passage
            self.excerpts.addItem(item)
        self._set_editor(self._own_summary(cell), draft=False)

    def _set_editor(self, text: str, draft: bool) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._is_draft = draft
        self.draft_note.setText(translate("analysis.framework_view", DRAFT_NOTE) if draft else "")

    def _on_edited(self) -> None:
        if self._is_draft:
            self._is_draft = False
            self.draft_note.setText(translate("analysis.framework_view", "Edited from a draft"))

    def is_draft(self) -> bool:
        return self._is_draft

    def make_draft(self) -> None:
        cell = self.selected_cell()
        if cell is None or self.framework is None:
            return
        sources = draft_sources(self.framework.data, self.framework.matrix, cell.theme.code_id, cell.case.column)
        draft = draft_summary(sources)
        if not draft.sentences:
            self.status.setText(translate("analysis.framework_view", "No sentences in this cell's excerpts: no draft"))
            return
        self._set_editor(draft.text(), draft=True)
        self._mark_sources(draft.sentences)

    def _mark_sources(self, sentences: Sequence[DraftSentence]) -> None:
        """Mark the excerpts the draft's sentences come from ("Draft 1, 3 ·", the sentences in
        the tooltip), and scroll to the first."""
        first = None
        for row in range(self.excerpts.count()):
            item = self.excerpts.item(row)
            ids = set(item.data(Qt.ItemDataRole.UserRole) or ())
            used = [(n, s) for n, s in enumerate(sentences, 1) if s.excerpt_id in ids]
            if not used:
                continue
            numbers = ", ".join(str(n) for n, _ in used)
            mark = translate("analysis.framework_view", DRAFT_MARK)
            item.setText(f"{mark}{numbers} · {item.text()}")
            sentence = translate("analysis.framework_view", "Draft sentence {n}: {text}")
            item.setToolTip("\n".join(sentence.format(n=n, text=s.text) for n, s in used))
            item.setBackground(QColor("#FEF3C7"))
            first = item if first is None else first
        if first is not None:
            self.excerpts.scrollToItem(first)

    def draft_marks(self) -> list[str]:
        """The excerpt lines marked as sources of the draft (their first line)."""
        items = [self.excerpts.item(r) for r in range(self.excerpts.count())]
        mark = translate("analysis.framework_view", DRAFT_MARK)
        return [i.text().splitlines()[0] for i in items if i.text().startswith(mark)]

    def save_summary(self) -> None:
        cell, project = self.selected_cell(), self._ctx.project
        if cell is None or project is None:
            return
        author = self._ctx.coder.id if self._ctx.coder is not None else None
        try:
            project.set_summary(cell.case.key, cell.theme.code_id, self.editor.toPlainText(), author)
        except Exception as exc:  # noqa: BLE001 - shown, not raised (permission, connection)
            QMessageBox.warning(
                self,
                translate("analysis.framework_view", "Summary"),
                translate("analysis.framework_view", "The summary was not saved.\n\n{error}").format(error=exc),
            )
            return
        self.status.setText(translate("analysis.framework_view", "Summary saved (Edit → Undo takes it back)"))

    # -- export ------------------------------------------------------------------------------

    def export(self, path: str | Path) -> Worker | None:
        """Write the matrix (with drafts) to ``path`` (.xlsx or .docx) in a worker."""
        return self.file_export.start(path)

    def _writer(self) -> Writer | None:
        """Project → Export's framework writer, for the cases shown (as ``qcoder matrix --cases``)."""
        if self._ctx.project is None:
            return None
        return partial(exports.write_framework, self._ctx.project, cases=str(self.cases.currentData()))
