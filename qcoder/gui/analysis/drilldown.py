"""The excerpts behind a matrix cell: document, speaker, group, coder, codes, time and text.

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
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.matrix import ExcerptItem
from qcoder.gui.accessibility import a11y
from qcoder.gui.excerpt_table import Column, ExcerptTableModel, excerpt_tooltip, star_column
from qcoder.gui.i18n import translate
from qcoder.gui.record_model import RECORD_ROLE, SourceSortProxy
from qcoder.gui.texts import one_line

STAR, DOCUMENT, SPEAKER, GROUP, CODER, CODES, TIME, EXCERPT = range(8)
_UNSTARRED = QColor("#9CA3AF")


def _place(item: ExcerptItem) -> tuple[Any, ...]:
    return item.document.casefold(), item.start, item.end, item.coder


def _columns() -> list[Column]:
    return [
        star_column(lambda i: i.exemplar, _place, unstarred=_UNSTARRED),
        Column(translate("analysis.drilldown", "Document"), lambda i: i.document, sort=_place),
        Column(
            translate("analysis.drilldown", "Speaker"),
            lambda i: i.speaker,
            tooltip=lambda i: (
                translate("analysis.drilldown", "Participant: {name}").format(name=i.participant)
                if i.participant
                else None
            ),
        ),
        Column(translate("analysis.drilldown", "Group"), lambda i: i.group),
        Column(translate("analysis.drilldown", "Coder"), lambda i: i.coder),
        Column(translate("analysis.drilldown", "Code"), lambda i: i.codes),
        Column(
            translate("analysis.drilldown", "Time"),
            lambda i: i.time,
            sort=lambda i: (not i.time, i.time, *_place(i)),
            header_tooltip=translate("analysis.drilldown", "Where the excerpt starts in the document's recording"),
        ),
        Column(
            translate("analysis.drilldown", "Excerpt"),
            lambda i: one_line(i.text),
            sort=lambda i: (len(i.text), *_place(i)),
            tooltip=lambda i: excerpt_tooltip(i.text),
        ),
    ]


class DrillDownModel(ExcerptTableModel):
    """Rows: :class:`ExcerptItem` records."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent, place=_place)

    @property
    def group_title(self) -> str:
        return self.column(GROUP).header

    @group_title.setter
    def group_title(self, title: str) -> None:
        self.set_header(GROUP, title)


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
        self.hint = QLabel(
            translate(
                "analysis.drilldown", "Double-click an excerpt to open it in its document · click ☆ to star an exemplar"
            ),
            self,
        )
        self.hint.setObjectName("DrillHint")
        self.view = QTableView(self)
        a11y(
            self.view,
            translate("analysis.drilldown", "Excerpts of the cell"),
            translate("analysis.drilldown", "The excerpts counted in the selected cell. Enter opens one."),
        )
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
        self._size_columns()
        self.view.setTabKeyNavigation(False)  # the arrows move between rows, Tab leaves the list
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
        self.show_items(
            translate("analysis.drilldown", "Click a cell of the table to list the excerpts behind it."), []
        )

    def _size_columns(self) -> None:
        """The columns' starting widths; the last one stretches."""
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)  # the group column fits 100 rows, not 1,000 of 70,000
        for col, width in (
            (STAR, 30),
            (DOCUMENT, 100),
            (SPEAKER, 130),
            (GROUP, 150),
            (CODER, 100),
            (CODES, 170),
            (TIME, 70),
        ):
            header.resizeSection(col, width)

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

    def replace_items(self, items: list[ExcerptItem]) -> None:
        """Fresh records of rows already listed (matched by id; stars, codes): only those rows
        are signalled, the selection and scroll position stay."""
        self.model.replace_records(items)

    def items(self) -> list[ExcerptItem]:
        """The rows as shown (sorted as in the view)."""
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def _on_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.column() == STAR:
            self.star_requested.emit(index.data(RECORD_ROLE))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        # a double-click on the star column stars (clicked); Enter opens from any column
        by_key = QApplication.mouseButtons() == Qt.MouseButton.NoButton
        if index.isValid() and (index.column() != STAR or by_key):
            self.open_requested.emit(index.data(RECORD_ROLE))

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        item: ExcerptItem = index.data(RECORD_ROLE)
        menu = QMenu(self)
        menu.addAction(translate("analysis.drilldown", "Show in document"), lambda: self.open_requested.emit(item))
        menu.addAction(
            translate("analysis.drilldown", "Unstar")
            if item.exemplar
            else translate("analysis.drilldown", "Star as exemplar"),
            lambda: self.star_requested.emit(item),
        )
        menu.exec(self.view.viewport().mapToGlobal(pos))
