"""Keys that work in every window and dialog, present and future (issue 19, keyboard only).

- Ctrl+Shift+S in a sortable table or tree sorts it by the column of the current cell (what a
  click on the column header does), and pressing it again reverses the order. The new order is
  announced to screen readers ("Sorted by Excerpts, descending").
- Shift+F10 opens the focused widget's context menu at its current item or caret. The main
  window binds it as an action (qcoder.gui.keyboard); this serves the other windows and dialogs.

One application-wide event filter does both; a key already taken by a shortcut never reaches it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTreeView

from qcoder.gui.accessibility import announce
from qcoder.gui.i18n import translate
from qcoder.gui.keyboard import open_context_menu

SORT_KEYS = QKeySequence("Ctrl+Shift+S")
MENU_KEYS = QKeySequence("Shift+F10")


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
    words = translate("app_keys", "ascending") if order == ascending else translate("app_keys", "descending")
    announce(view, translate("app_keys", "Sorted by {column}, {order}").format(column=title, order=words))
    return True


class AppKeys(QObject):
    """The application-wide filter for Ctrl+Shift+S and Shift+F10."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        keys = QKeySequence(event.keyCombination())
        if keys == SORT_KEYS:
            view = watched if isinstance(watched, QTableView | QTreeView) else None
            return view is not None and sort_by_current_column(view)
        if keys == MENU_KEYS and watched is QApplication.focusWidget():
            return open_context_menu()
        return False


def install_app_keys(app: QApplication) -> AppKeys:
    keys = AppKeys(app)
    app.installEventFilter(keys)
    return keys
