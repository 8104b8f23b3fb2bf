"""Accessibility helpers: names and descriptions that screen readers read, announcements of
status changes, and a walk over the ``QAccessible`` tree that finds interactive elements
without a name (used by the tests, and handy in a debugger).

Names are set on the widgets themselves (in their constructors), so every window built from
the package has them. Item models give each row an ``AccessibleTextRole`` (what is read for
the item) and an ``AccessibleDescriptionRole`` (what it holds: counts, keys, values).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QStatusBar, QToolBar, QToolButton, QWidget

from qcoder.gui.i18n import translate

Role = QAccessible.Role
W = TypeVar("W", bound=QWidget)
# Qt 6.8+: announcements; before, the announced text becomes the widget's description
_ANNOUNCEMENT: Any = getattr(QtGui, "QAccessibleAnnouncementEvent", None)

# roles a user acts on: each must have a name a screen reader can say
INTERACTIVE = frozenset(
    {
        Role.Button,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.List,
        Role.Table,
        Role.Tree,
        Role.Slider,
        Role.PageTab,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.Link,
    }
)
# item views and combo boxes: their children are rows, cells and popups (named by the models)
_LEAVES = frozenset({Role.List, Role.Table, Role.Tree, Role.ComboBox, Role.SpinBox})


def a11y(widget: W, text: str, description: str = "") -> W:
    """Give ``widget`` the accessible name ``text`` (what it is) and, when given, the
    accessible ``description`` (what it holds, what it does). Returns the widget."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def name_overflow(toolbar: QToolBar) -> QToolBar:
    """Name the toolbar's own "more" button (Qt shows it when the tools do not fit) for screen
    readers; Qt leaves it unnamed."""
    for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
        a11y(
            button,
            translate("accessibility", "More tools"),
            translate("accessibility", "Tools that do not fit on the toolbar: {toolbar}").format(
                toolbar=toolbar.windowTitle() or translate("accessibility", "toolbar")
            ),
        )
    return toolbar


def describe(widget: QWidget, description: str) -> None:
    """Update what ``widget`` holds (e.g. the codings at the transcript's caret): screen
    readers are told the description changed."""
    if widget.accessibleDescription() == description:
        return
    widget.setAccessibleDescription(description)


def announce(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now (a status message, the codings at the caret)."""
    if not text or not QAccessible.isActive():
        return
    if _ANNOUNCEMENT is None:  # Qt < 6.8: a description change, which screen readers follow
        if isinstance(widget, QWidget):
            describe(widget, text)
        return
    event = _ANNOUNCEMENT(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def announce_status(bar: QStatusBar) -> None:
    """Announce every message the status bar shows (what a sighted user sees there)."""
    a11y(
        bar,
        translate("accessibility", "Status bar"),
        translate("accessibility", "Messages about what just happened"),
    )
    bar.messageChanged.connect(lambda text: announce(bar, text))


def label_for(label: QLabel, widget: QWidget) -> QLabel:
    """Tie a visible label to the field it names: screen readers read it as the field's name.
    Returns the label."""
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(label.text().replace("&", "").rstrip(":").strip())
    return label


def accessible_name(obj: QObject) -> str:
    """What a screen reader says as ``obj``'s name ("" when it has none)."""
    iface = QAccessible.queryAccessibleInterface(obj)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def walk(iface: QAccessibleInterface, depth: int = 0) -> Iterator[tuple[QAccessibleInterface, int]]:
    """Every element of the accessible tree under ``iface`` (item views' rows and cells and
    combo popups are not entered: models name them), with its depth."""
    yield iface, depth
    if iface.role() in _LEAVES or depth > 40:
        return
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid() and not child.state().invisible:
            yield from walk(child, depth + 1)


def unnamed(root: QWidget) -> list[str]:
    """Interactive, visible elements under ``root`` that have no accessible name, each as
    "role (object name / class)" for a failure message."""
    iface = QAccessible.queryAccessibleInterface(root)
    if iface is None:
        return []
    out: list[str] = []
    for node, _depth in walk(iface):
        if node.role() in INTERACTIVE and not node.text(QAccessible.Text.Name).strip():
            out.append(f"{node.role().name}: {_where(node.object())}")
    return out


def _where(obj: QObject | None) -> str:
    """The object's class and object name, and the nearest qcoder widget holding it."""
    if obj is None:
        return "?"
    parent = obj.parent()
    while parent is not None and not type(parent).__module__.startswith("qcoder"):
        parent = parent.parent()
    inside = f" in {type(parent).__name__}" if parent is not None else ""
    return f"{type(obj).__name__} '{obj.objectName()}'{inside}"


__all__ = [
    "a11y",
    "INTERACTIVE",
    "accessible_name",
    "announce",
    "announce_status",
    "describe",
    "label_for",
    "row_description",
    "unnamed",
    "walk",
]


def row_description(model: QAbstractItemModel, row: int, skip: int = 0) -> str:
    """What a row holds, read after the cell in column ``skip``: "Speakers: A, B; Codings: 3"
    (each other column's header and its value, as read, empty ones left out)."""
    parts = []
    for column in range(model.columnCount()):
        if column == skip:
            continue
        index = model.index(row, column)
        value = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data()
        if value not in (None, ""):
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            worded = any(ch.isalnum() for ch in header)  # not a symbol ("★", "#")
            parts.append(
                translate("accessibility", "{header}: {value}").format(header=header, value=value)
                if worded
                else str(value)
            )
    return "; ".join(parts)
