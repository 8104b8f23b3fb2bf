"""Keyboard paths of the main window that no single panel owns (issue 19, "Keyboard only").

- F6 / Shift+F6 move the focus to the next / previous panel: documents, transcript, codebook,
  then the other docks that are open (a dock tabbed behind another is raised), in that order.
  Each panel is entered at its list, table or text, never at a filter box (where the first
  quick-code key would be typed as a filter).
- :func:`tab_in_layout_order` makes Tab in a dialog follow its layouts, whatever the order
  in which its widgets were made.
- :func:`ask_text` asks for a multi-line text that Tab leaves (to OK) and Ctrl+Return accepts:
  Qt's own multi-line input dialog keeps Tab in the text, so only the mouse could press OK.
- Shift+F10 opens the context menu of the focused widget at its current item or caret, as the
  Menu key does on keyboards that have one: every right-click menu has a keyboard path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLayout,
    QLayoutItem,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSpacerItem,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWidgetItem,
)

from qcoder.gui.i18n import translate
from qcoder.gui.shortcuts import bind

# widgets whose children are their own business (an editable combo's line edit…)
_LEAVES = (QAbstractItemView, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)

# the panels in F6 order, by dock key; other open docks follow in the window's order
PANEL_ORDER = ("documents", "transcript", "codebook", "excerpts")


def entry_widget(panel: QWidget) -> QWidget | None:
    """Where the focus lands in ``panel``: its first list, table or text in Tab order that
    takes focus, else its first widget that takes focus."""
    candidates = [panel, *_tab_chain(panel)]
    usable = [w for w in candidates if w.window() is panel.window() and _focusable(w)]
    for w in usable:
        if isinstance(w, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
            return w
    return usable[0] if usable else None


def _tab_chain(panel: QWidget) -> list[QWidget]:
    """The widgets inside ``panel`` in the order Tab visits them."""
    out: list[QWidget] = []
    w = panel.nextInFocusChain()
    while w is not None and w is not panel and len(out) < 5000:
        if panel.isAncestorOf(w):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def _focusable(w: QWidget) -> bool:
    return bool(w.isVisibleTo(w.window()) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus)


class PanelCycle:
    """F6 / Shift+F6 on ``window``; ``panels()`` gives (key, widget) of the panels in order:
    docks are given by their :class:`QDockWidget`, the central widget by itself."""

    def __init__(self, window: QMainWindow, panels: Callable[[], list[tuple[str, QWidget]]]) -> None:
        self.window = window
        self.panels = panels
        self.next_action = bind(QAction(translate("keyboard", "Next panel"), window), "window.next_panel")
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = bind(QAction(translate("keyboard", "Previous panel"), window), "window.previous_panel")
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.menu_action = bind(QAction(translate("keyboard", "Context menu"), window), "window.context_menu")
        self.menu_action.triggered.connect(open_context_menu)
        for action in (self.next_action, self.previous_action, self.menu_action):
            window.addAction(action)

    def open_panels(self) -> list[tuple[str, QWidget]]:
        """The panels F6 visits now: shown (or tabbed behind a shown dock), with something to focus."""
        out = []
        for key, panel in self.panels():
            if isinstance(panel, QDockWidget) and (panel.isHidden() or panel.widget() is None):
                continue
            if not isinstance(panel, QDockWidget) and not panel.isVisible():
                continue
            out.append((key, panel))
        return out

    def current(self, panels: list[tuple[str, QWidget]]) -> int:
        focus = QApplication.focusWidget()
        for i, (_key, panel) in enumerate(panels):
            if focus is not None and (focus is panel or panel.isAncestorOf(focus)):
                return i
        return -1

    def step(self, delta: int) -> str:
        """Focus the next (``delta`` 1) or previous (-1) panel; returns its key ("" if none)."""
        panels = self.open_panels()
        if not panels:
            return ""
        at = self.current(panels)
        start = at if at >= 0 else (-1 if delta > 0 else 0)
        for n in range(1, len(panels) + 1):
            key, panel = panels[(start + delta * n) % len(panels)]
            if isinstance(panel, QDockWidget):
                panel.raise_()  # a dock tabbed behind another comes to the front
                QCoreApplication.processEvents()
            target = entry_widget(panel.widget() if isinstance(panel, QDockWidget) and panel.widget() else panel)
            if target is not None:
                target.window().activateWindow()
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return key
        return ""


def open_context_menu() -> bool:
    """Send a keyboard context-menu event to the focused widget, at its current item or caret
    (where the Menu key would open it). False when nothing has the focus."""
    widget = QApplication.focusWidget()
    if widget is None:
        return False
    target, pos = _menu_place(widget)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, target.mapToGlobal(pos))
    QApplication.sendEvent(target, event)
    return True


def _menu_place(widget: QWidget) -> tuple[QWidget, QPoint]:
    """The widget that gets the event and where: an item view's viewport at its current item,
    a text's viewport at the caret, else the widget's middle."""
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        if index.isValid():
            return widget.viewport(), widget.visualRect(index).center()
        return widget.viewport(), QPoint(4, 4)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.viewport(), widget.cursorRect().center()
    return widget, widget.rect().center()


def tab_in_layout_order(root: QWidget) -> list[QWidget]:
    """Make Tab in ``root`` follow its layouts: rows of a grid or form top to bottom and left
    to right, a box layout in its direction, a splitter's panes in order, containers (group
    boxes, scroll areas, tab pages) entered where they stand; Tab leaves lists and tables
    rather than moving between their cells. Returns the widgets in order."""
    order = [w for w in _in_layout(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for view in order:
        if isinstance(view, QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab leaves a table (the arrows move in it)
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return order


def _in_layout(widget: QWidget | None) -> list[QWidget]:
    if widget is None:
        return []
    if isinstance(widget, QScrollArea):
        return _in_layout(widget.widget())
    if isinstance(widget, QTabWidget):
        pages = [widget.widget(i) for i in range(widget.count())]
        return [widget, widget.tabBar(), *(w for page in pages for w in _in_layout(page))]
    if isinstance(widget, QSplitter):
        return [w for i in range(widget.count()) for w in _in_layout(widget.widget(i))]
    own = [widget] if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else []
    layout = widget.layout()
    if layout is None or isinstance(widget, _LEAVES):
        return own
    return own + _layout_widgets(layout)


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, (QGridLayout, QFormLayout)):
        items = [it for _pos, it in sorted(((_grid_place(layout, i), it) for i, it in enumerate(items)))]
    elif isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        items.reverse()
    out: list[QWidget] = []
    for item in items:
        if item is None:
            continue
        sub = item.layout()
        if item.widget() is not None:
            out += _in_layout(item.widget())
        elif sub is not None:
            out += _layout_widgets(sub)
        forget_item_wrapper(item)
    return out


#: Layout items that are not QObjects (a QLayout is one, and Qt tells PySide when it goes).
_PLAIN_ITEMS = (QWidgetItem, QSpacerItem, QLayoutItem)


def forget_item_wrapper(item: QLayoutItem) -> None:
    """Unregister PySide6's wrapper of a plain layout item once it has been read.

    PySide6 (6.11) keeps every wrapper that ``QLayout.itemAt`` returns alive as a child of the
    layout's wrapper, and still registered under the item's address after Qt deletes the item
    (its widget went). A new object that Qt later makes at that address then comes back to
    Python as the old ``QWidgetItem``: CI saw ``view.selectionModel()`` return one, so opening
    the agreement dialog failed at random. The item itself lives on, owned by its layout."""
    if type(item) in _PLAIN_ITEMS:
        shiboken6.invalidate(item)


def _grid_place(layout: QGridLayout | QFormLayout, index: int) -> tuple[int, int, int]:
    place: Any = layout.getItemPosition(index)  # (row, column, rows, columns) or (row, role)
    column = place[1] if isinstance(layout, QGridLayout) else place[1].value
    return (int(place[0]), int(column), index)


class DialogTabOrder(QObject):
    """Installed on the application by the main window: the first time each dialog shows, its
    Tab order is made to follow its layouts (:func:`tab_in_layout_order`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and not watched.property("tab_ordered"):
            watched.setProperty("tab_ordered", True)
            tab_in_layout_order(watched)
        return False


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """As ``QInputDialog.getMultiLineText``, with a keyboard way out: Tab moves on to the
    buttons, Ctrl+Return accepts from the text. Returns (text, accepted)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    for editor in dialog.findChildren(QPlainTextEdit):
        editor.setTabChangesFocus(True)
    keys = [QShortcut(QKeySequence(k), dialog) for k in ("Ctrl+Return", "Ctrl+Enter")]
    for shortcut in keys:
        shortcut.activated.connect(dialog.accept)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted
