"""Window geometry (issue 18 item 5): the main window and every dialog fit a laptop screen
(1366×768) and 1440×900 at 150 % (960×600 logical) whatever docks are open; layouts saved on
a bigger screen are clamped on restore; Reset layout really resets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QApplication, QDialog

from qcoder.gui.screen_fit import FRAME_ALLOWANCE, available, install_screen_clamp

# 1440×900 at a scale of 1.5, less the window frame: the smallest screen we promise to fit
SMALLEST = QSize(960, 600) - FRAME_ALLOWANCE


def fits_smallest(size: QSize) -> bool:
    return size.width() <= SMALLEST.width() and size.height() <= SMALLEST.height()


@contextmanager
def in_language_at_largest_text(language: str) -> Iterator[QApplication]:
    """The window's ``language`` and the largest text size, both undone afterwards: the
    strictest case for a dialog's minimum size."""
    from qcoder.gui import i18n
    from qcoder.gui.settings import TEXT_SIZES
    from qcoder.gui.style import apply_style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert i18n.install_translators(language, app) == language
    try:
        apply_style(app, text_size=max(TEXT_SIZES))
        yield app
    finally:
        i18n.remove_translators(app)
        apply_style(app)


def _within(window) -> bool:  # type: ignore[no-untyped-def]
    return available(window).contains(window.frameGeometry())


def test_minimum_size_fits_the_smallest_screen_with_every_dock_open(qtbot, window) -> None:
    for dock in window.docks.values():
        dock.show()
    window.docks["analysis"].raise_()
    qtbot.waitUntil(lambda: window.docks["analysis"].isVisible())
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALLEST.width() and hint.height() <= SMALLEST.height(), hint
    for key, dock in window.docks.items():
        assert dock.minimumSizeHint().height() < 200, key  # dock contents scroll instead


def test_start_page_does_not_set_the_minimum_size(qtbot, settings, project) -> None:
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow

    context = AppContext(settings)  # no project: the start page is showing
    w = MainWindow(context)
    qtbot.addWidget(w)
    w.show()
    hint = w.minimumSizeHint()
    assert hint.width() <= SMALLEST.width() and hint.height() <= SMALLEST.height(), hint


def test_a_layout_saved_on_a_bigger_screen_is_clamped(qtbot, window) -> None:
    window.resize(3000, 2000)
    window.move(500, 400)
    window.save_layout()
    window._restore_layout()
    qtbot.waitUntil(lambda: _within(window))
    assert window.width() <= available(window).width()


def test_reset_layout_restores_the_default_and_fits(qtbot, window) -> None:
    window.docks["analysis"].show()
    window.docks["documents"].hide()
    window.resize(3000, 2000)
    window._reset_layout()
    assert window.docks["documents"].isVisible() and not window.docks["analysis"].isVisible()
    assert window.size().width() <= available(window).width()
    assert window.size().height() <= available(window).height()


def test_every_dialog_is_clamped_to_its_screen_when_shown(qtbot) -> None:
    app = QApplication.instance()
    clamp = install_screen_clamp(app)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.resize(4000, 3000)
        dialog.move(-200, 900)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _within(dialog), (dialog.frameGeometry(), available(dialog))
    finally:
        app.removeEventFilter(clamp)


def test_restore_state_bytes_still_round_trips(qtbot, window) -> None:
    state = window.saveState()
    assert isinstance(state, QByteArray) and window.restore_state_bytes(state)


def test_the_analysis_view_opens_big_enough_to_read_on_a_laptop(qtbot, window) -> None:
    """Docked at the bottom of a 1366×768 window beside the excerpts, the analysis view showed a
    row and a half of its matrix; opened from the menu it takes at least 60 % of the height."""
    window.resize(1366, 740)
    dock = window.docks["analysis"]
    window.open_analysis()
    qtbot.waitUntil(lambda: dock.isVisible() and dock.height() >= int(window.height() * 0.55))
    window.open_memos()  # a third for the memo list: the analysis view keeps what it has
    qtbot.waitUntil(lambda: window.docks["memos"].isVisible())
