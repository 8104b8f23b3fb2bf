"""Keys in every window (issue 19): Ctrl+Shift+S sorts a sortable table or tree by the current
column and again reverses it (sorting needed the mouse on a column header); Shift+F10 opens the
context menu in dialogs too, not only in the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTreeView

from qcoder.gui.app_keys import install_app_keys


def _model(rows: list[tuple[str, int]]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Name", "Excerpts"])
    for name, n in rows:
        count = QStandardItem()
        count.setData(n, Qt.ItemDataRole.DisplayRole)
        model.appendRow([QStandardItem(name), count])
    return model


def _column(view, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    m = view.model()
    return [str(m.index(r, col).data()) for r in range(m.rowCount())]


def test_the_keys_sort_by_the_current_column_and_reverse(qtbot, qapp, monkeypatch) -> None:
    import qcoder.gui.app_keys as sk

    heard: list[str] = []
    monkeypatch.setattr(sk, "announce", lambda _w, text, **k: heard.append(text))
    keys = install_app_keys(qapp)
    try:
        for cls in (QTableView, QTreeView):
            view = cls()
            qtbot.addWidget(view)
            view.setModel(_model([("b", 2), ("a", 10), ("c", 1)]))
            view.setSortingEnabled(True)
            view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            view.show()
            qtbot.waitExposed(view)
            view.setFocus()
            view.setCurrentIndex(view.model().index(0, 1))
            qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            assert _column(view, 1) == ["1", "2", "10"]
            qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            assert _column(view, 1) == ["10", "2", "1"]
            assert heard[-2:] == ["Sorted by Excerpts, ascending", "Sorted by Excerpts, descending"]
    finally:
        qapp.removeEventFilter(keys)


def test_a_view_that_does_not_sort_is_left_alone(qtbot, qapp) -> None:
    keys = install_app_keys(qapp)
    try:
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(_model([("b", 2), ("a", 10)]))
        view.show()
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert _column(view, 0) == ["b", "a"]
    finally:
        qapp.removeEventFilter(keys)


def test_shift_f10_opens_the_context_menu_in_any_window(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QDialog, QListWidget, QVBoxLayout

    keys = install_app_keys(qapp)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        items = QListWidget(dialog)
        items.addItems(["one", "two"])
        QVBoxLayout(dialog).addWidget(items)
        asked = []
        items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        items.customContextMenuRequested.connect(asked.append)
        dialog.show()
        qtbot.waitExposed(dialog)
        items.setFocus()
        items.setCurrentRow(1)
        qtbot.waitUntil(lambda: items.hasFocus())
        qtbot.keyClick(items, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        assert len(asked) == 1 and items.itemAt(asked[0]).text() == "two"
    finally:
        qapp.removeEventFilter(keys)
