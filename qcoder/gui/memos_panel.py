"""The memo list: every memo of the project (journal entries, document, code, participant and
coding memos) and the framework matrix's summaries, filtered by type, author and date, with
full-text search; the selected memo in an editor beside the list (saving is one undoable step);
double-click opens what the memo is on (a document in the viewer, a coding's excerpt, a code in
the codebook, a summary's framework-matrix cell).

Rows are :class:`~qcoder.core.memos.MemoEntry` records from :mod:`qcoder.app.memos`; the list
reloads when a change set touches memos, codings, documents, codes or participants.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.app import memos
from qcoder.app.memo_links import LinkTarget
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.memos import KIND_TITLES, KINDS, MemoEntry, MemoFilter, filter_memos
from qcoder.gui.accessibility import a11y
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.excerpt_table import Column, ExcerptTableModel, record_table
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.memo_links_view import MemoLinkDialog, MemoLinksView
from qcoder.gui.record_model import Index
from qcoder.gui.texts import one_line

TYPE, ON, AUTHOR, DATE, TEXT = range(5)
_RELOAD = (Kind.MEMO, Kind.CODING, Kind.DOCUMENT, Kind.CODE, Kind.PARTICIPANT, Kind.CODER, Kind.SUMMARY)
_SINCE = {
    QT_TRANSLATE_NOOP("memos_panel", "Any time"): None,
    QT_TRANSLATE_NOOP("memos_panel", "Today"): 0,
    QT_TRANSLATE_NOOP("memos_panel", "Last 7 days"): 6,
    QT_TRANSLATE_NOOP("memos_panel", "Last 30 days"): 29,
    QT_TRANSLATE_NOOP("memos_panel", "Last 365 days"): 364,
}
_KIND_LABEL = {
    "project": QT_TRANSLATE_NOOP("memos_panel", "Journal"),
    "document": QT_TRANSLATE_NOOP("memos_panel", "Document"),
    "code": QT_TRANSLATE_NOOP("memos_panel", "Code"),
    "participant": QT_TRANSLATE_NOOP("memos_panel", "Participant"),
    "summary": QT_TRANSLATE_NOOP("memos_panel", "Summary"),
}
_KIND_TITLES = {  # qcoder.core.memos.KIND_TITLES, in the window's language
    "project": QT_TRANSLATE_NOOP("memos_panel", "Project journal"),
    "document": QT_TRANSLATE_NOOP("memos_panel", "Document memos"),
    "code": QT_TRANSLATE_NOOP("memos_panel", "Code memos"),
    "participant": QT_TRANSLATE_NOOP("memos_panel", "Participant memos"),
    "coding": QT_TRANSLATE_NOOP("memos_panel", "Coding memos"),
    "summary": QT_TRANSLATE_NOOP("memos_panel", "Framework summaries"),
}

_CODING = QT_TRANSLATE_NOOP("memos_panel", "Coding")


def _kind_label(entry: MemoEntry) -> str:
    """The untranslated label of the memo's kind ("Journal", "Coding", …)."""
    return _KIND_LABEL.get(entry.kind, _CODING)


def _target(entry: MemoEntry) -> str:
    return entry.on.partition(":")[2] if entry.kind != "project" else translate("memos_panel", "Project")


