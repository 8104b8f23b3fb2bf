"""The documents panel: every document with its attributes, speakers and coding counts.

``DocumentsModel`` holds the project's ``DocumentInfo`` records (one bulk query) and follows
the project's change sets: it re-reads the cheap document list and emits only the rows and
cells that differ. The panel adds a filter box over all columns, sortable headers and a
context menu (open, rename, delete, speakers, attributes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.app import Project
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import NotFound, QcoderError
from qcoder.core.model import AttributeScope, DocumentInfo
from qcoder.gui.accessibility import a11y, row_description
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.grouping import one_undo_step
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.record_model import ID_ROLE, SORT_ROLE, Index, RecordTableModel, SourceSortProxy
from qcoder.gui.shortcuts import bind
from qcoder.gui.style import set_tone
from qcoder.gui.texts import attribute_label

RECOUNT_DELAY_MS = 400
_TAIL = ("speakers", "codings", "chars", "format")
_TAIL_LABELS = {
    "speakers": QT_TRANSLATE_NOOP("documents_panel", "Speakers"),
    "codings": QT_TRANSLATE_NOOP("documents_panel", "Codings"),
    "chars": QT_TRANSLATE_NOOP("documents_panel", "Characters"),
    "format": QT_TRANSLATE_NOOP("documents_panel", "Format"),
}


def _documents(n: int) -> str:
    return count_text(n, translate("documents_panel", "{n} document"), translate("documents_panel", "{n} documents"))


class DocumentsModel(RecordTableModel):
    """Rows: documents (``DocumentInfo``). Columns: name, each document attribute, speakers,
    number of codings, characters, source format. The name is editable (renames)."""

    error = Signal(str)  # a user-facing message when an edit is refused

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._attributes: list[str] = []
        self._haystacks: dict[str, tuple[DocumentInfo, str]] = {}  # id -> (record, its row text)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self._recount_now)
        ctx.project_opened.connect(self.reload)
        ctx.project_closed.connect(self._on_closed)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # --- loading ----------------------------------------------------------------------------
    def _attribute_names(self) -> list[str]:
        project = self._ctx.project
        return [a.name for a in project.attributes(AttributeScope.DOCUMENT)] if project else []

    def reload(self) -> None:
        self._recount.stop()
        project = self._ctx.project
        names = self._attribute_names()
        self._haystacks.clear()
        self.reset_rows(project.documents() if project else [], prepare=lambda: setattr(self, "_attributes", names))

    def _on_closed(self) -> None:
        self._recount.stop()
        self._haystacks.clear()
        self.reset_rows([], prepare=lambda: setattr(self, "_attributes", []))

    def _on_changed(self, changes: ChangeSet) -> None:
        project = self._ctx.project
        if project is None:
            return
        named = changes.ids(Kind.DOCUMENT)
        if changes.touches(Kind.ATTRIBUTE) and self._attribute_names() != self._attributes:
            self.reload()  # attribute columns were added, removed, renamed or reordered
            return
        # (values set on documents name those documents: the columns are the same, the rows named)
        if (changes.touches(Kind.SPEAKER) and not named) or len(named) > 50:
            # one bulk query (every document); only the rows and cells that differ are signalled
            self._recount.stop()
            self.sync_rows(project.documents())
            return
        if named:  # renamed, attributes or speakers edited, added, deleted: re-read those rows only
            self._refresh_documents(project, named)
        coded = changes.coded_documents - named
        if len(coded) > 20:
            self._recount.start()  # a big batch (auto-coding, merge): recount once things are calm
        elif coded:
            self._recount_documents(project, coded)

    def _refresh_documents(self, project: Project, document_ids: set[str]) -> None:
        """A few documents changed: their records re-read one by one (reading all 10,000 takes
        a quarter of a second); rows are removed, replaced or inserted at their place."""
        fresh: list[DocumentInfo] = []
        gone: list[str] = []
        for doc_id in sorted(document_ids):
            try:
                fresh.append(project.document_info(doc_id))
            except NotFound:
                gone.append(doc_id)
        new = [r for r in fresh if self.row_of(r.id) < 0]
        if len(new) > 1:  # several new documents: in the project's order, which the full list gives
            self.sync_rows(project.documents())
            return
        self.remove_ids(gone)
        self.replace_records([r for r in fresh if self.row_of(r.id) >= 0])
        self.append_records(new)

    def _recount_documents(self, project: Project, document_ids: set[str]) -> None:
        """Coding while reading: refresh the coding count of the coded documents' rows only."""
        shown = [d for d in document_ids if self.row_of(d) >= 0]
        counts = project.document_coding_counts(shown)
        column = self.column_of("codings")
        self.replace_records(
            [replace(info, codings=counts.get(info.id, 0)) for info in (self.record(self.row_of(d)) for d in shown)],
            columns=(column, column),
        )

    def _recount_now(self) -> None:
        if self._ctx.project is not None:
            self.sync_rows(self._ctx.project.documents())

    def sort_key(self, record: DocumentInfo, column: int) -> Any:
        key = self.column_key(column)
        if key == "codings":
            return record.codings
        if key == "chars":
            return record.chars
        if key == "speakers":
            return len(record.speakers)
        return self._display(record, key).casefold()

    # --- columns ----------------------------------------------------------------------------
    def attribute_names(self) -> list[str]:
        return list(self._attributes)

    def column_key(self, column: int) -> str:
        """``name``, ``attr:<name>``, or one of speakers / codings / chars / format."""
        if column == 0:
            return "name"
        if column <= len(self._attributes):
            return "attr:" + self._attributes[column - 1]
        return _TAIL[column - 1 - len(self._attributes)]

    def column_of(self, key: str) -> int:
        return next(c for c in range(self.columnCount()) if self.column_key(c) == key)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 1 + len(self._attributes) + len(_TAIL)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        key = self.column_key(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return translate("documents_panel", "Document")
            return (
                attribute_label(key[5:]) if key.startswith("attr:") else translate("documents_panel", _TAIL_LABELS[key])
            )
        if role == Qt.ItemDataRole.ToolTipRole and key.startswith("attr:"):
            return translate("documents_panel", "Document attribute “{name}”").format(name=key[5:])
        return None

    # --- cells ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        info: DocumentInfo = self._rows[index.row()]
        key = self.column_key(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(info, key)
        if role == SORT_ROLE:
            return self.sort_key(info, index.column())
        if role == ID_ROLE:
            return info.id
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and key == "name":
            return row_description(self, index.row())  # attributes, speakers, codings…
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("codings", "chars"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name":
                imported = translate("documents_panel", "Imported from {source} ({format})").format(
                    source=info.source_name, format=info.source_format
                )
                return f"{info.name}\n{imported}"
            if key == "speakers" and info.speakers:
                return "\n".join(info.speakers)
        return None

    @staticmethod
    def _display(info: DocumentInfo, key: str) -> str:
        if key == "name":
            return info.name
        if key.startswith("attr:"):
            return info.attributes.get(key[5:], "")
        if key == "speakers":
            return ", ".join(info.speakers)
        if key == "codings":
            return number(info.codings)
        if key == "chars":
            return number(info.chars)
        return info.source_format.upper()

    def haystack(self, row: int) -> str:
        """Every cell of ``row`` as shown, case-folded, a line per column: what the filter box
        searches. Kept per record, so a key typed re-reads no cell."""
        info: DocumentInfo = self._rows[row]
        cached = self._haystacks.get(info.id)
        if cached is not None and cached[0] is info:
            return cached[1]
        cells = (  # as _display() shows them, column by column (without a call per cell)
            info.name,
            *(info.attributes.get(a, "") for a in self._attributes),
            ", ".join(info.speakers),
            number(info.codings),
            number(info.chars),
            info.source_format.upper(),
        )
        text = "\n".join(cells).casefold()
        self._haystacks[info.id] = (info, text)
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        project = self._ctx.project
        if project is None or not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        info: DocumentInfo = self._rows[index.row()]
        name = str(value).strip()
        if name == info.name:
            return False
        try:
            project.rename_document(info.id, name)
        except QcoderError as exc:
            self.error.emit(user_message(exc))
            return False
        return True  # the change set updates the row


class DocumentsFilter(SourceSortProxy):
    """Case-insensitive filter over every column as shown (the model sorts; numbers as numbers).

    Rows are matched against the model's cached row text (:meth:`DocumentsModel.haystack`), not
    cell by cell through ``data()``: a key typed over 10,000 documents is one substring test per
    row instead of a ``data()`` call per cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""  # case-folded; "" shows every row

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self.text:
            return
        self.beginFilterChange()
        self.text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.text:
            return True
        model = self.sourceModel()
        return isinstance(model, DocumentsModel) and self.text in model.haystack(source_row)


class DocumentsPanel(QWidget):
    """A dockable list of documents; double-click (or Enter) opens one."""

    document_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = DocumentsModel(ctx, self)
        self.proxy = DocumentsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("documents_panel", "Filter documents, attributes, speakers…"))
        self.filter_edit.setClearButtonEnabled(True)
        a11y(
            self.filter_edit,
            translate("documents_panel", "Filter documents"),
            translate("documents_panel", "Shows only the documents whose name, attributes or speakers match"),
        )
        self.filter_edit.textChanged.connect(self._on_filter)
        self.import_button = QToolButton(self)
        self.import_button.setText(translate("documents_panel", "Import…"))
        self.import_button.setToolTip(
            translate("documents_panel", "Import transcripts (Word, text, RTF, subtitles) and attribute sheets")
        )
        self.import_button.clicked.connect(self.open_import_dialog)

        self.view = self._make_table()

        self.count_label = QLabel(self)
        self.count_label.setObjectName("documentsCount")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.setVisible(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.count_label)

        self._make_actions()
        self.model.error.connect(self._show_error)
        ctx.changed.connect(self._clear_error)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
        ):
            signal.connect(self._update_count)
        self.model.modelReset.connect(self._fit_columns)
        self._fit_columns()
        self._update_count()

    def _make_table(self) -> QTableView:
        """The documents table: sortable (project order until a header is clicked), rows
        selected whole, renamed in place, with a context menu."""
        view = QTableView(self)
        a11y(
            view,
            translate("documents_panel", "Documents"),
            translate("documents_panel", "One row per document: name, attributes, speakers, codings. Enter opens it."),
        )
        view.setModel(self.proxy)
        # keep the project's order until a header is clicked (a third click returns to it)
        view.horizontalHeader().setSortIndicatorClearable(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setResizeContentsPrecision(40)  # fit columns to 40 rows, not all
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.activated.connect(self._on_activated)
        return view

    # --- actions ----------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.open_action = QAction(translate("documents_panel", "Open"), self)
        self.open_action.triggered.connect(lambda: self._activate_current())
        self.rename_action = QAction(translate("documents_panel", "Rename…"), self)
        bind(self.rename_action, "documents.rename")
        self.rename_action.triggered.connect(self.rename_selected)
        self.delete_action = QAction(translate("documents_panel", "Delete…"), self)
        bind(self.delete_action, "documents.delete")
        self.delete_action.triggered.connect(self.delete_selected)
        self.speakers_action = QAction(translate("documents_panel", "Edit speakers…"), self)
        self.speakers_action.triggered.connect(self.edit_speakers)
        self.attributes_action = QAction(translate("documents_panel", "Attributes…"), self)
        self.attributes_action.triggered.connect(self.edit_attributes)
        self.memo_action = QAction(translate("documents_panel", "Memo…"), self)
        self.memo_action.setToolTip(translate("documents_panel", "Your notes on this document"))
        self.memo_action.triggered.connect(self.edit_memo)
        for action in (self.rename_action, self.delete_action):
            self.view.addAction(action)

    def _context_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        for action in (self.open_action, self.rename_action, self.speakers_action, self.memo_action):
            action.setEnabled(len(ids) == 1)
            menu.addAction(action)
        menu.addAction(self.attributes_action)
        menu.addSeparator()
        many = translate("documents_panel", "Delete {n} documents…").format(n=number(len(ids)))
        self.delete_action.setText(translate("documents_panel", "Delete…") if len(ids) == 1 else many)
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # --- selection --------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [str(self.proxy.index(r, 0).data(ID_ROLE)) for r in rows]

    def select_document(self, document_id: str) -> None:
        row = self.model.row_of(document_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(index)

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        doc_id = index.data(ID_ROLE)
        if doc_id:
            self.document_activated.emit(str(doc_id))

    def _activate_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.document_activated.emit(ids[0])

    # --- filter and count -------------------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self._ctx.project is None:
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(
                translate("documents_panel", "No documents yet: click Import… to add transcripts.")
            )
        elif shown == total:
            self.count_label.setText(_documents(total))
        else:
            self.count_label.setText(
                translate("documents_panel", "{shown} of {total}").format(shown=number(shown), total=_documents(total))
            )

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            width = header.sectionSize(col)
            key = self.model.column_key(col)
            limit = {"name": 240, "speakers": 200}.get(key, 160)
            header.resizeSection(col, min(max(width, 60), limit))

    # --- operations (wrappers ask the user; the plain methods are used by tests too) -----------
    def rename_document(self, document_id: str, name: str) -> bool:
        try:
            self._ctx.require_project().rename_document(document_id, name)
        except QcoderError as exc:
            self._show_error(user_message(exc))
            return False
        return True

    def rename_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = self.model.row_of(ids[0])
        old = self.model.record(row).name
        title, prompt = translate("documents_panel", "Rename document"), translate("documents_panel", "New name:")
        name, ok = QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Normal, old)
        if ok and name.strip() and name.strip() != old:
            self.rename_document(ids[0], name)

    def delete_documents(self, document_ids: list[str], confirm: bool = True) -> bool:
        project = self._ctx.require_project()
        infos = [self.model.record(self.model.row_of(i)) for i in document_ids if self.model.row_of(i) >= 0]
        if not infos:
            return False
        if confirm:
            codings = sum(i.codings for i in infos)
            what = (
                translate("documents_panel", "“{name}”").format(name=infos[0].name)
                if len(infos) == 1
                else _documents(len(infos))
            )
            if codings:
                coded = count_text(
                    codings, translate("documents_panel", "{n} coding"), translate("documents_panel", "{n} codings")
                )
                text = translate("documents_panel", "Delete {documents} and {codings}?").format(
                    documents=what, codings=coded
                )
            else:
                text = translate("documents_panel", "Delete {documents}?").format(documents=what)
            answer = QMessageBox.question(
                self,
                translate("documents_panel", "Delete documents"),
                text + "\n\n" + translate("documents_panel", "You can undo this with Edit ▸ Undo."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        label = (
            translate("documents_panel", "Delete {name}").format(name=infos[0].name)
            if len(infos) == 1
            else translate("documents_panel", "Delete {n} documents").format(n=number(len(infos)))
        )
        try:
            with one_undo_step(self._ctx, label):
                for info in infos:
                    project.delete_document(info.id)
        except QcoderError as exc:
            self._show_error(user_message(exc))
            return False
        return True

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_documents(ids)

    def edit_speakers(self) -> None:
        from qcoder.gui.speakers_dialog import SpeakersDialog

        ids = self.selected_ids()
        if len(ids) == 1:
            SpeakersDialog(self._ctx, ids[0], self).exec()

    def edit_memo(self) -> None:
        from qcoder.core.model import MemoTarget
        from qcoder.gui.memo_dialog import edit_memo

        ids = self.selected_ids()
        if len(ids) == 1:
            name = self.model.record(self.model.row_of(ids[0])).name
            edit_memo(self._ctx, MemoTarget.DOCUMENT, ids[0], name, self)

    def edit_attributes(self) -> None:
        from qcoder.gui.attributes_editor import AttributesEditor

        editor = AttributesEditor(self._ctx, self, select_ids=self.selected_ids())
        editor.exec()

    def open_import_dialog(self) -> None:
        from qcoder.gui.import_dialog import ImportDialog

        if self._ctx.project is not None:
            ImportDialog(self._ctx, self).exec()

    def _show_error(self, message: str) -> None:
        """Shown under the table (no modal box while the user is editing); cleared by the next change."""
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    def _clear_error(self) -> None:
        self.error_label.setVisible(False)
