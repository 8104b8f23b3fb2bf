"""Everything without a mouse (issue 19): every action of the main window and of every window
and dialog its menus open has a shortcut or a keyboard path (see tests/gui/keyboard_audit.py)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QWidget

from qcoder.gui.record_model import ID_ROLE
from tests.gui.keyboard_audit import gaps, tab_order_problems
from tests.gui.test_every_action import SKIP, _actions, answered  # noqa: F401 - fixture


def test_every_action_and_widget_of_the_window_has_a_keyboard_path(qtbot, demo_ctx, answered) -> None:  # noqa: F811
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window._show_document(demo_ctx.project.documents()[0].id, -1, -1)
    # no worker thread left running: its garbage collections would free the audit's Qt wrappers
    qtbot.waitUntil(lambda: not window.sentences._pending, timeout=60_000)
    found: dict[str, list[str]] = {}
    for key in window.docks:
        window.open_dock(key)
        QApplication.processEvents()
        found.update({f"main/{key}: {g}": [] for g in gaps(window)})
    audited: set[int] = {id(window)}

    def sweep() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QWidget) and id(modal) not in audited and modal.isVisible():
            audited.add(id(modal))
            found.update({f"{type(modal).__name__}: {g}": [] for g in gaps(modal) + tab_order_problems(modal)})
        if isinstance(modal, QDialog):
            modal.reject()
        elif isinstance(modal, QWidget):
            modal.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        for label, action in list(_actions(window)):
            if action.text().replace("&", "") in SKIP or not action.isEnabled() or "Open recent" in label:
                continue
            action.trigger()
            QApplication.processEvents()
            for top in QApplication.topLevelWidgets():
                if top is window or not shiboken6.isValid(top) or not top.isVisible():
                    continue
                if id(top) not in audited:
                    audited.add(id(top))
                    problems = gaps(top) + tab_order_problems(top)
                    found.update({f"{type(top).__name__} ({label}): {g}": [] for g in problems})
                if isinstance(top, QDialog) and top.isVisible():
                    top.reject()
    finally:
        timer.stop()
    assert "\n".join(found) == ""


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()
    return QApplication.focusWidget()


def _panel(window, w: QWidget) -> str:  # type: ignore[no-untyped-def]
    if w is window.viewer.view:
        return "transcript"
    return next(key for key, dock in window.docks.items() if dock.isAncestorOf(w) and dock.isVisible())


def test_f6_and_shift_f6_cycle_the_panels(qtbot, window) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window._show_document(window.ctx.project.documents()[0].id, -1, -1)
    window.documents.view.setFocus()
    focused = [_press(qtbot, Qt.Key.Key_F6) for _ in range(3)]
    assert focused[:2] == [window.viewer.view, window.codebook.tree]
    assert _panel(window, focused[2]) == "excerpts"
    # then the other open docks (raised when tabbed behind another), and round to the start
    while (w := _press(qtbot, Qt.Key.Key_F6)) is not window.documents.view and len(focused) < 12:
        focused.append(w)
    assert w is window.documents.view
    keys = [_panel(window, w) for w in focused]
    assert len(set(keys)) == len(keys) and "search" in keys  # tabbed behind the excerpts
    assert _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is focused[-1]
    assert _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is focused[-2]
    # a panel is entered at its list or text, never at its filter box
    assert not any(isinstance(w, QLineEdit) for w in focused)


def test_shift_f10_opens_the_documents_context_menu_at_the_current_row(qtbot, window) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.documents.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    shown: list[str] = []

    def grab() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.extend(a.text() for a in menu.actions() if a.text())
        menu.close()

    QTimer.singleShot(0, grab)
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Open" in shown and "Attributes…" in shown
    assert window.documents.selected_ids() == [window.documents.proxy.index(1, 0).data(ID_ROLE)]


def test_f6_enters_the_analysis_at_its_matrix(qtbot, window) -> None:
    """Found on the real screen: F6 entered the analysis at its (empty) excerpt list, made
    before the matrix; a panel is entered at its first list or table in Tab order."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_analysis()
    window.docks["search"].raise_()
    window.search.setFocus()
    for _ in range(len(window.docks) + 1):
        if window.docks["analysis"].isAncestorOf(_press(qtbot, Qt.Key.Key_F6)):
            break
    assert QApplication.focusWidget() is window.analysis.table


def test_tab_follows_forms_and_reversed_rows(qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout

    from qcoder.gui.keyboard import tab_in_layout_order

    dialog = QDialog()
    qtbot.addWidget(dialog)
    outer = QVBoxLayout(dialog)
    form = QFormLayout()
    second, first = QLineEdit(dialog), QLineEdit(dialog)
    form.addRow("One", first)
    form.addRow("Two", second)
    outer.addLayout(form)
    row = QHBoxLayout()
    row.setDirection(QHBoxLayout.Direction.RightToLeft)
    left, right = QPushButton("Left", dialog), QPushButton("Right", dialog)
    row.addWidget(left)
    row.addWidget(right)
    outer.addLayout(row)
    assert tab_in_layout_order(dialog) == [first, second, right, left]


def test_the_tab_order_walk_leaves_no_item_wrapper_to_be_handed_out_again(qtbot) -> None:
    """CI once failed opening the agreement dialog: ``view.selectionModel()`` returned a
    ``QWidgetItem``. The walk reads layout items through ``itemAt``; PySide6 kept those
    wrappers registered after Qt deleted the items (when their widgets went), so a new object
    at a freed address came back as one. The walk now unregisters each item's wrapper."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

    from qcoder.gui.keyboard import tab_in_layout_order

    def item_wrappers() -> int:
        return sum(type(w).__name__ in {"QWidgetItem", "QSpacerItem"} for w in shiboken6.getAllValidWrappers())

    dialog = QDialog()
    qtbot.addWidget(dialog)
    outer = QVBoxLayout(dialog)
    row = QHBoxLayout()
    outer.addLayout(row)  # added empty: PySide6 wraps no item of it here
    for i in range(5):
        row.addWidget(QPushButton(str(i), dialog))
    row.addStretch(1)
    before = item_wrappers()
    assert len(tab_in_layout_order(dialog)) == 5
    assert item_wrappers() == before
    assert row.count() == 6  # the items themselves live on