class MemoListModel(ExcerptTableModel):
    """Rows: ``MemoEntry`` records. Columns: type, on, author, date, the memo's first line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(translate("memos_panel", "Type"), lambda e: translate("memos_panel", _kind_label(e))),
                Column(translate("memos_panel", "On"), _target, tooltip=lambda e: e.on),
                Column(translate("memos_panel", "Author"), lambda e: e.author or "—"),
                Column(translate("memos_panel", "Date"), lambda e: f"{e.created:%Y-%m-%d}", sort=lambda e: e.created),
                Column(
                    translate("memos_panel", "Memo"), lambda e: one_line(e.text)[:200], tooltip=lambda e: e.text[:1500]
                ),
            ],
            parent,
        )


class MemosPanel(QWidget):
    """Filters and search above the memo list; the selected memo's editor beside it."""

    code_requested = Signal(str)  # a code memo was opened: show the code in the codebook
    summary_requested = Signal(str, str)  # a summary was opened: its case key and theme code id
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._entries: list[MemoEntry] = []
        self._shown: tuple[str, str] | None = None  # kind and id of the memo in the editor
        self._stale = False  # memos changed while the list was hidden
        self.model = MemoListModel(self)
        self._make_filters()
        self._make_table()
        self._make_editor()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self._editor_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        ctx.changed.connect(self._on_changed)
        ctx.project_opened.connect(self.reload)
        ctx.project_closed.connect(self.reload)
        ctx.coder_changed.connect(self.reload)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _make_filters(self) -> None:
        self.type_box = QComboBox(self)
        a11y(self.type_box, translate("memos_panel", "Memo type"))
        self.type_box.addItem(translate("memos_panel", "All types"), None)
        for kind in KINDS:
            self.type_box.addItem(translate("memos_panel", _KIND_TITLES.get(kind, KIND_TITLES[kind])), kind)
        self.author_box = QComboBox(self)
        a11y(self.author_box, translate("memos_panel", "Memo author"))
        self.date_box = QComboBox(self)
        a11y(self.date_box, translate("memos_panel", "Memos since"))
        for label, days in _SINCE.items():
            self.date_box.addItem(translate("memos_panel", label), days)
        self.search_edit = QLineEdit(self)
        a11y(self.search_edit, translate("memos_panel", "Search memos"))
        self.search_edit.setPlaceholderText(translate("memos_panel", "Search memos…"))
        self.search_edit.setClearButtonEnabled(True)
        for box in (self.type_box, self.author_box, self.date_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self.apply_filter)
        self.new_button = QPushButton(translate("memos_panel", "New journal entry"), self)
        self.new_button.clicked.connect(self.new_journal_entry)
        self._filters = QHBoxLayout()
        self._filters.setContentsMargins(0, 0, 0, 0)
        for widget in (self.type_box, self.author_box, self.date_box):
            self._filters.addWidget(widget)
        self._filters.addWidget(self.search_edit, 1)
        self._filters.addWidget(self.new_button)
        self.status = QLabel(self)

    def _make_table(self) -> None:
        self.view = QTableView(self)
        a11y(
            self.view,
            translate("memos_panel", "Memos"),
            translate("memos_panel", "One row per memo: type, what it is on, author, date. Enter opens it."),
        )
        self.view.setModel(self.model)
        record_table(self.view, [(TYPE, 80), (ON, 150), (AUTHOR, 80), (DATE, 85)])
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current))

    def _make_editor(self) -> None:
        self._editor_box = QWidget(self)
        self.editor_label = QLabel(translate("memos_panel", "Select a memo to read or edit it."), self._editor_box)
        self.editor_label.setWordWrap(True)
        self.editor = QPlainTextEdit(self._editor_box)
        a11y(
            self.editor,
            translate("memos_panel", "Memo text"),
            translate("memos_panel", "The selected memo, to read or edit"),
        )
        self.editor.setEnabled(False)
        self.save_button = QPushButton(translate("memos_panel", "Save memo"), self._editor_box)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.link_button = QPushButton(translate("memos_panel", "Insert link…"), self._editor_box)
        self.link_button.setToolTip(translate("memos_panel", "Link this memo to a code, a document or an excerpt"))
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self.insert_link)
        self.editor.textChanged.connect(self._on_edited)
        self.links_view = MemoLinksView(self._editor_box)
        self.links_view.link_opened.connect(self._open_link)
        self.links_view.broken_clicked.connect(
            lambda ref: self.message.emit(
                translate(
                    "memos_panel", "The link “{ref}” points to something that is no longer in the project"
                ).format(ref=ref)
            )
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.editor_label, 1)
        top.addWidget(self.link_button)
        top.addWidget(self.save_button)
        box = QVBoxLayout(self._editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.editor, 1)
        box.addWidget(self.links_view)

    # --- loading and filtering -------------------------------------------------------------------
    def reload(self) -> None:
        """Read every memo again and show those the filters keep."""
        project = self._ctx.project
        self._stale = False
        self._entries = memos.memo_entries(project, summaries=True) if project is not None else []
        authors = sorted({e.author for e in self._entries if e.author}, key=str.casefold)
        chosen = self.author_box.currentData()
        self.author_box.blockSignals(True)
        self.author_box.clear()
        self.author_box.addItem(translate("memos_panel", "All authors"), None)
        for name in authors:
            self.author_box.addItem(name, name)
        self.author_box.setCurrentIndex(max(self.author_box.findData(chosen), 0))
        self.author_box.blockSignals(False)
        self.new_button.setEnabled(project is not None)
        self.apply_filter()

    def current_filter(self) -> MemoFilter:
        kind = self.type_box.currentData()
        days = self.date_box.currentData()
        since: date | None = None if days is None else datetime.now(UTC).date() - timedelta(days=days)
        return MemoFilter(
            kinds=None if kind is None else frozenset({kind}),
            author=self.author_box.currentData() or "",
            since=since,
            text=self.search_edit.text(),
        )

    def apply_filter(self) -> None:
        shown = filter_memos(self._entries, self.current_filter())
        self.model.sync_rows(shown)
        memos_shown = count_text(
            len(shown), translate("memos_panel", "{n} memo"), translate("memos_panel", "{n} memos")
        )
        self.status.setText(
            translate("memos_panel", "{shown} of {total}").format(shown=memos_shown, total=number(len(self._entries)))
        )
        self._show(self.view.currentIndex())

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, ChangeSet) and any(changes.touches(k) for k in _RELOAD):
            self._stale = True
            if self.isVisible():  # else when shown: coding changes are frequent, the list reads all
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- the editor ------------------------------------------------------------------------------
    def current_entry(self) -> MemoEntry | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show(self, index: Index) -> None:
        entry = self.model.record(index.row()) if index.isValid() else None
        shown = (entry.kind, entry.id) if entry is not None else None
        if shown is not None and shown == self._shown and self.save_button.isEnabled():
            return  # unsaved edits of the same memo stay in the editor
        self._shown = shown
        self.editor.blockSignals(True)
        self.editor.setPlainText(entry.text if entry else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(entry is not None)
        self.link_button.setEnabled(entry is not None)
        self.links_view.show_memo(self._ctx.project, entry.text if entry else "")
        self.save_button.setEnabled(False)
        if entry is None:
            self.editor_label.setText(translate("memos_panel", "Select a memo to read or edit it."))
        else:
            who = entry.author or translate("memos_panel", "unknown author")
            kind = translate("memos_panel", _kind_label(entry))
            on = translate("memos_panel", "{kind}: {target}").format(kind=kind, target=_target(entry))
            self.editor_label.setText(f"{on} · {who} · {entry.created:%Y-%m-%d %H:%M}")

    def _on_edited(self) -> None:
        self.save_button.setEnabled(self.current_entry() is not None)
        self.links_view.show_memo(self._ctx.project, self.editor.toPlainText())

    # --- links ---------------------------------------------------------------------------------
    def insert_link(self) -> None:
        """Pick a code, document or excerpt and put a link to it at the cursor."""
        project = self._ctx.project
        if project is None or self.current_entry() is None:
            return
        dialog = MemoLinkDialog(project, self)
        if dialog.exec() and dialog.markup():
            self.insert_markup(dialog.markup())

    def insert_markup(self, markup: str) -> None:
        self.editor.insertPlainText(markup)
        self.editor.setFocus()

    def _open_link(self, target: LinkTarget) -> None:
        if target.kind == "code":
            self.code_requested.emit(target.target_id)
        else:
            self._ctx.document_requested.emit(target.document_id, target.start, target.end)

    def save(self) -> None:
        """Write the editor's text to the selected memo (one undoable step)."""
        entry, project = self.current_entry(), self._ctx.project
        if entry is None or project is None:
            return
        self.save_button.setEnabled(False)
        try:
            memos.edit_memo(project, entry, self.editor.toPlainText(), self._author())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.emit(user_message(exc))

    def new_journal_entry(self) -> None:
        """Add a dated journal entry and select it for writing."""
        project = self._ctx.project
        if project is None:
            return
        try:
            entry_id = memos.add_memo(project, "project", translate("memos_panel", "New journal entry"), self._author())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.emit(user_message(exc))
            return
        self.select(entry_id)
        self.editor.setFocus()
        self.editor.selectAll()

    def select(self, entry_id: str) -> bool:
        """Make the memo ``entry_id`` current (clearing filters that hide it)."""
        if self.model.row_of(entry_id) < 0:
            self.type_box.setCurrentIndex(0)
            self.author_box.setCurrentIndex(0)
            self.date_box.setCurrentIndex(0)
            self.search_edit.clear()
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, TEXT))
        return row >= 0

    def _author(self) -> str:
        coder = self._ctx.coder
        return coder.id if coder is not None else ""

    # --- opening what a memo is on ------------------------------------------------------------
    def _on_activated(self, index: Index) -> None:
        entry = self.model.record(index.row()) if index.isValid() else None
        if entry is None:
            return
        if entry.kind == "document":
            self._ctx.document_requested.emit(entry.target_id, -1, -1)
        elif entry.kind == "coding":
            self._ctx.document_requested.emit(entry.document_id, entry.start, entry.end)
        elif entry.kind == "code":
            self.code_requested.emit(entry.target_id)
        elif entry.kind == "summary":
            case_key, code_id, _author = memos.summary_cell(entry)
            self.summary_requested.emit(case_key, code_id)
        else:
            self.editor.setFocus()
