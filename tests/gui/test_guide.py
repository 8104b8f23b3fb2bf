"""The bundled user guide (issue 20): every page reachable from the contents, internal links
resolve, named commands and menu paths exist, no network, the window's controls."""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from qcoder.gui.guide_window import GUIDE_DIR, PAGES, guide_window, open_guide, page_url
from tests.gui.helpers import shown

HREF = re.compile(r'href="([^"]+)"')
COMMAND = re.compile(r"<code>qcoder ([a-z][a-z-]*)")
MENU_SPAN = re.compile(r'<span class="menu">(.*?)</span>', re.DOTALL)
TOP_MENUS = ("Project", "Edit", "Code", "View", "Analysis", "Language", "Team", "Help")


def _pages() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(GUIDE_DIR.glob("*.html"))}


def test_every_page_is_listed_and_linked_from_the_contents() -> None:
    pages = _pages()
    assert set(pages) == {p for p, _ in PAGES}
    assert (GUIDE_DIR / "guide.css").is_file()
    index_links = {h.removesuffix(".html") for h in HREF.findall(pages["index"])}
    assert set(pages) - {"index"} <= index_links


def test_internal_links_resolve_and_nothing_is_fetched() -> None:
    for name, text in _pages().items():
        for href in HREF.findall(text):
            assert "://" not in href, (name, href)  # no web links in the guide
            target = href.partition("#")[0]
            assert (GUIDE_DIR / target).is_file(), (name, href)
        assert "<img" not in text and "<script" not in text, name
        # Qt reads a linked style sheet only when its type is given
        assert '<link rel="stylesheet" type="text/css" href="guide.css">' in text, name


def _subcommands() -> set[str]:
    from qcoder.cli.parser import build_parser

    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {name for a in actions for name in a.choices}


def test_named_commands_exist() -> None:
    commands = _subcommands()
    named = {(page, c) for page, text in _pages().items() for c in COMMAND.findall(text)}
    assert len(named) > 20
    assert [pc for pc in named if pc[1] not in commands] == []


