"""Import a survey export: pick the file, see its first rows, choose the ID column, the text
columns and the attribute columns, and one document per answer or per respondent.

The import (:func:`qcoder.app.survey.import_survey_table`) runs in a worker and is one undo step;
it stores everything or nothing, and a problem (duplicate id, …) is shown in the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.survey import SurveyMapping, SurveyReport, import_survey_table, preview
from qcoder.core.commands import recording
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.grouping import Grouping
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.workers import Worker
from qcoder.importers.survey import SurveyTable, read_survey

PREVIEW_ROWS = 5
FILE_FILTER = QT_TRANSLATE_NOOP(
    "survey.import_dialog", "Survey exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav);;All files (*)"
)


def _check_list(parent: QWidget) -> QListWidget:
    box = QListWidget(parent)
    box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    box.setMaximumHeight(140)
    return box


def checked(box: QListWidget) -> list[str]:
    items = (box.item(i) for i in range(box.count()))
    return [it.text() for it in items if it.checkState() == Qt.CheckState.Checked]


def set_checked(box: QListWidget, names: list[str]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)


class SurveyImportDialog(QDialog):
    imported = Signal(object)  # the SurveyReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.table: SurveyTable | None = None
        self.path = ""
        self.worker: Worker | None = None
        self.report: SurveyReport | None = None
        self.setWindowTitle(translate("survey.import_dialog", "Import survey answers"))
        self.resize(820, 560)
        row = self._make_file_row()
        self.preview = QTableWidget(self)
        a11y(
            self.preview,
            translate("survey.import_dialog", "Preview"),
            translate("survey.import_dialog", "The first rows of the file"),
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.id_combo = QComboBox(self)
        self.text_list = _check_list(self)
        self.attribute_list = _check_list(self)
        self.per_answer = QRadioButton(
            translate("survey.import_dialog", "One document per answer (named respondent - question)"), self
        )
        self.per_respondent = QRadioButton(
            translate("survey.import_dialog", "One document per respondent, a section per question"), self
        )
        self.per_answer.setChecked(True)
        form = QFormLayout()
        form.addRow(translate("survey.import_dialog", "ID column:"), self.id_combo)
        form.addRow(translate("survey.import_dialog", "Documents:"), self.per_answer)
        form.addRow("", self.per_respondent)
        columns = QHBoxLayout()
        for title, box in (
            (translate("survey.import_dialog", "Open-ended text columns"), self.text_list),
            (translate("survey.import_dialog", "Attribute columns"), self.attribute_list),
        ):
            group = QGroupBox(title, self)
            QVBoxLayout(group).addWidget(box)
            columns.addWidget(group)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            translate("survey.import_dialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(translate("survey.import_dialog", "First rows:"), self))
        layout.addWidget(self.preview, 1)
        layout.addLayout(columns)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _make_file_row(self) -> QHBoxLayout:
        """The chosen file's path and the button that chooses it."""
        self.file_edit = QLineEdit(self)
        a11y(
            self.file_edit,
            translate("survey.import_dialog", "Survey file"),
            translate("survey.import_dialog", "A CSV, Excel or SPSS export, one row per respondent"),
        )
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(
            translate("survey.import_dialog", "A CSV, Excel or SPSS (.sav) export, one row per respondent")
        )
        browse = QPushButton(translate("survey.import_dialog", "Choose file…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        return row

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("survey.import_dialog", "Survey export"), "", translate("survey.import_dialog", FILE_FILTER)
        )
        if path:
            self.load(path)

    def load(self, path: str | Path) -> bool:
        """Read the survey file, show its first rows and offer its columns."""
        self.file_edit.setText(str(path))
        try:
            table = read_survey(path)
        except Exception as exc:  # noqa: BLE001 - worded for the user
            self.table = None
            self.import_button.setEnabled(False)
            self.message.setText(user_message(exc))
            return False
        self.table, self.path = table, str(path)
        self._show_preview(table)
        self.id_combo.clear()
        self.id_combo.addItems(table.columns)
        for box in (self.text_list, self.attribute_list):
            box.clear()
            for name in table.columns:
                item = QListWidgetItem(name, box)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.import_button.setEnabled(True)
        respondents = count_text(
            len(table.rows),
            translate("survey.import_dialog", "{n} respondent"),
            translate("survey.import_dialog", "{n} respondents"),
        )
        columns = count_text(
            len(table.columns),
            translate("survey.import_dialog", "{n} column"),
            translate("survey.import_dialog", "{n} columns"),
        )
        self.message.setText(
            translate("survey.import_dialog", "{respondents}, {columns}.").format(
                respondents=respondents, columns=columns
            )
        )
        return True

    def _show_preview(self, table: SurveyTable) -> None:
        rows = preview(table, PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(table.columns)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(value[:200]))

    def mapping(self) -> SurveyMapping:
        per = "respondent" if self.per_respondent.isChecked() else "answer"
        return SurveyMapping(
            self.id_combo.currentText(), tuple(checked(self.text_list)), tuple(checked(self.attribute_list)), per
        )

    def start_import(self) -> Worker | None:
        table, project = self.table, self._ctx.project
        if table is None or project is None or self.worker is not None:
            return None
        mapping, path = self.mapping(), self.path
        if not mapping.text_columns:
            self.message.setText(translate("survey.import_dialog", "Tick at least one open-ended text column."))
            return None
        grouping = Grouping(self._ctx, translate("survey.import_dialog", "Import survey"), background=True)

        def task(_progress: Any, _cancel: Any) -> SurveyReport:
            with recording(into=grouping.recording):
                return import_survey_table(project, table, mapping, path)

        def done() -> None:
            assert self.worker is not None
            grouping.finish()
            worker, self.worker = self.worker, None
            self.import_button.setEnabled(True)
            if worker.outcome != "finished":
                why = user_message(worker.error) if worker.error else translate("survey.import_dialog", "cancelled")
                self.message.setText(translate("survey.import_dialog", "Nothing imported: {reason}").format(reason=why))
                return
            self.report = report = worker.result
            blank = sum(report.blank.values())
            text = translate(
                "survey.import_dialog", "Imported {answers} of {respondents} as {documents}; {blank} skipped."
            )
            self.message.setText(
                text.format(
                    answers=count_text(
                        report.answers,
                        translate("survey.import_dialog", "{n} answer"),
                        translate("survey.import_dialog", "{n} answers"),
                    ),
                    respondents=count_text(
                        report.respondents,
                        translate("survey.import_dialog", "{n} respondent"),
                        translate("survey.import_dialog", "{n} respondents"),
                    ),
                    documents=count_text(
                        len(report.documents),
                        translate("survey.import_dialog", "{n} document"),
                        translate("survey.import_dialog", "{n} documents"),
                    ),
                    blank=count_text(
                        blank,
                        translate("survey.import_dialog", "{n} blank answer"),
                        translate("survey.import_dialog", "{n} blank answers"),
                    ),
                )
            )
            self.imported.emit(report)

        self.worker = Worker(task, self)
        self.worker.done.connect(done)
        self.import_button.setEnabled(False)
        self.message.setText(translate("survey.import_dialog", "Importing…"))
        self.worker.start()
        return self.worker

    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.wait()
        super().done(result)
