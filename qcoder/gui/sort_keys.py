"""Sort any sortable table or tree from the keyboard (issue 19, keyboard only).

A click on a column header sorts it; without a mouse, Ctrl+Shift+S in a sortable table or tree
sorts by the column of the current cell, and pressing it again reverses the order. The new
order is announced to screen readers ("Sorted by Excerpts, descending"). One application-wide
event filter serves every window and dialog, present and future.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTreeView

from qcoder.gui.accessibility import announce
from qcoder.gui.i18n import translate

CTX = "sort_keys"
SORT_KEYS = QKeySequence("Ctrl+Shift+S")


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def sort_by_current_column(view: QTableView | QTreeView) -> bool:
    """Sort ``view`` by its current cell's column (reversed if already sorted by it); False if
    the view does not sort."""
    if not view.isSortingEnabled() or view.model() is None:
        return False
    column = max(view.currentIndex().column(), 0)
    header = _header(view)
    ascending = Qt.SortOrder.AscendingOrder
    if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending:
        order = Qt.SortOrder.DescendingOrder
    else:
        order = ascending
    view.sortByColumn(column, order)
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or column + 1)
    words = translate(CTX, "ascending") if order == ascending else translate(CTX, "descending")
    announce(view, translate(CTX, "Sorted by {column}, {order}").format(column=title, order=words))
    return True


class SortKeys(QObject):
    """The application-wide filter: Ctrl+Shift+S in a sortable table or tree sorts it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if QKeySequence(event.keyCombination()) != SORT_KEYS:
            return False
        view = watched if isinstance(watched, QTableView | QTreeView) else None
        return view is not None and sort_by_current_column(view)


def install_sort_keys(app: QApplication) -> SortKeys:
    keys = SortKeys(app)
    app.installEventFilter(keys)
    return keys
