"""Import transcripts: choose files and folders (and an attribute sheet), watch the progress,
read the report.

The import runs ``qcoder.app.importing.import_paths`` in a worker thread with a progress bar
and Cancel (cancelling stops between files and keeps the files already imported). Everything
the import changes becomes ONE step on the undo stack ("Import 12 documents").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.importing import ImportReport, import_paths
from qcoder.core.commands import AddDocument, Batch, Command, recording
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.core_texts import core_text
from qcoder.gui.grouping import Grouping
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.record_model import Index, RecordTableModel
from qcoder.gui.style import set_tone
from qcoder.gui.themes import current as theme
from qcoder.gui.workers import Worker
from qcoder.importers import SUPPORTED_SUFFIXES

IMPORTED = QT_TRANSLATE_NOOP("import_dialog", "Imported")  # shown translated; compared in English
SKIPPED = QT_TRANSLATE_NOOP("import_dialog", "Skipped")
FAILED = QT_TRANSLATE_NOOP("import_dialog", "Failed")
_TONES = {SKIPPED: "warn", FAILED: "error"}  # theme colour roles (qcoder.gui.themes)


@dataclass(frozen=True, slots=True)
class ReportLine:
    id: str
    status: str
    path: str
    detail: str


def report_lines(report: ImportReport) -> list[ReportLine]:
    lines = []
    for n, i in enumerate(report.imported):
        detail = translate("import_dialog", "{document}: {characters}, {speakers}, {turns}").format(
            document=i.document,
            characters=count_text(
                i.chars, translate("import_dialog", "{n} character"), translate("import_dialog", "{n} characters")
            ),
            speakers=count_text(
                i.speakers, translate("import_dialog", "{n} speaker"), translate("import_dialog", "{n} speakers")
            ),
            turns=count_text(i.turns, translate("import_dialog", "{n} turn"), translate("import_dialog", "{n} turns")),
        )
        if i.warnings:
            detail += " — " + translate("import_dialog", "; ").join(core_text(w) for w in i.warnings)
        lines.append(ReportLine(f"i{n}", IMPORTED, i.path, detail))
    lines += [ReportLine(f"s{n}", SKIPPED, p.path, core_text(p.reason)) for n, p in enumerate(report.skipped)]
    lines += [ReportLine(f"f{n}", FAILED, p.path, core_text(p.reason)) for n, p in enumerate(report.failed)]
    return lines


class ImportReportModel(RecordTableModel):
    """Rows: one per file (imported, skipped with the reason, failed with the error)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("import_dialog", "Result"),
        QT_TRANSLATE_NOOP("import_dialog", "File"),
        QT_TRANSLATE_NOOP("import_dialog", "Details"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return translate("import_dialog", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line: ReportLine = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("import_dialog", line.status), Path(line.path).name, line.detail)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.path if index.column() == 1 else line.detail
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            tone = _TONES.get(line.status)
            return QColor(getattr(theme(), tone)) if tone else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ImportDialog(QDialog):
    import_started = Signal(object)  # the Worker, just before it starts
    import_finished = Signal(object)  # the ImportReport (None if the import failed)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.worker: Worker | None = None
        self.report: ImportReport | None = None
        self.error = ""
        self._handled = False
        self._grouping: Grouping | None = None
        self.setWindowTitle(translate("import_dialog", "Import transcripts"))
        self.setAcceptDrops(True)
        self.resize(760, 480)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._update_buttons()

    # --- pages ------------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        files = QGroupBox(translate("import_dialog", "Transcripts"), page)
        self.path_list = QListWidget(files)
        a11y(self.path_list, translate("import_dialog", "Files to import"))
        self.path_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.path_list.setToolTip(translate("import_dialog", "Drop files or folders here"))
        add_files = QPushButton(translate("import_dialog", "Add files…"), files)
        add_files.clicked.connect(self._browse_files)
        add_folder = QPushButton(translate("import_dialog", "Add folder…"), files)
        add_folder.clicked.connect(self._browse_folder)
        self.remove_button = QPushButton(translate("import_dialog", "Remove"), files)
        self.remove_button.clicked.connect(self._remove_selected)
        survey = QPushButton(translate("import_dialog", "Survey answers…"), files)
        survey.setToolTip(
            translate("import_dialog", "A CSV, Excel or SPSS survey export: choose the ID, text and attribute columns")
        )
        survey.clicked.connect(self.open_survey)
        side = QVBoxLayout()
        for b in (add_files, add_folder, self.remove_button, survey):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.path_list, 1)
        row.addLayout(side)
        box = QVBoxLayout(files)
        box.addLayout(row)
        note = QLabel(_folders_note(), files)
        note.setWordWrap(True)
        box.addWidget(note)

        attrs = self._attributes_box(page)

        self.choose_message = QLabel(page)
        set_tone(self.choose_message, "error")
        self.choose_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.import_button = self.choose_buttons.addButton(
            translate("import_dialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.choose_buttons.accepted.connect(self.start_import)
        self.choose_buttons.rejected.connect(self.reject)
        self.path_list.model().rowsInserted.connect(self._update_buttons)
        self.path_list.model().rowsRemoved.connect(self._update_buttons)
        self.sheet_edit.textChanged.connect(self._update_buttons)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(files, 1)
        layout.addWidget(attrs)
        layout.addWidget(self.choose_message)
        layout.addWidget(self.choose_buttons)
        return page

    def _attributes_box(self, page: QWidget) -> QGroupBox:
        """An attribute sheet and a file-name pattern, both optional."""
        attrs = QGroupBox(translate("import_dialog", "Attributes (optional)"), page)
        self.sheet_edit = QLineEdit(attrs)
        a11y(
            self.sheet_edit,
            translate("import_dialog", "Attribute sheet"),
            translate("import_dialog", "A CSV or Excel sheet: one row per document"),
        )
        self.sheet_edit.setPlaceholderText(
            translate("import_dialog", "A CSV or Excel sheet: one row per document (document, site, …)")
        )
        browse = QPushButton(translate("import_dialog", "Browse…"), attrs)
        browse.clicked.connect(self._browse_sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_edit, 1)
        sheet_row.addWidget(browse)
        self.pattern_edit = QLineEdit(attrs)
        a11y(
            self.pattern_edit,
            translate("import_dialog", "File name pattern"),
            translate("import_dialog", "Attributes read from the file names, e.g. {example}").format(
                example="{site}-{group}-{number}"
            ),
        )
        self.pattern_edit.setPlaceholderText(
            translate("import_dialog", "e.g. {pattern} for {name}").format(
                pattern="{site}-{stakeholder_group}-{number}", name="HC-LE-01"
            )
        )
        self.pattern_edit.setToolTip(
            translate("import_dialog", "Parts of the file name in braces become document attributes")
        )
        form = QFormLayout(attrs)
        form.addRow(translate("import_dialog", "Attribute sheet:"), sheet_row)
        form.addRow(translate("import_dialog", "File-name pattern:"), self.pattern_edit)
        return attrs

    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_label = QLabel(translate("import_dialog", "Starting…"), page)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setRange(0, 0)
        self.cancel_button = QPushButton(translate("import_dialog", "Cancel"), page)
        self.cancel_button.clicked.connect(self.cancel_import)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.report_model = ImportReportModel(self)
        self.report_view = QTableView(page)
        a11y(
            self.report_view,
            translate("import_dialog", "Import report"),
            translate("import_dialog", "One row per file: what was imported, and any problem"),
        )
        self.report_view.setModel(self.report_model)
        self.report_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_view.setWordWrap(False)
        self.report_view.verticalHeader().setVisible(False)
        self.report_view.verticalHeader().setDefaultSectionSize(self.report_view.fontMetrics().height() + 8)
        header = self.report_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 80), (1, 200)):  # at least as wide as the (translated) header
            title = str(self.report_model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(width, header.fontMetrics().horizontalAdvance(title) + 24))
        self.sheet_summary = QLabel(page)
        self.sheet_summary.setWordWrap(True)
        self.sheet_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, page)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.sheet_summary)
        layout.addWidget(close)
        return page

    # --- choosing ---------------------------------------------------------------------------
    def paths(self) -> list[str]:
        return [self.path_list.item(i).text() for i in range(self.path_list.count())]

    def add_paths(self, paths: list[str | Path]) -> None:
        present = set(self.paths())
        for p in paths:
            text = str(p)
            if text and text not in present:
                self.path_list.addItem(text)
                present.add(text)

    def set_sheet(self, path: str | Path) -> None:
        self.sheet_edit.setText(str(path))

    def set_pattern(self, pattern: str) -> None:
        self.pattern_edit.setText(pattern)

    def _browse_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("import_dialog", "Add transcripts"),
            self._ctx.settings.last_directory(),
            translate("import_dialog", "Transcripts ({patterns})").format(patterns=patterns)
            + ";;"
            + translate("import_dialog", "All files (*)"),
        )
        if files:
            self._ctx.settings.set_last_directory(Path(files[0]).parent)
            self.add_paths(list(files))

    def _browse_folder(self) -> None:
        start = self._ctx.settings.last_directory()
        folder = QFileDialog.getExistingDirectory(
            self, translate("import_dialog", "Add a folder of transcripts"), start
        )
        if folder:
            self._ctx.settings.set_last_directory(folder)
            self.add_paths([folder])

    def open_survey(self) -> QDialog:
        from qcoder.gui.survey.import_dialog import SurveyImportDialog

        dialog = SurveyImportDialog(self._ctx, self)
        dialog.show()
        return dialog

    def _browse_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("import_dialog", "Attribute sheet"),
            self._ctx.settings.last_directory(),
            translate("import_dialog", "Sheets ({patterns})").format(patterns="*.csv *.xlsx")
            + ";;"
            + translate("import_dialog", "All files (*)"),
        )
        if path:
            self.set_sheet(path)

    def _remove_selected(self) -> None:
        for item in self.path_list.selectedItems():
            self.path_list.takeItem(self.path_list.row(item))

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.paths() or self.sheet_edit.text().strip()))
        self.import_button.setText(
            translate("import_dialog", "Import") if self.paths() else translate("import_dialog", "Apply attributes")
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.pages.currentIndex() == 0:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # --- importing --------------------------------------------------------------------------
    def start_import(self) -> Worker | None:
        project = self._ctx.project
        paths = self.paths()
        sheet = self.sheet_edit.text().strip() or None
        pattern = self.pattern_edit.text().strip() or None
        if project is None or self.worker is not None:
            return None
        if not paths and not sheet:
            self.choose_message.setText(
                translate("import_dialog", "Add files or folders to import (or an attribute sheet to apply).")
            )
            return None
        if sheet and not Path(sheet).is_file():
            self.choose_message.setText(
                translate("import_dialog", "The attribute sheet {path} does not exist.").format(path=sheet)
            )
            return None
        self.choose_message.setText("")
        # every command the import runs (in the worker) is collected, then pushed as one undo step
        self._grouping = Grouping(self._ctx, translate("import_dialog", "Import"), background=True)

        into = self._grouping.recording

        def task(progress: Any, cancel: Any) -> ImportReport:
            with recording(into=into):
                return import_paths(project, paths, sheet=sheet, pattern=pattern, progress=progress, cancel=cancel)

        worker = Worker(task, self)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        self.worker = worker
        self.pages.setCurrentIndex(1)
        self.progress_label.setText(translate("import_dialog", "Reading the files…"))
        self.import_started.emit(worker)
        worker.start()
        return worker

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.outcome == ""

    def cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(translate("import_dialog", "Cancelling after the current file…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.worker is None or self.worker.token.cancelled:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        if message:
            self.progress_label.setText(
                translate("import_dialog", "Importing {done} of {total}: {name}").format(
                    done=number(done + 1), total=number(total), name=message
                )
            )
        elif total and done >= total:
            self.progress_label.setText(translate("import_dialog", "Applying attributes…"))

    def _on_done(self) -> None:
        worker = self.worker
        if worker is None or self._handled:
            return
        self._handled = True
        worker.wait()
        grouping, self._grouping = self._grouping, None
        added = _documents_added(grouping.recording.commands) if grouping else 0
        if grouping is not None:
            grouping.finish(
                count_text(
                    added,
                    translate("import_dialog", "Import {n} document"),
                    translate("import_dialog", "Import {n} documents"),
                )
                if added
                else translate("import_dialog", "Apply attributes")
            )
        if worker.outcome == "finished":
            self.report = worker.result
            self._show_report(worker.result)
        else:
            self.report = None
            self.error = str(worker.error) if worker.error else "cancelled"
            self._show_failure(worker, added)
        self.pages.setCurrentIndex(2)
        self.import_finished.emit(self.report)

    # --- the report -------------------------------------------------------------------------
    def _show_report(self, report: ImportReport) -> None:
        self.report_model.reset_rows(report_lines(report))
        any_files = report.imported or report.skipped or report.failed
        imported = count_text(
            len(report.imported),
            translate("import_dialog", "Imported {n} document."),
            translate("import_dialog", "Imported {n} documents."),
        )
        parts = [imported] if any_files or not report.sheet else []
        if report.skipped:
            parts.append(translate("import_dialog", "{n} skipped.").format(n=number(len(report.skipped))))
        if report.failed:
            parts.append(
                translate("import_dialog", "{n} could not be imported (see the reasons below).").format(
                    n=number(len(report.failed))
                )
            )
        if report.cancelled:
            parts.insert(0, translate("import_dialog", "Import cancelled: the documents imported before it are kept."))
        self.summary.setText(" ".join(parts))
        sheet = report.sheet
        if sheet is None:
            self.sheet_summary.setText("")
            return
        documents = count_text(
            sheet.documents, translate("import_dialog", "{n} document"), translate("import_dialog", "{n} documents")
        )
        participants = count_text(
            sheet.participants,
            translate("import_dialog", "{n} participant"),
            translate("import_dialog", "{n} participants"),
        )
        lines = [
            translate("import_dialog", "Attributes set on {documents} and {participants}.").format(
                documents=documents, participants=participants
            )
        ]
        unknown = list(dict.fromkeys(sheet.unknown_documents))
        if unknown:
            lines.append(
                translate("import_dialog", "Rows for documents not in the project: {names}").format(
                    names=", ".join(unknown[:20])
                )
                + (" …" if len(unknown) > 20 else "")
            )
        speakers = list(dict.fromkeys(sheet.unknown_speakers))
        if speakers:
            lines.append(
                translate("import_dialog", "Speakers not found: {names}").format(names=", ".join(speakers[:20]))
                + (" …" if len(speakers) > 20 else "")
            )
        lines += sheet.errors[:20]
        self.sheet_summary.setText("\n".join(lines))

    def _show_failure(self, worker: Worker, added: int) -> None:
        from qcoder.gui.errors import user_message

        self.report_model.reset_rows([])
        message = (
            user_message(worker.error) if worker.error else translate("import_dialog", "The import was cancelled.")
        )
        kept = (
            " "
            + count_text(
                added,
                translate("import_dialog", "{n} document imported before the error is kept."),
                translate("import_dialog", "{n} documents imported before the error are kept."),
            )
            if added
            else ""
        )
        self.summary.setText(translate("import_dialog", "The import stopped: {reason}").format(reason=message) + kept)
        self.sheet_summary.setText("")

    # --- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.is_running():
            self.cancel_import()  # closes when the worker stops (the report shows what was kept)
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.is_running():
            self.cancel_import()
            assert self.worker is not None
            self.worker.wait()
        if self.worker is not None:
            self._on_done()  # the project's history must be restored even if the signal has not arrived
        super().done(result)


def _documents_added(commands: list[Command]) -> int:
    """How many documents the recorded commands added (an import stores them in batches)."""
    return sum(_documents_added(c.commands) if isinstance(c, Batch) else isinstance(c, AddDocument) for c in commands)


def _folders_note() -> str:
    """What a folder added to the import brings in."""
    return translate(
        "import_dialog",
        "Folders are searched for {kinds} files and for files without an extension (their "
        "content decides); audio, video, images and spreadsheets are listed as skipped, hidden "
        "files are left out. Files whose text is already in the project are skipped.",
    ).format(kinds=", ".join(sorted(SUPPORTED_SUFFIXES)))
