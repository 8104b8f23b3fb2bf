"""What cannot be reached without a mouse in a window (issue 19, "Keyboard only").

An action has a keyboard path when it has a shortcut, sits in a menu reachable from the
window's menu bar by Alt+letter (submenus by arrows), in the menu of a button reachable by Tab,
or is the action of such a button. An interactive widget (button, field, list, table…) has one
when Tab reaches it: its focus policy includes Tab focus and it is in the window's focus chain.
Toolbar buttons (never focused by Qt) and dock title buttons pass when the same action has
another path (the View menu holds every dock's toggle). Context menus count when the keyboard
opens them: :func:`keyboard_menus` presses Shift+F10 on every widget Tab reaches that has one.

Not audited (no keyboard path, none needed or none given): the column headers of tables (a
click sorts; the rows' order has no key), a table's corner button (Ctrl+A selects all), the
main toolbar's own show/hide toggle, and actions placed in no menu, toolbar or button."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QAbstractSlider,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def _label(obj: QWidget | QAction) -> str:
    text = obj.text() if isinstance(obj, (QAction, QAbstractButton)) else ""
    name = obj.objectName()
    shown = (text or obj.toolTip() or obj.accessibleName() if isinstance(obj, QWidget) else text).replace("&", "")
    return f"{type(obj).__name__} {name!r} {shown!r}".strip()


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    """Every action of ``menu`` and its submenus (menus filled on demand are filled first)."""
    menu.aboutToShow.emit()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from menu_actions(action.menu())


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order (visible, enabled, Tab focus)."""
    out: list[QWidget] = []
    w = window.nextInFocusChain()
    while w is not window and w is not None and len(out) < 5000:
        if tabbable(w) and w.window() is window and w.focusProxy() is None:
            out.append(w)
        w = w.nextInFocusChain()
    return out


def _scrolled_out(w: QWidget) -> bool:
    """Whether ``w`` lies outside the visible part of a scroll area it is in (a form that
    scrolls on a short screen): Tab scrolls to it, but where it sits says nothing of the order."""
    parent = w.parentWidget()
    while parent is not None and not parent.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            top_left = w.mapTo(parent, w.rect().topLeft())
            return not parent.rect().intersects(w.rect().translated(top_left))
        parent = area
    return False


def tabbable(w: QWidget) -> bool:
    return bool(w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus)


def keyboard_actions(window: QWidget) -> set[int]:
    """ids of the actions of ``window`` that the keyboard reaches without a shortcut."""
    reached: set[int] = set()
    bars = [b for b in window.findChildren(QMenuBar) if b.window() is window]
    for bar in bars:
        for top in bar.actions():
            if top.menu() is not None and "&" in top.text():
                reached.add(id(top))
                reached |= {id(a) for a in menu_actions(top.menu())}
    for button in window.findChildren(QAbstractButton):
        if not tabbable(button) or button.window() is not window:
            continue
        if isinstance(button, QToolButton) and button.defaultAction() is not None:
            reached.add(id(button.defaultAction()))
        menu = button.menu() if hasattr(button, "menu") else None
        if menu is not None:
            reached |= {id(a) for a in menu_actions(menu)}
    return reached


