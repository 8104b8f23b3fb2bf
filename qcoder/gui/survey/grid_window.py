"""The survey grid: every answer of the survey documents as a row (respondent, question, answer,
codes, attributes), narrowed by the filter row (question, attribute value, text, uncoded only).
Keys 1–9 code the current answer with the code bound to that key (the same quick-code keys as
the viewer) and move to the next answer; pressing the key of a code the answer already has
(from you) takes it away again. Enter opens the answer in the viewer. The codes column's
tooltip names who applied each code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.survey_filter import AnswerFinder, attribute_choices
from qcoder.app.survey_grid import toggle_code
from qcoder.core.changes import ChangeSet, Kind
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.coder import ask_coder
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import count_text, number, translate
from qcoder.gui.survey.grid_filter import GridFilterBar
from qcoder.gui.survey.grid_model import ANSWER_COLUMN, GridData, SurveyGridModel
from qcoder.gui.survey.import_dialog import SurveyImportDialog


class GridView(QTableView):
    code_key = Signal(int)  # a digit 1–9 pressed
    open_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and len(text) == 1 and text in "123456789":
            self.code_key.emit(int(text))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class SurveyGridDialog(RefreshingDialog):
    RELEVANT = (Kind.DOCUMENT, Kind.ATTRIBUTE, Kind.SPEAKER, Kind.CODE, Kind.PARTICIPANT)
    loaded = Signal(int)  # the rows shown, after each (re)read

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("survey.grid_window", "Survey answers"))
        self.resize(1000, 620)
        self.model = SurveyGridModel(self)
        self.finder = AnswerFinder([], {}, [])
        self.filter = GridFilterBar(self)
        self.filter.changed.connect(self.apply_filter)
        self.view = GridView(self)
        a11y(
            self.view,
            translate("survey.grid_window", "Survey answers"),
            translate("survey.grid_window", "One row per respondent, one column per question"),
        )
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.code_key.connect(self.code_current)
        self.view.open_row.connect(self.open_answer)
        self.view.doubleClicked.connect(lambda index: self.open_answer(index.row()))
        self.keys_label = QLabel(self)
        self.keys_label.setWordWrap(True)
        self.status = QLabel(self)
        import_button = QPushButton(translate("survey.grid_window", "Import survey…"), self)
        import_button.clicked.connect(self.open_import)
        top = QHBoxLayout()
        top.addWidget(self.keys_label, 1)
        top.addWidget(import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence.StandardKey.Undo, self, ctx.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, ctx.undo_stack.redo)
        ctx.changed.connect(self._on_codings)
        ctx.view_settings_changed.connect(self._show_keys)

    def refresh(self) -> None:
        project = self._ctx.project
        if project is None or self.busy():
            return
        self.status.setText(translate("survey.grid_window", "Reading the survey answers…"))
        self.start_current(lambda _p, _c: SurveyGridModel.read(project), self._on_read, self.status.setText)

    def _on_read(self, data: GridData) -> None:
        if not self.take_current():
            return
        current = self.view.currentIndex()
        first = self.model.rowCount() == 0
        self.model.show(self._ctx.project, data)
        self.finder = AnswerFinder(data.keys, data.attributes, data.questions)
        self.filter.set_choices(
            list(dict.fromkeys(data.questions)), attribute_choices(data.attributes, data.attribute_names)
        )
        self._filter_rows()
        if first:
            for column, width in {0: 110, 1: 110, ANSWER_COLUMN: 400, 3: 160}.items():
                self.view.setColumnWidth(column, width)
        n = self.model.rowCount()
        if n:
            row = max(0, min(current.row(), n - 1))
            self.view.setCurrentIndex(self.model.index(row, current.column() if current.isValid() else 0))
        self._show_keys()
        if self.model.all_keys:
            answers = count_text(
                len(self.model.all_keys),
                translate("survey.grid_window", "{n} answer"),
                translate("survey.grid_window", "{n} answers"),
            )
            text = translate(
                "survey.grid_window",
                "{answers}. Keys 1–9 code the current answer and move to the next; Enter opens it in the viewer.",
            )
            self.status.setText(text.format(answers=answers))
        else:
            self.status.setText(
                translate(
                    "survey.grid_window", "No survey answers yet: Import survey… reads a CSV, Excel or SPSS export."
                )
            )
        self.loaded.emit(n)

    def _filter_rows(self) -> None:
        """Show the answers that pass the filter row, and how many of all they are."""
        project, wanted = self._ctx.project, self.filter.value()
        total = len(self.model.all_keys)
        if project is not None and not wanted.is_empty():
            self.model.show_rows(self.finder.rows(project, wanted))
        elif len(self.model.keys) != total:
            self.model.show_rows(list(range(total)))
        shown = self.model.rowCount()
        if shown != total:
            self.filter.shown.setText(
                translate("survey.grid_window", "{shown} of {total}").format(shown=number(shown), total=number(total))
            )
        else:
            self.filter.shown.setText(
                count_text(
                    total, translate("survey.grid_window", "{n} answer"), translate("survey.grid_window", "{n} answers")
                )
            )

    def apply_filter(self) -> int:
        """Narrow the grid to the filter row's answers; the first of them becomes current."""
        self._filter_rows()
        if self.model.rowCount():
            column = self.view.currentIndex().column()
            self.view.setCurrentIndex(self.model.index(0, max(column, 0)))
        return self.model.rowCount()

    def _show_keys(self) -> None:
        project = self._ctx.project
        bindings = self._ctx.settings.quick_codes(self._ctx.project_id) if project is not None else {}
        names = self.model.code_names
        shown = [f"{n} {names[c]}" for n, c in sorted(bindings.items()) if c in names]
        self.keys_label.setText(
            translate("survey.grid_window", "Keys: {keys}").format(keys=" · ".join(shown))
            if shown
            else translate(
                "survey.grid_window", "No quick-code keys yet: right-click a code in the codebook → Quick-code key."
            )
        )

    def _on_codings(self, change: ChangeSet) -> None:
        if change.coded_documents:
            self.model.codings_changed(change.coded_documents)

    def code_current(self, n: int) -> bool | None:
        """Toggle the code bound to key ``n`` on the current answer; move on after coding."""
        row = self.view.currentIndex().row()
        answer = self.model.answer(row)
        project = self._ctx.project
        code_id = self._ctx.settings.quick_codes(self._ctx.project_id).get(n) if project else None
        if answer is None or project is None:
            return None
        if code_id is None or code_id not in self.model.code_names:
            self.status.setText(
                translate(
                    "survey.grid_window",
                    "No code is bound to key {n}: right-click a code in the codebook → Quick-code key.",
                ).format(n=n)
            )
            return None
        if self._ctx.coder is None and not ask_coder(self._ctx, self, first_run=True):
            return None
        assert self._ctx.coder is not None
        try:
            added = toggle_code(project, answer, code_id, self._ctx.coder.id)
        except Exception as exc:  # noqa: BLE001 - worded for the user
            self.status.setText(user_message(exc))
            return None
        name = self.model.code_names[code_id]
        done = (
            translate("survey.grid_window", "Coded “{name}” on answer {n} — Ctrl+Z to undo")
            if added
            else translate("survey.grid_window", "Removed “{name}” from answer {n} — Ctrl+Z to undo")
        )
        self.status.setText(done.format(name=name, n=number(row + 1)))
        if added and row + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row + 1, self.view.currentIndex().column()))
        return added

    def open_answer(self, row: int) -> None:
        answer = self.model.answer(row)
        if answer is not None:
            self._ctx.document_requested.emit(answer.key.document_id, answer.start, answer.end)

    def open_import(self) -> SurveyImportDialog:
        dialog = SurveyImportDialog(self._ctx, self)
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.show()
        return dialog