def _menu_paths(window) -> set[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    paths: set[tuple[str, ...]] = set()

    def walk(menu: QMenu, prefix: tuple[str, ...]) -> None:
        menu.aboutToShow.emit()  # menus filled when shown (recent, quick codes)
        for action in menu.actions():
            text = action.text().replace("&", "").strip()
            if not text:
                continue
            paths.add((*prefix, text))
            if action.menu() is not None:
                walk(action.menu(), (*prefix, text))

    for action in window.menuBar().actions():
        if isinstance(action, QAction) and action.menu() is not None:
            title = action.text().replace("&", "")
            paths.add((title,))
            walk(action.menu(), (title,))
    return paths


def test_named_menu_paths_exist(window) -> None:  # type: ignore[no-untyped-def]
    real = _menu_paths(window)
    named: set[tuple[str, ...]] = set()
    for text in _pages().values():
        for span in MENU_SPAN.findall(text):
            parts = tuple(" ".join(p.split()) for p in html.unescape(span).split("→"))
            if len(parts) > 1 and parts[0] in TOP_MENUS:
                named.add(parts)
    assert len(named) > 25
    # the Help menu's guide and tour come with qcoder.gui.help_menu (wired in the main window)
    pending = set() if hasattr(window, "help_actions") else {("Help", "User guide"), ("Help", "Guided tour")}
    assert sorted(p for p in named if p not in real and p not in pending) == []


def test_open_guide_reuses_one_window_and_shows_every_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_guide(window, "coding")
    guide = guide_window(window)
    qtbot.waitExposed(guide)
    assert guide.isVisible() and not guide.isModal()
    assert guide.current_page() == "coding"
    assert "quick-code key" in guide.browser.toPlainText()
    open_guide(window)  # reused, still on its page
    assert guide_window(window) is guide and guide.current_page() == "coding"
    for row, (page, _title) in enumerate(PAGES):
        guide.contents.setCurrentRow(row)
        assert guide.current_page() == page
        assert guide.browser.toPlainText().strip()
        assert guide.browser.documentTitle()
    open_guide(window, "no-such-page")
    assert guide.current_page() == "index"
    # fits a laptop screen
    avail = guide.screen().availableGeometry()
    assert guide.width() <= avail.width() and guide.height() <= avail.height()


def test_back_forward_home_and_links(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_guide(window, "index")
    guide = guide_window(window)
    guide.browser.follow(QUrl("agreement.html"))
    assert guide.current_page() == "agreement"
    assert guide.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "agreement"
    guide.back_action.trigger()
    assert guide.current_page() == "index"
    guide.forward_action.trigger()
    assert guide.current_page() == "agreement"
    guide.home_action.trigger()
    assert guide.current_page() == "index"
    # a link outside the guide is never shown in the window
    guide.browser.follow(QUrl.fromLocalFile("/etc/passwd"))
    assert guide.current_page() == "index"
    assert guide.browser.loadResource(0, QUrl.fromLocalFile("/etc/hostname")) is None
    assert guide.browser.loadResource(0, QUrl("https://example.org/x.css")) is None


def test_keyboard_page_shows_the_current_shortcuts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui import shortcuts

    open_guide(window, "keyboard")
    text = guide_window(window).browser.toPlainText()
    for keys, _what in shortcuts.help_rows():
        assert keys in text


def test_find_with_ctrl_f(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_guide(window, "protection")
    guide = shown(qtbot, guide_window(window))
    guide.activateWindow()
    guide.find_action.trigger()
    assert guide.find_bar.isVisible()
    qtbot.keyClicks(guide.find_edit, "backup")
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText().lower() == "backup"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().position() > first
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert guide.browser.textCursor().position() == first
    guide.find_edit.setText("zzzz-not-in-the-guide")
    assert not guide.find_next(backward=False)
    assert guide.find_status.text()
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Escape)
    assert not guide.find_bar.isVisible()


def test_guide_window_controls_are_named(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.accessibility import unnamed

    open_guide(window, "index")
    guide = shown(qtbot, guide_window(window))
    guide.open_find()
    assert unnamed(guide) == []


def test_package_data_carries_the_guide() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"gui/guide/*.html"' in pyproject and '"gui/guide/*.css"' in pyproject
    assert page_url("coding.html#memos").fragment() == "memos"


def test_web_links_go_to_the_system_browser_only_on_a_click(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui import guide_window as module

    opened: list[str] = []
    monkeypatch.setattr(module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    open_guide(window, "exchange")
    guide = guide_window(window)
    assert opened == []  # showing pages opens nothing
    guide.browser.follow(QUrl("https://www.qdasoftware.org/"))
    assert opened == ["https://www.qdasoftware.org/"]
    assert guide.current_page() == "exchange"  # the window itself stays on the guide


def test_a_theme_change_redraws_the_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPalette

    open_guide(window, "team")
    guide = guide_window(window)
    guide.browser.verticalScrollBar().setValue(0)
    palette = QPalette(guide.palette())
    palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    guide.setPalette(palette)  # a PaletteChange, as View → Theme sends
    QApplication.sendEvent(guide, QEvent(QEvent.Type.PaletteChange))
    assert guide.current_page() == "team" and guide.browser.toPlainText().startswith("The team server")


def test_pages_by_keyboard_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_guide(window, "index")
    guide = shown(qtbot, guide_window(window))
    guide.activateWindow()
    guide.contents.setFocus()
    for page, _title in PAGES[1:]:
        qtbot.keyClick(guide.contents, Qt.Key.Key_Down)
        assert guide.current_page() == page
    qtbot.keyClick(guide.contents, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert guide.current_page() == "index"
    qtbot.keyClick(guide.contents, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert guide.current_page() == "keyboard"
    qtbot.keyClick(guide.contents, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert guide.current_page() == "index"
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert guide.current_page() == "keyboard"
    qtbot.keyClick(guide.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert guide.current_page() == "index"
