"""Project-wide text search: every occurrence of a phrase, in context, across documents, memos
and framework-matrix summaries.

``project.search`` narrows the documents with the full-text index (SQLite FTS5 or PostgreSQL
tsvector) and returns each match with some text before and after it. The results are listed
with the match in bold (the context is elided around it so the match stays visible);
double-click or Enter shows the match in the document viewer. Hits in memos and summaries
(:mod:`qcoder.app.note_search`) come after the documents' and say what they are in; opening one
asks for its memo in the memo list (``memo_requested``) or its framework-matrix cell
(``summary_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.memos import summary_cell
from qcoder.app.note_search import search_notes
from qcoder.app.services.search import SearchHit
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import NotFound
from qcoder.gui.accessibility import a11y
from qcoder.gui.background import keep_until_done, wait_all
from qcoder.gui.context import AppContext
from qcoder.gui.excerpt_table import Column, ExcerptTableModel, record_table
from qcoder.gui.i18n import count_text, number, translate
from qcoder.gui.record_model import RECORD_ROLE, Index
from qcoder.gui.texts import one_line
from qcoder.gui.workers import Worker

DOCUMENT, CONTEXT = range(2)
LIMIT = 500


def hit_key(hit: SearchHit) -> str:
    if hit.note is not None:
        return f"{hit.note.kind}\t{hit.note.id}\t{hit.start}"
    return f"{hit.document_id}:{hit.start}"


def _context(hit: SearchHit) -> str:
    return (
        one_line(hit.before)
        + " " * hit.before[-1:].isspace()
        + hit.match
        + " " * hit.after[:1].isspace()
        + one_line(hit.after)
    )


class SearchResultsModel(ExcerptTableModel):
    """Rows: ``SearchHit`` records. Columns: document, match in context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("search_panel", "In"),
                    lambda h: h.document_name,
                    sort=lambda h: f"{h.document_name.casefold()}\x00{h.start:012d}",
                    tooltip=lambda h: h.document_name,  # a memo's or summary's title is long
                ),
                Column(
                    translate("search_panel", "Match in context"),
                    _context,
                    sort=lambda h: h.match.casefold(),
                    tooltip=lambda h: f"{h.before}[{h.match}]{h.after}",
                ),
            ],
            parent,
            key=hit_key,
        )


