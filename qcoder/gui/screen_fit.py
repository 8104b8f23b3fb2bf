"""Windows that fit the screen they are on: a laptop at 1366×768, or 1440×900 at 150 %.

Three rules (issue 18): dock contents scroll rather than push the main window's minimum size
past the screen (:func:`fit_anywhere`); a window is sized for the screen's available area and a
restored geometry that no longer fits is clamped (:func:`clamp_to_screen`); and every top-level
window — dialogs included — is clamped when it is shown (:class:`ScreenClamp`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

# room for the window manager's title bar and frame, which frameGeometry may not know yet
FRAME_ALLOWANCE = QSize(16, 40)


def fit_anywhere(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: the container can shrink below the widget's
    minimum size (it scrolls then) and grows it to fill the space otherwise."""
    area = QScrollArea()
    area.setObjectName(f"fit-{widget.objectName() or type(widget).__name__}")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    area.setFocusProxy(widget)
    return area


def compact(combo: QComboBox, chars: int = 12) -> QComboBox:
    """A combo box as wide as ``chars`` characters whatever its longest item (its list shows
    them whole): a long code path, attribute or value must not push a window past a small screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def wrapping(label: QLabel) -> QLabel:
    """``label`` wraps its text and never widens its window (a status line, a long path in it):
    as tall as its lines at the width it is given, and given no width of its own."""
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


def available(widget: QWidget) -> QRect:
    """The available geometry (without panels) of the screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, shrunk to the available screen area (less the window frame)."""
    room = available(widget).size() - FRAME_ALLOWANCE
    return QSize(max(1, min(preferred.width(), room.width())), max(1, min(preferred.height(), room.height())))


def clamp_to_screen(widget: QWidget) -> None:
    """Resize and move a top-level ``widget`` so that all of it is on its screen."""
    area = available(widget)
    size = fitted_size(widget, widget.size())
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry()
    extra = QSize(max(0, frame.width() - widget.width()), max(0, frame.height() - widget.height()))
    x = min(max(frame.x(), area.x()), area.right() + 1 - size.width() - extra.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - size.height() - extra.height())
    x, y = max(x, area.x()), max(y, area.y())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


class ScreenClamp(QObject):
    """Application event filter: every top-level window is clamped to its screen when shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                clamp_to_screen(watched)
        return False


def install_screen_clamp(app: QApplication) -> ScreenClamp:
    clamp = ScreenClamp(app)
    app.installEventFilter(clamp)
    return clamp
