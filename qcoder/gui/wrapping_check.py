"""A check box whose text wraps: a long option never sets a dialog's minimum width.

Qt's ``QCheckBox`` draws its text on one line, so a sentence-long option ("Include the codings
and framework summaries this coder already made here", a third longer in Spanish or French)
made its dialog wider than a laptop at 150 %. Here the box carries no text of its own: a
word-wrapped label beside it does, clicking the label toggles the box as clicking a check box's
text does, and the box's accessible name is the text, so a screen reader reads it as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from qcoder.gui.accessibility import a11y


class _ClickToggles(QObject):
    """A click on the label toggles its check box (when the box is enabled); the label is
    enabled and disabled with the box."""

    def __init__(self, box: QCheckBox, label: QLabel) -> None:
        super().__init__(label)
        self.box, self.label = box, label
        box.installEventFilter(self)
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.box:
            if event.type() == QEvent.Type.EnabledChange:
                self.label.setEnabled(self.box.isEnabled())
            return False
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.box.isEnabled()
        ):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


def wrapping_check_box(text: str, parent: QWidget) -> tuple[QCheckBox, QWidget]:
    """A check box with ``text`` (already translated) in a word-wrapped label beside it.

    Returns the box (to read, set and connect) and the row holding box and label (to lay
    out)."""
    row = QWidget(parent)
    box = QCheckBox(row)
    a11y(box, text.replace("&", ""))
    label = QLabel(text, row)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # first line beside the box
    label.setBuddy(box)  # a mnemonic in the text focuses the box
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    _ClickToggles(box, label)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return box, row