class ContextDelegate(QStyledItemDelegate):
    """Paints before / **match** / after on one line, eliding the context, never the match."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(RECORD_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(4, 0, -4, 0)
        bold = QFont(opt.font)
        bold.setBold(True)
        fm, bfm = QFontMetrics(opt.font), QFontMetrics(bold)
        before, match, after = one_line(hit.before), one_line(hit.match), one_line(hit.after)
        space = fm.horizontalAdvance(" ")
        match_w = min(bfm.horizontalAdvance(match), rect.width())
        rest = max(rect.width() - match_w - 2 * space, 0)
        before_w = min(fm.horizontalAdvance(before), rest * 2 // 5)
        before = fm.elidedText(before, Qt.TextElideMode.ElideLeft, before_w) if before_w > 0 else ""
        after_w = rest - fm.horizontalAdvance(before)
        after = fm.elidedText(after, Qt.TextElideMode.ElideRight, max(after_w, 0)) if after_w > 0 else ""
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        x = rect.left()
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        if before:
            painter.setFont(opt.font)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), flags, before)
            x += fm.horizontalAdvance(before) + (space if hit.before[-1:].isspace() else 0)
        painter.setFont(bold)
        shown = (
            match
            if bfm.horizontalAdvance(match) <= rect.width()
            else bfm.elidedText(match, Qt.TextElideMode.ElideRight, rect.width())
        )
        painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), flags, shown)
        x += bfm.horizontalAdvance(shown) + (space if hit.after[:1].isspace() else 0)
        if after and x < rect.right():
            painter.setFont(opt.font)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), flags, after)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), 600), size.height())


class SearchPanel(QWidget):
    """A query box and the matches in context."""

    searched = Signal(list)  # the hits shown, after each search
    memo_requested = Signal(str)  # a memo hit was opened: its memo-list entry id
    summary_requested = Signal(str, str)  # a summary hit was opened: its case key and theme code id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = ""
        self._current: Worker | None = None
        self.model = SearchResultsModel(self)
        self.query_edit = QLineEdit(self)
        a11y(
            self.query_edit,
            translate("search_panel", "Search for"),
            translate("search_panel", "A word or phrase to find in documents, memos and summaries"),
        )
        self.query_edit.setPlaceholderText(
            translate("search_panel", "Search documents, memos and summaries for a word or phrase…")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(translate("search_panel", "Search"), self)
        self.search_button.clicked.connect(self.run_search)

        self.view = QTableView(self)
        a11y(
            self.view,
            translate("search_panel", "Search results"),
            translate("search_panel", "One row per place found: document and context. Enter opens it."),
        )
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CONTEXT, ContextDelegate(self.view))
        record_table(self.view, [(DOCUMENT, 170)])
        self.view.activated.connect(self._on_activated)
        self.status = QLabel(self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        ctx.changed.connect(self._on_changed)
        ctx.project_opened.connect(self.clear)
        ctx.project_closed.connect(self._on_closed)

    # --- searching ----------------------------------------------------------------------------
    def search(self, query: str) -> None:
        """Put ``query`` in the box and run it (``searched`` tells when the results are shown)."""
        self.query_edit.setText(query)
        self.run_search()

    def run_search(self) -> None:
        """Search for the box's text in a worker; ``searched`` is emitted with the results."""
        project = self._ctx.project
        self._query = self.query_edit.text().strip()
        if project is None or not self._query:
            self.clear(keep_query=True)
            self.searched.emit([])
            return
        query = self._query
        worker = keep_until_done(
            Worker(lambda progress, cancel: project.search(query, limit=LIMIT) + search_notes(project, query, LIMIT))
        )
        # slots of this widget: queued to the GUI thread
        worker.finished.connect(self._on_results)
        worker.failed.connect(self._on_failed)
        self._current = worker
        self.status.setText(translate("search_panel", "Searching for “{query}”…").format(query=query))
        worker.start()

    def _on_results(self, hits: list[SearchHit]) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            worker.wait()  # its thread is only signalling ``done``: let it end before anything else happens
        if worker is not self._current:
            return  # a newer search was started meanwhile
        self.model.reset_rows(hits)
        self._update_status()
        if hits:
            self.view.selectRow(0)
        self.searched.emit(hits)

    def _on_failed(self, message: str) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            worker.wait()
        if worker is self._current:
            self.model.reset_rows([])
            self.status.setText(message)
            self.searched.emit([])

    def wait(self) -> None:
        """Wait for running searches (closing the project, tests)."""
        wait_all()

    def _on_closed(self) -> None:
        self.wait()  # the project closes right after this signal
        self.clear()

    def clear(self, keep_query: bool = False) -> None:
        self._current = None
        if not keep_query:
            self.query_edit.clear()
            self._query = ""
        self.model.reset_rows([])
        self.status.setText("")

    def _update_status(self) -> None:
        hits: list[SearchHit] = self.model.records()
        if not self._query:
            self.status.setText("")
        elif not hits:
            self.status.setText(translate("search_panel", "No matches for “{query}”.").format(query=self._query))
        else:
            docs = len({h.document_id for h in hits if h.note is None})
            notes = len({(h.note.kind, h.note.id) for h in hits if h.note is not None})
            matches = count_text(
                len(hits), translate("search_panel", "{n} match"), translate("search_panel", "{n} matches")
            )
            documents = count_text(
                docs, translate("search_panel", "{n} document"), translate("search_panel", "{n} documents")
            )
            text = translate("search_panel", "{matches} in {documents}").format(matches=matches, documents=documents)
            if notes:
                text += translate("search_panel", " and {memos}").format(
                    memos=count_text(
                        notes,
                        translate("search_panel", "{n} memo or summary"),
                        translate("search_panel", "{n} memos or summaries"),
                    )
                )
            in_notes = sum(h.note is not None for h in hits)
            if LIMIT <= max(len(hits) - in_notes, in_notes):  # documents and notes: each up to LIMIT
                text = translate(
                    "search_panel", "Showing the first {n} matches (in {documents}); refine the search."
                ).format(n=number(LIMIT), documents=documents)
            self.status.setText(text)

    def _on_changed(self, changes: ChangeSet) -> None:
        project = self._ctx.project
        if project is None or not self._query:
            return
        if changes.touches(Kind.MEMO) or changes.touches(Kind.SUMMARY):
            self.run_search()  # notes are few: search again
            return
        if not changes.touches(Kind.DOCUMENT):
            return
        if changes.added.get(Kind.DOCUMENT):
            self.run_search()  # a new document may match
            return
        gone = changes.removed.get(Kind.DOCUMENT, set())
        hits: list[SearchHit] = self.model.records()
        if gone:
            self.model.remove_ids([hit_key(h) for h in hits if h.note is None and h.document_id in gone])
        renamed: list[SearchHit] = []
        for doc_id in changes.changed.get(Kind.DOCUMENT, set()):
            try:
                name = project.document_info(doc_id).name
            except NotFound:
                continue
            renamed.extend(
                _with_name(h, name)
                for h in hits
                if h.note is None and h.document_id == doc_id and h.document_name != name
            )
        self.model.replace_records(renamed)
        self._update_status()

    def _on_activated(self, index: Index) -> None:
        hit = index.data(RECORD_ROLE)
        if not isinstance(hit, SearchHit):
            return
        if hit.note is None:
            self._ctx.document_requested.emit(hit.document_id, hit.start, hit.end)
        elif hit.note.kind == "summary":
            case_key, code_id, _author = summary_cell(hit.note)
            self.summary_requested.emit(case_key, code_id)
        else:
            self.memo_requested.emit(hit.note.id)


def _with_name(hit: SearchHit, name: str) -> SearchHit:
    return SearchHit(hit.document_id, name, hit.start, hit.end, hit.before, hit.match, hit.after)
