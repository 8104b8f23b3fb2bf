"""The 2-minute guided tour (issue 20): import → code → codebook → matrix → report → the guide,
over the real main window with the demo project open.

Each step frames the real widget (a dimmed overlay with a spotlight cut out around it) and
shows a bubble with its text and Back / Next / Skip tour. Keys: Right or Enter for Next, Left
for Back, Esc skips; Tab stays inside the bubble. Every step is announced to screen readers.
The tour ends by offering the user guide. Taking or skipping it is remembered
(:meth:`Settings.set_tour_seen`), so the start page offers it first only once.

The window is reached by attribute (``ctx``, ``start_page``, ``docks``, ``viewer``,
``open_analysis``): this module is imported by the start page and must not import the
main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui.accessibility import a11y, announce
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

PAD = 6  # the spotlight's margin around its widget
BUBBLE_WIDTH = 380

# A step's target: (the widget, the part of it to frame in its own coordinates, or None: all)
Target = tuple[QWidget, QRect | None]


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # QT_TRANSLATE_NOOP'd, translated where shown
    text: str
    target: Callable[[Any], Target]
    prepare: Callable[[Any], None] | None = None


def _dock(key: str) -> Callable[[Any], Target]:
    return lambda window: (window.docks[key], None)


def _menu(last: bool) -> Callable[[Any], Target]:
    """The menu bar's first (Project) or last (Help) menu title: by place, not by its words,
    which are translated."""

    def target(window: Any) -> Target:
        bar = window.menuBar()
        titles = [a for a in bar.actions() if a.isVisible() and not a.isSeparator()]
        return bar, bar.actionGeometry(titles[-1 if last else 0]) if titles else None

    return target


def _show_a_document(window: Any) -> None:
    """The code step needs a transcript on screen: the first document, unless one is shown."""
    project = window.ctx.project
    if project is None or getattr(window.viewer, "document_id", None):
        return
    documents = project.documents()
    if documents:
        window.ctx.document_requested.emit(documents[0].id, -1, -1)


STEPS: tuple[Step, ...] = (
    Step(
        "import",
        QT_TRANSLATE_NOOP("tour", "Import transcripts"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Your transcripts are listed here: the demo project holds fifteen interviews. Add yours "
            "with Project → Import transcripts…: Word, PDF, text, Zoom or Teams captions. An "
            "attribute sheet gives each speaker a site and a stakeholder group.",
        ),
        _dock("documents"),
    ),
    Step(
        "code",
        QT_TRANSLATE_NOOP("tour", "Code the transcript"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Select words, then click a code, press its key 1–9, or press Ctrl+K and type a code's "
            "name. The coloured stripes on the right show each coding and its coder. Ctrl+Z undoes "
            "anything; there is no Save button.",
        ),
        lambda window: (window.viewer, None),
        _show_a_document,
    ),
    Step(
        "codebook",
        QT_TRANSLATE_NOOP("tour", "The codebook"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Your codes, with their counts. Drag codes into themes; right-click one to edit its "
            "definition or give it a quick-code key.",
        ),
        _dock("codebook"),
    ),
    Step(
        "matrix",
        QT_TRANSLATE_NOOP("tour", "See the pattern"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Analysis → Theme frequencies: themes by stakeholder group or site, counted in "
            "excerpts, documents or respondents (“6 of 6”). Select a cell to read the excerpts "
            "behind it.",
        ),
        _dock("analysis"),
        lambda window: window.open_analysis(),
    ),
    Step(
        "report",
        QT_TRANSLATE_NOOP("tour", "Write the report"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Project → Export → Word theme report… writes the findings: a theme × group table, "
            "summaries and quotes attributed by stakeholder group. Workbooks and REFI-QDA files "
            "for NVivo, ATLAS.ti and MAXQDA are in the same menu.",
        ),
        _menu(last=False),
    ),
    Step(
        "guide",
        QT_TRANSLATE_NOOP("tour", "That was the tour"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Help → User guide explains every step of an evaluation: import, codebook, coding, "
            "agreement, findings, exchange, the team server and data protection.",
        ),
        _menu(last=True),
    ),
)


class Bubble(QFrame):
    """The step's text and buttons; Tab cycles through its buttons only."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("TourBubble")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setFixedWidth(BUBBLE_WIDTH)
        self.counter = QLabel(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        for label in (self.counter, self.title, self.text):
            label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.back = QPushButton(translate("tour", "Back"), self)
        self.next = QPushButton(translate("tour", "Next"), self)
        self.skip = QPushButton(translate("tour", "Skip tour"), self)
        self.guide = QPushButton(translate("tour", "Open the user guide"), self)
        self.buttons = [self.next, self.guide, self.back, self.skip]
        row = QHBoxLayout()
        row.addWidget(self.skip)
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.guide)
        row.addWidget(self.next)
        box = QVBoxLayout(self)
        box.addWidget(self.counter)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(row)

    def fit(self) -> None:
        """As tall as its wrapped text needs at its fixed width (adjustSize alone leaves a long
        step's text cut off at large text sizes and in longer languages)."""
        layout = self.layout()
        self.ensurePolished()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        self.resize(self.width(), max(needed, self.sizeHint().height()))

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        shown = [b for b in self.buttons if b.isVisible() and b.isEnabled()]
        if not shown:
            return False
        current = self.focusWidget()
        at = shown.index(current) if current in shown else -1
        shown[(at + (1 if forward else -1)) % len(shown)].setFocus(Qt.FocusReason.TabFocusReason)
        return True


