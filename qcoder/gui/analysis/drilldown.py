"""The excerpts behind a matrix cell: document, speaker, group, coder, codes and text.

Double-click (or Enter) asks for the excerpt in its document (``open_requested``); a click on
the star column asks to toggle its exemplar star (``star_requested``). The view owning the
panel does both, so this module never touches the project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui.analysis.compute import ExcerptItem
from qcoder.gui.record_model import ID_ROLE, RECORD_ROLE, SORT_ROLE, Index, RecordTableModel, SourceSortProxy
from qcoder.gui.texts import one_line

STAR, DOCUMENT, SPEAKER, GROUP, CODER, CODES, EXCERPT = range(7)
_STARRED = QColor("#D4A017")
_UNSTARRED = QColor("#9CA3AF")


class DrillDownModel(RecordTableModel):
    """Rows: :class:`ExcerptItem` records."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.group_title = "Group"

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 7

    def headers(self) -> tuple[str, ...]:
        return ("★", "Document", "Speaker", self.group_title, "Coder", "Code", "Excerpt")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == STAR:
            return "Exemplar: click a star to mark the excerpt as a good example of its code"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item: ExcerptItem = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, col)
        if role == SORT_ROLE:
            return self.sort_key(item, col)
        if role == ID_ROLE:
            return item.id
        if role == RECORD_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and col == STAR:
            return _STARRED if item.exemplar else _UNSTARRED
        if role == Qt.ItemDataRole.TextAlignmentRole and col == STAR:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == STAR:
                return "Exemplar (click to unstar)" if item.exemplar else "Click to star as an exemplar"
            if col == SPEAKER and item.participant:
                return f"Participant: {item.participant}"
            if col == EXCERPT:
                return item.text if len(item.text) <= 1200 else item.text[:1200] + "…"
        return None

    @staticmethod
    def display(item: ExcerptItem, col: int) -> str:
        if col == STAR:
            return "★" if item.exemplar else "☆"
        if col == DOCUMENT:
            return item.document
        if col == SPEAKER:
            return item.speaker
        if col == GROUP:
            return item.group
        if col == CODER:
            return item.coder
        if col == CODES:
            return item.codes
        return one_line(item.text)

    def sort_key(self, record: Any, column: int) -> Any:
        item: ExcerptItem = record
        place = (item.document.casefold(), item.start, item.end, item.coder)
        if column == STAR:
            return (0 if item.exemplar else 1, *place)
        if column == DOCUMENT:
            return place
        if column == EXCERPT:
            return (len(item.text), *place)
        return (self.display(item, column).casefold(), *place)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DrillDownPanel(QWidget):
    open_requested = Signal(object)  # ExcerptItem
    star_requested = Signal(object)  # ExcerptItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DrillDownModel(self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel(self)
        self.title.setObjectName("DrillTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel("Double-click an excerpt to open it in its document · click ☆ to star an exemplar", self)
        self.hint.setObjectName("DrillHint")
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # document order, as computed
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((STAR, 30), (DOCUMENT, 100), (SPEAKER, 130), (GROUP, 150), (CODER, 100), (CODES, 170)):
            header.resizeSection(col, width)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.show_items("Click a cell of the table to list the excerpts behind it.", [])

    def show_items(self, title: str, items: list[ExcerptItem], group_title: str = "") -> None:
        def prepare() -> None:
            if group_title:
                self.model.group_title = group_title

        self.title.setText(title)
        self.model.reset_rows(items, prepare=prepare)
        self.hint.setVisible(bool(items))
        if items:
            self.view.resizeColumnToContents(GROUP)
            header = self.view.horizontalHeader()
            header.resizeSection(GROUP, min(max(header.sectionSize(GROUP) + 8, 110), 260))

    def update_items(self, items: list[ExcerptItem]) -> None:
        """Same rows, fresh stars (keeps the selection and scroll position)."""
        self.model.sync_rows(items)

    def items(self) -> list[ExcerptItem]:
        """The rows as shown (sorted as in the view)."""
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def _on_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.column() == STAR:
            self.star_requested.emit(index.data(RECORD_ROLE))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.column() != STAR:
            self.open_requested.emit(index.data(RECORD_ROLE))

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        item: ExcerptItem = index.data(RECORD_ROLE)
        menu = QMenu(self)
        menu.addAction("Show in document", lambda: self.open_requested.emit(item))
        menu.addAction("Unstar" if item.exemplar else "Star as exemplar", lambda: self.star_requested.emit(item))
        menu.exec(self.view.viewport().mapToGlobal(pos))
