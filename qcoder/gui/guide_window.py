"""The bundled user guide (Help → User guide): HTML pages in ``qcoder/gui/guide/``, shown in a
non-modal window with a contents list, Back / Forward / Home and Ctrl+F find.

No network: the pages and their style sheet are read from the package. A link to the web is
never followed inside the window; a click on one hands it to the system browser. The pages
themselves are English; the window around them is translated. The keyboard page's table is
replaced by the current one from :mod:`qcoder.gui.shortcuts` when it is shown, so it never
lags behind the window's keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui import shortcuts
from qcoder.gui.accessibility import a11y, announce
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.screen_fit import clamp_to_screen, fitted_size

GUIDE_DIR = Path(__file__).resolve().parent / "guide"
HOME = "index"
# (page, title in the contents list), in reading order
PAGES: tuple[tuple[str, str], ...] = (
    ("index", QT_TRANSLATE_NOOP("guide_window", "Contents and start")),
    ("import", QT_TRANSLATE_NOOP("guide_window", "Importing transcripts")),
    ("codebook", QT_TRANSLATE_NOOP("guide_window", "The codebook")),
    ("coding", QT_TRANSLATE_NOOP("guide_window", "Coding")),
    ("agreement", QT_TRANSLATE_NOOP("guide_window", "Agreement and reconciliation")),
    ("findings", QT_TRANSLATE_NOOP("guide_window", "Findings and reports")),
    ("exchange", QT_TRANSLATE_NOOP("guide_window", "Exchanging projects")),
    ("team", QT_TRANSLATE_NOOP("guide_window", "The team server")),
    ("protection", QT_TRANSLATE_NOOP("guide_window", "Data protection")),
    ("keyboard", QT_TRANSLATE_NOOP("guide_window", "Keyboard")),
)
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
_SHORTCUTS = re.compile(r"(<!-- shortcuts:begin[^>]*-->).*?(<!-- shortcuts:end -->)", re.DOTALL)


def page_url(page: str) -> QUrl:
    """The file URL of a guide page: ``"coding"``, ``"coding.html"`` or ``"coding.html#memos"``
    (an unknown page gives the contents)."""
    name, _, fragment = page.partition("#")
    name = name.removesuffix(".html")
    if name not in {p for p, _ in PAGES}:
        name, fragment = HOME, ""
    url = QUrl.fromLocalFile(str(GUIDE_DIR / f"{name}.html"))
    if fragment:
        url.setFragment(fragment)
    return url


def page_of(url: QUrl) -> str:
    """The page name of a guide URL ("" when it is not one of the guide's pages)."""
    if not url.isLocalFile():
        return ""
    path = Path(url.toLocalFile())
    return path.stem if path.parent == GUIDE_DIR and path.suffix == ".html" else ""


class GuideBrowser(QTextBrowser):
    """Shows guide pages only: web links go to the system browser on a click, nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # every click is decided in follow()
        self.setOpenExternalLinks(False)
        self.setSearchPaths([str(GUIDE_DIR)])
        self.anchorClicked.connect(self.follow)
        self.external_opened: list[QUrl] = []  # what was handed to the system browser

    def follow(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_SCHEMES:
            self.external_opened.append(url)
            QDesktopServices.openUrl(url)  # only ever on a click: nothing is fetched here
            return
        if url.isRelative() and not url.path():  # "#section" on the same page
            self.scrollToAnchor(url.fragment())
            return
        target = self.source().resolved(url) if url.isRelative() else url
        if page_of(target):
            self.setSource(target)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        name = QUrl(name)
        url = self.source().resolved(name) if name.isRelative() else name
        if not url.isLocalFile() or Path(url.toLocalFile()).resolve().parent != GUIDE_DIR:
            return None  # nothing outside the guide's folder, never the network
        path = Path(url.toLocalFile())
        if not path.is_file():
            return None
        text = path.read_text(encoding="utf-8")
        if kind == QTextDocument.ResourceType.HtmlResource and path.stem == "keyboard":
            text = _SHORTCUTS.sub(lambda m: m.group(1) + shortcuts.html_table() + m.group(2), text)
        return text


class GuideWindow(QWidget):
    """The user guide's window: contents on the left, the page on the right, a find bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("GuideWindow")
        self.setWindowTitle(translate("guide_window", "qcoder user guide"))
        self.browser = a11y(
            GuideBrowser(self), translate("guide_window", "Guide page"), translate("guide_window", "The page's text")
        )
        self.contents = a11y(
            QListWidget(self),
            translate("guide_window", "Guide contents"),
            translate("guide_window", "The guide's pages"),
        )
        for page, title in PAGES:
            item = QListWidgetItem(translate("guide_window", title))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._on_contents)
        self.contents.setMinimumWidth(150)
        self.contents.installEventFilter(self)  # Alt+Left / Alt+Right there too (a list takes them)
        self._make_toolbar()
        self._make_find_bar()
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        layout.addWidget(self.find_bar)
        self.browser.sourceChanged.connect(self._on_source)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.resize(fitted_size(self, QSize(1000, 700)))

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("guide_window", "Guide"), self)
        a11y(self.toolbar, translate("guide_window", "Guide navigation"))
        self.back_action = self._action(
            translate("guide_window", "Back"), QKeySequence.StandardKey.Back, self.browser.backward
        )
        self.forward_action = self._action(
            translate("guide_window", "Forward"), QKeySequence.StandardKey.Forward, self.browser.forward
        )
        self.home_action = self._action(translate("guide_window", "Contents"), QKeySequence("Alt+Home"), self.go_home)
        self.find_action = self._action(
            translate("guide_window", "Find…"), QKeySequence.StandardKey.Find, self.open_find
        )
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _make_find_bar(self) -> None:
        self.find_bar = QWidget(self)
        self.find_edit = a11y(QLineEdit(self.find_bar), translate("guide_window", "Find in the page"))
        self.find_edit.setPlaceholderText(translate("guide_window", "Find in the page"))
        self.find_edit.returnPressed.connect(lambda: self.find_next(backward=False))
        self.find_edit.installEventFilter(self)
        self.find_status = QLabel(self.find_bar)
        previous = QPushButton(translate("guide_window", "Previous"), self.find_bar)
        previous.clicked.connect(lambda: self.find_next(backward=True))
        following = QPushButton(translate("guide_window", "Next"), self.find_bar)
        following.clicked.connect(lambda: self.find_next(backward=False))
        close = QPushButton(translate("guide_window", "Close find"), self.find_bar)
        close.clicked.connect(self.close_find)
        row = QHBoxLayout(self.find_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.find_edit, 1)
        row.addWidget(previous)
        row.addWidget(following)
        row.addWidget(self.find_status)
        row.addWidget(close)
        self.find_bar.hide()

    # --- pages ------------------------------------------------------------------------------
    def show_page(self, page: str | None = None) -> None:
        self.browser.setSource(page_url(page or HOME))

    def go_home(self) -> None:
        self.show_page(HOME)

    def current_page(self) -> str:
        return page_of(self.browser.source())

    def _on_source(self, url: QUrl) -> None:
        page = page_of(url)
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page and self.contents.currentRow() != row:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        title = self.browser.documentTitle()
        if page == HOME:
            self.setWindowTitle(translate("guide_window", "qcoder user guide"))
        elif title:
            self.setWindowTitle(translate("guide_window", "{page} — qcoder user guide").format(page=title))

    def _on_contents(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_page():
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    # --- find -------------------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.find_status.clear()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self, *, backward: bool) -> bool:
        """Find the find bar's text from the caret on, wrapping around the page once."""
        text = self.find_edit.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # wrap around
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else translate("guide_window", "Not found"))
        if not found:
            announce(self.find_status, translate("guide_window", "Not found"))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.contents and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                (self.browser.backward if event.key() == Qt.Key.Key_Left else self.browser.forward)()
                return True
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.key() == Qt.Key.Key_Escape:
                self.close_find()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
                self.find_next(backward=True)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self.browser.source().isEmpty():
            self.browser.reload()  # links and text take the new theme's colours


def open_guide(parent: QWidget, page: str | None = None) -> None:
    """Show the user guide (at ``page``, e.g. ``"coding"``; else where it was, or the contents)
    in its non-modal window; one window per ``parent``, reused."""
    window = guide_window(parent)
    if window.browser.source().isEmpty():  # new: centred on its parent, on the screen
        window.move(parent.frameGeometry().center() - window.rect().center())
        clamp_to_screen(window)
    if page is not None or window.browser.source().isEmpty():
        window.show_page(page)
    window.show()
    window.raise_()
    window.activateWindow()


def guide_window(parent: QWidget) -> GuideWindow:
    """``parent``'s guide window, made on first use."""
    found = parent.findChild(GuideWindow, "GuideWindow", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, GuideWindow) else GuideWindow(parent)