class TourOverlay(QWidget):
    """Covers the main window: dims it except around the step's widget, holds the bubble."""

    def __init__(self, window: QMainWindow, steps: tuple[Step, ...] = STEPS) -> None:
        super().__init__(window)
        self.setObjectName("TourOverlay")
        a11y(self, translate("tour", "Guided tour"), translate("tour", "A tour of the window in a few steps"))
        self.window_ = window
        self.steps = steps
        self.index = -1
        self.finished_how = ""  # "skipped", "done" or "guide" once over
        self._opened_analysis = False
        self.bubble = Bubble(self)
        self.bubble.back.clicked.connect(self.back)
        self.bubble.next.clicked.connect(self.next)
        self.bubble.skip.clicked.connect(self.skip)
        self.bubble.guide.clicked.connect(self.open_guide)
        for keys, slot in (
            (Qt.Key.Key_Escape, self.skip),
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_PageDown, self.next),
            (Qt.Key.Key_Left, self.back),
            (Qt.Key.Key_PageUp, self.back),
            (Qt.Key.Key_Return, self.press_focused),
            (Qt.Key.Key_Enter, self.press_focused),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        ctx = getattr(window, "ctx", None)
        if ctx is not None:  # the project closed under the tour (Ctrl+W): nothing left to show
            ctx.project_closed.connect(self.skip)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # keys stay with the tour (e.g. after the coder dialog)
            app.focusChanged.connect(self._keep_focus)

    # --- steps ------------------------------------------------------------------------------
    def start(self) -> None:
        self._opened_analysis = "analysis" in self._docks() and self._docks()["analysis"].isHidden()
        self.show()
        self.raise_()
        self.go(0)

    def _docks(self) -> dict[str, QWidget]:
        docks = getattr(self.window_, "docks", {})
        return docks if isinstance(docks, dict) else {}

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        if step.prepare is not None:
            step.prepare(self.window_)
        last = self.index == len(self.steps) - 1
        b = self.bubble
        b.counter.setText(translate("tour", "Step {n} of {total}").format(n=self.index + 1, total=len(self.steps)))
        b.title.setText(translate("tour", step.title))
        b.text.setText(translate("tour", step.text))
        b.back.setEnabled(self.index > 0)
        b.next.setText(translate("tour", "Finish") if last else translate("tour", "Next"))
        b.guide.setVisible(last)
        b.skip.setVisible(not last)
        a11y(b, b.title.text(), b.text.text())
        self.place()
        QTimer.singleShot(0, self.place)  # docks opened by prepare() settle after the event loop
        (b.guide if last else b.next).setFocus(Qt.FocusReason.OtherFocusReason)
        announce(b, f"{b.counter.text()}. {b.title.text()}. {b.text.text()}")

    def _keep_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.finished_how or new is None or self.isAncestorOf(new) or new.window() is not self.window_:
            return
        QTimer.singleShot(0, self.focus_bubble)

    def focus_bubble(self) -> None:
        b = self.bubble
        focused = QApplication.focusWidget()
        if self.finished_how or (focused is not None and b.isAncestorOf(focused)):
            return
        (b.guide if self.index == len(self.steps) - 1 else b.next).setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.finish("done")
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def press_focused(self) -> None:
        """Enter presses the focused button (plain push buttons take only Space), else Next."""
        focused = self.bubble.focusWidget()
        if isinstance(focused, QPushButton) and focused in self.bubble.buttons and focused.isEnabled():
            focused.click()
        else:
            self.next()

    def skip(self) -> None:
        self.finish("skipped")

    def open_guide(self) -> None:
        self.finish("guide")
        from qcoder.gui.guide_window import open_guide

        open_guide(self.window_)

    def finish(self, how: str) -> None:
        if self.finished_how:
            return
        self.finished_how = how
        ctx = getattr(self.window_, "ctx", None)
        if ctx is not None:
            ctx.settings.set_tour_seen(True)
        docks = self._docks()
        if self._opened_analysis and "analysis" in docks:
            docks["analysis"].hide()  # as it was before the tour, its tab neighbour in front
            if "excerpts" in docks:
                docks["excerpts"].raise_()
        self.window_.removeEventFilter(self)
        self.hide()
        self.deleteLater()
        announce(self.window_, translate("tour", "The tour is over."))

    # --- geometry ---------------------------------------------------------------------------
    def target(self) -> Target:
        return self.steps[self.index].target(self.window_)

    def spotlight(self) -> QRect:
        """The framed rectangle, in the overlay's coordinates."""
        widget, part = self.target()
        rect = part if part is not None else widget.rect()
        top_left = widget.mapTo(self.window_, rect.topLeft())
        return QRect(top_left, rect.size()).adjusted(-PAD, -PAD, PAD, PAD).intersected(self.rect())

    def place(self) -> None:
        """The bubble beside the spotlight: below, above, right or left, the first that fits;
        on a crowded screen, wherever it hides least of the framed widget."""
        if self.index < 0 or self.finished_how:
            return
        self.setGeometry(self.window_.rect())
        self.raise_()
        spot = self.spotlight()
        self.bubble.fit()
        size = self.bubble.size()
        room = self.rect()
        tries = (
            QPoint(spot.left(), spot.bottom() + PAD),
            QPoint(spot.left(), spot.top() - PAD - size.height()),
            QPoint(spot.right() + PAD, spot.top()),
            QPoint(spot.left() - PAD - size.width(), spot.top()),
        )

        def clamped(p: QPoint) -> QRect:
            x = max(0, min(p.x(), room.width() - size.width()))
            y = max(0, min(p.y(), room.height() - size.height()))
            return QRect(QPoint(x, y), size)

        def hidden(r: QRect) -> int:
            common = r.intersected(spot)
            return common.width() * common.height() if not common.isEmpty() else 0

        fits = [QRect(p, size) for p in tries if room.contains(QRect(p, size))]
        best = fits[0] if fits else min((clamped(p) for p in tries), key=hidden)
        self.bubble.move(best.topLeft())
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window_ and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            QTimer.singleShot(0, self.place)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.index < 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        spot = self.spotlight()
        shade = QPainterPath()
        shade.addRect(self.rect())
        hole = QPainterPath()
        hole.addRoundedRect(spot, 6, 6)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        frame = self.palette().color(QPalette.ColorRole.Highlight)
        # on a dark theme a black veil barely shows and the highlight is deep: both stronger
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 160 if dark else 110))
        painter.setPen(QPen(frame.lighter(170) if dark else frame, 3))
        painter.drawRoundedRect(spot, 6, 6)
        painter.end()


