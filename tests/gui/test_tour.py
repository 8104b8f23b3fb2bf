"""The 2-minute guided tour (issue 20): over the real window with the demo project, steps advance
with keys, each step frames a visible widget, Esc / Skip end it, the start page offers it once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from qcoder.gui.tour import STEPS, TourOverlay, running_tour, start_tour


@pytest.fixture
def bare_window(qtbot, qapp, settings, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window with no project open, its demo folder holding a copy of the demo."""
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    settings.set_coder_name("Evaluator")
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_page.demo_dir = tmp_path / "appdata" / "demo"
    window.start_page.demo_dir.mkdir(parents=True)
    shutil.copyfile(demo_file, window.start_page.demo_dir / "demo.qcoder")
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    ctx.close_project()


def _tour(window) -> TourOverlay:  # type: ignore[no-untyped-def]
    tour = running_tour(window)
    assert tour is not None
    return tour


def _check_step(qtbot, window, tour: TourOverlay) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    widget, part = tour.target()
    assert widget.isVisible(), tour.steps[tour.index].key
    rect = part if part is not None else widget.rect()
    assert not rect.isEmpty()
    spot = tour.spotlight()
    assert not spot.isEmpty() and tour.rect().contains(spot)
    bubble = tour.bubble
    assert bubble.isVisible() and tour.rect().contains(bubble.geometry())
    assert not bubble.geometry().intersects(spot.adjusted(8, 8, -8, -8)) or spot.contains(bubble.geometry())
    assert bubble.title.text() and bubble.text.text()
    assert bubble.accessibleName() == bubble.title.text()
    text = bubble.text  # the whole step text shows: at 150 % in French it was cut off top and bottom
    assert text.height() >= text.heightForWidth(text.width()), (text.height(), text.heightForWidth(text.width()))


def test_the_tour_opens_the_demo_and_walks_with_keys(qtbot, bare_window) -> None:  # type: ignore[no-untyped-def]
    window = bare_window
    assert window.ctx.project is None
    start_tour(window)
    project = window.ctx.project
    assert project is not None and project.path == window.start_page.demo_dir / "demo.qcoder"
    tour = _tour(window)
    assert tour.isVisible() and tour.geometry() == window.rect()
    seen = []
    for n, step in enumerate(STEPS):
        assert tour.index == n
        _check_step(qtbot, window, tour)
        seen.append(step.key)
        if step.key == "code":
            assert window.viewer.document_id  # a transcript is on screen
        if step.key == "matrix":
            assert window.docks["analysis"].isVisible()
        if n < len(STEPS) - 1:
            qtbot.keyClick(QApplication.focusWidget() or tour.bubble.next, Qt.Key.Key_Right)
    assert seen == ["import", "code", "codebook", "matrix", "report", "guide"]
    # Left goes back, Right forward again
    qtbot.keyClick(tour.bubble.guide, Qt.Key.Key_Left)
    assert tour.index == len(STEPS) - 2
    qtbot.keyClick(tour.bubble.back, Qt.Key.Key_Right)
    assert tour.index == len(STEPS) - 1
    # the last step offers the user guide instead of Skip
    assert tour.bubble.guide.isVisible() and not tour.bubble.skip.isVisible()
    assert QApplication.focusWidget() is tour.bubble.guide
    qtbot.keyClick(tour.bubble.guide, Qt.Key.Key_Return)
    assert tour.finished_how == "guide" and running_tour(window) is None
    from qcoder.gui.guide_window import guide_window

    assert guide_window(window).isVisible()
    assert window.ctx.settings.tour_seen()
    assert not window.docks["analysis"].isVisible()  # closed again, as before the tour


def test_buttons_back_next_and_tab_stays_in_the_bubble(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    start_tour(window)
    tour = _tour(window)
    assert not tour.bubble.back.isEnabled()
    qtbot.mouseClick(tour.bubble.next, Qt.MouseButton.LeftButton)
    assert tour.index == 1 and tour.bubble.back.isEnabled()
    qtbot.mouseClick(tour.bubble.back, Qt.MouseButton.LeftButton)
    assert tour.index == 0
    tour.bubble.next.setFocus()
    qtbot.keyClick(tour.bubble.next, Qt.Key.Key_Enter)  # Enter presses the focused button
    assert tour.index == 1
    tour.bubble.back.setFocus()
    qtbot.keyClick(tour.bubble.back, Qt.Key.Key_Return)
    assert tour.index == 0
    tour.bubble.next.setFocus()
    visited = set()
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.add(QApplication.focusWidget())
    assert visited == {tour.bubble.next, tour.bubble.skip}  # Back is disabled on the first step
    start_tour(window)  # one tour at a time
    assert window.findChildren(TourOverlay) == [tour]


def test_escape_and_skip_end_the_tour(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    assert not window.ctx.settings.tour_seen()
    start_tour(window)
    tour = _tour(window)
    qtbot.keyClick(tour.bubble.next, Qt.Key.Key_Right)
    qtbot.keyClick(tour.bubble.next, Qt.Key.Key_Escape)
    assert tour.finished_how == "skipped" and not tour.isVisible()
    assert running_tour(window) is None and window.ctx.settings.tour_seen()
    start_tour(window)
    again = _tour(window)
    assert again is not tour and again.index == 0
    qtbot.mouseClick(again.bubble.skip, Qt.MouseButton.LeftButton)
    assert again.finished_how == "skipped"


def test_focus_comes_back_to_the_bubble(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    start_tour(window)
    tour = _tour(window)
    window.documents.view.setFocus()  # as after the first run's coder dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tour.bubble.next)
    qtbot.keyClick(tour.bubble.next, Qt.Key.Key_Right)
    assert tour.index == 1


def test_closing_the_project_ends_the_tour(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start_tour(window)
    tour = _tour(window)
    window.ctx.close_project()
    assert tour.finished_how == "skipped" and running_tour(window) is None


def test_the_tour_follows_the_window_size(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start_tour(window)
    tour = _tour(window)
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: tour.geometry() == window.rect())
    assert QRect(tour.rect()).contains(tour.bubble.geometry())


def test_tour_overlay_is_named_for_screen_readers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.accessibility import unnamed

    start_tour(window)
    assert unnamed(_tour(window)) == []


def test_start_page_offers_the_tour_on_first_run(qtbot, bare_window) -> None:  # type: ignore[no-untyped-def]
    offer = bare_window.start_page.tour_offer
    assert offer.isVisible() and offer.note.isVisible() and offer.later_button.isVisible()
    qtbot.mouseClick(offer.later_button, Qt.MouseButton.LeftButton)
    assert bare_window.ctx.settings.tour_seen()
    assert not offer.note.isVisible() and not offer.later_button.isVisible()
    assert offer.take_button.isVisible()  # still offered, no longer pressed on the user
    qtbot.mouseClick(offer.take_button, Qt.MouseButton.LeftButton)
    assert bare_window.ctx.project is not None and running_tour(bare_window) is not None


def test_a_long_step_text_in_large_type_is_shown_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    start_tour(window)
    tour = _tour(window)
    font = QFont(tour.bubble.text.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)  # View → Text size 150 %, or QT_SCALE_FACTOR=1.5
    tour.bubble.text.setFont(font)
    tour.bubble.text.setText(tour.bubble.text.text() * 2)  # a language that says it in more words
    tour.place()
    _check_step(qtbot, window, tour)
    tour.skip()
