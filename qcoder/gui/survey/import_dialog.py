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
from qcoder.gui.workers import Worker
from qcoder.importers.survey import SurveyTable, read_survey

PREVIEW_ROWS = 5
FILE_FILTER = "Survey exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav);;All files (*)"


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
        self.setWindowTitle("Import survey answers")
        self.resize(820, 560)
        self.file_edit = QLineEdit(self)
        a11y(self.file_edit, "Survey file", "A CSV, Excel or SPSS export, one row per respondent")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText("A CSV, Excel or SPSS (.sav) export, one row per respondent")
        browse = QPushButton("Choose file…", self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.preview = QTableWidget(self)
        a11y(self.preview, "Preview", "The first rows of the file")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.id_combo = QComboBox(self)
        self.text_list = _check_list(self)
        self.attribute_list = _check_list(self)
        self.per_answer = QRadioButton("One document per answer (named respondent - question)", self)
        self.per_respondent = QRadioButton("One document per respondent, a section per question", self)
        self.per_answer.setChecked(True)
        form = QFormLayout()
        form.addRow("ID column:", self.id_combo)
        form.addRow("Documents:", self.per_answer)
        form.addRow("", self.per_respondent)
        columns = QHBoxLayout()
        for title, box in (("Open-ended text columns", self.text_list), ("Attribute columns", self.attribute_list)):
            group = QGroupBox(title, self)
            QVBoxLayout(group).addWidget(box)
            columns.addWidget(group)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel("First rows:", self))
        layout.addWidget(self.preview, 1)
        layout.addLayout(columns)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Survey export", "", FILE_FILTER)
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
        self.message.setText(f"{len(table.rows):,} respondents, {len(table.columns)} columns.")
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
            self.message.setText("Tick at least one open-ended text column.")
            return None
        grouping = Grouping(self._ctx, "Import survey", background=True)

        def task(_progress: Any, _cancel: Any) -> SurveyReport:
            with recording(into=grouping.recording):
                return import_survey_table(project, table, mapping, path)

        def done() -> None:
            assert self.worker is not None
            grouping.finish()
            worker, self.worker = self.worker, None
            self.import_button.setEnabled(True)
            if worker.outcome != "finished":
                self.message.setText(f"Nothing imported: {user_message(worker.error) if worker.error else 'cancelled'}")
                return
            self.report = report = worker.result
            blank = sum(report.blank.values())
            self.message.setText(
                f"Imported {report.answers:,} answers of {report.respondents:,} respondents as "
                f"{len(report.documents):,} documents; {blank:,} blank answers skipped."
            )
            self.imported.emit(report)

        self.worker = Worker(task, self)
        self.worker.done.connect(done)
        self.import_button.setEnabled(False)
        self.message.setText("Importing…")
        self.worker.start()
        return self.worker

    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.wait()
        super().done(result)