def running_tour(window: QWidget) -> TourOverlay | None:
    """The tour running over ``window`` (a finished one may linger until deleted)."""
    tours = window.findChildren(TourOverlay, "TourOverlay", Qt.FindChildOption.FindDirectChildrenOnly)
    return next((t for t in tours if isinstance(t, TourOverlay) and not t.finished_how), None)


def start_tour(window: QWidget) -> None:
    """Start the tour over ``window`` (the main window), opening the demo project first when no
    project is open (built in a worker with progress the first time). Nothing happens when a
    tour is already running or the demo cannot be opened (the start page says why)."""
    if not isinstance(window, QMainWindow) or running_tour(window) is not None:
        return
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        return
    if ctx.project is None:
        start_page = getattr(window, "start_page", None)
        if start_page is None or not start_page.open_demo():
            return
    TourOverlay(window).start()


class TourOffer(QWidget):
    """On the start page: "Take the 2-minute tour", and on first run a line inviting to it with
    "Not now" (remembered)."""

    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.note = QLabel(
            translate("tour", "New to qcoder? A 2-minute tour shows the window on the demo project."), self
        )
        self.note.setWordWrap(True)
        self.take_button = QPushButton(translate("tour", "Take the 2-minute tour"), self)
        self.take_button.setToolTip(
            translate("tour", "Opens the demo project and shows import, coding, matrix and report")
        )
        self.take_button.clicked.connect(self.take)
        self.later_button = QPushButton(translate("tour", "Not now"), self)
        self.later_button.setToolTip(translate("tour", "Do not offer the tour again (Help still has it)"))
        self.later_button.clicked.connect(self.decline)
        row = QHBoxLayout()
        row.addWidget(self.take_button, 1)
        row.addWidget(self.later_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.note)
        box.addLayout(row)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._update()
        super().showEvent(event)

    def _update(self) -> None:
        first = not self._settings.tour_seen()
        self.note.setVisible(first)
        self.later_button.setVisible(first)

    def take(self) -> None:
        start_tour(self.window())
        self._update()

    def decline(self) -> None:
        self._settings.set_tour_seen(True)
        self._update()
        self.take_button.setFocus(Qt.FocusReason.OtherFocusReason)