def keyboard_menus(window: QWidget) -> tuple[set[int], list[str]]:
    """Shift+F10 on every widget of ``window`` that Tab reaches and that has a context menu
    (at its first item when none is current): ids of the actions its menu showed, and the
    widgets where no menu opened."""
    reached: set[int] = set()
    silent = []
    for w in focus_chain(window):
        if w.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
            continue
        if isinstance(w, QAbstractItemView) and not w.selectionModel().hasSelection():
            model = w.model()
            if model is None or model.rowCount() == 0:
                continue
            w.setCurrentIndex(model.index(0, 0))  # as a keyboard user would: arrow onto a row
        _activate(window)  # a closed popup may leave no window active: shortcuts need one
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        shown: list[QAction] = []

        def grab(shown: list[QAction] = shown) -> None:
            popup = QApplication.activePopupWidget()
            if isinstance(popup, QMenu):
                shown.extend(menu_actions(popup))
                popup.close()

        QTimer.singleShot(0, grab)  # the menu's exec() blocks: the timer fires inside its loop
        QTest.keyClick(w, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        QApplication.processEvents()
        if not shown:
            silent.append(f"context menu of {_label(w)}: Shift+F10 opens nothing")
        reached |= {id(a) for a in shown}
    return reached, silent


def _activate(window: QWidget) -> None:
    window.activateWindow()
    QTest.qWaitForWindowActive(window)


def _own_actions(window: QWidget) -> list[QAction]:
    out = []
    toolbar_toggles = {id(t.toggleViewAction()) for t in window.findChildren(QToolBar)}
    for action in window.findChildren(QAction):
        if action.isSeparator() or not action.text() or not action.isVisible() or id(action) in toolbar_toggles:
            continue
        owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        if not owners or isinstance(action.parent(), QWidget) and action.parent().window() is not window:
            continue
        if all(isinstance(w, QMenu) and w.parent() is None for w in owners):
            continue  # a popup built on demand: checked where it opens
        out.append(action)
    return out


def gaps(window: QWidget) -> list[str]:
    """What in ``window`` has no keyboard path (empty when everything has one)."""
    reached, missing = keyboard_menus(window)
    reached |= keyboard_actions(window)
    for action in _own_actions(window):
        if action.shortcuts() or id(action) in reached:
            continue
        missing.append(f"action {_label(action)}")
    chain = {id(w) for w in focus_chain(window)}
    for w in window.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, (QScrollBar, QHeaderView)) or w.window() is not window:
            continue
        if not (w.isVisible() and w.isEnabled()) or id(w) in chain:
            continue
        if _has_alternative(w, reached):
            continue
        missing.append(f"widget {_label(w)} in {type(w.parent()).__name__}")
    return missing


def _has_alternative(w: QWidget, reached: set[int]) -> bool:
    parent = w.parent()
    if w.objectName() == "qt_toolbar_ext_button":
        return True  # a narrow toolbar's overflow: the actions it shows are audited one by one
    if w.focusProxy() is not None:
        return tabbable(w.focusProxy())  # a spin box's or combo box's own line edit
    if isinstance(w, QToolButton) and isinstance(parent, QToolBar):
        action = w.defaultAction()
        return action is not None and (bool(action.shortcuts()) or id(action) in reached)
    if isinstance(parent, QDockWidget) and isinstance(w, QAbstractButton):
        return id(parent.toggleViewAction()) in reached  # close/float: View menu; move: not needed
    if isinstance(w, QTabBar) and isinstance(parent, QWidget) and parent.inherits("QMainWindow"):
        return True  # tabbed docks: F6 raises each in turn
    if w.objectName() == "qt_tableview_cornerbutton":
        return True  # select all: Ctrl+A
    if isinstance(w, QRadioButton) and w.autoExclusive() and isinstance(parent, QWidget):
        # Tab reaches the checked button of a group, the arrows its siblings
        return any(b is not w and tabbable(b) for b in parent.findChildren(QRadioButton))
    return isinstance(w, QAbstractButton) and not w.shortcut().isEmpty()


def tab_order_problems(window: QWidget) -> list[str]:
    """Steps of Tab in ``window`` that go against its layout: back up within a column, or
    leftwards within a row. The chain is a ring: one such step, from the last widget back to
    the first, is how it closes."""
    chain = [w for w in focus_chain(window) if not _scrolled_out(w)]
    rects = [w.rect().translated(w.mapTo(window, w.rect().topLeft())) for w in chain]
    problems = []
    for i in range(len(chain)):
        a, b = rects[i], rects[(i + 1) % len(chain)]
        same_column = a.left() < b.right() and b.left() < a.right()
        same_row = a.top() < b.bottom() and b.top() < a.bottom()
        if same_column and b.bottom() < a.top() or same_row and b.right() < a.left():
            problems.append(f"Tab goes from {_label(chain[i])} back to {_label(chain[(i + 1) % len(chain)])}")
    return problems if len(problems) > 1 else []
