"""Everything without a mouse (issue 19): every action of the main window and of every window
and dialog its menus open has a shortcut or a keyboard path (see tests/gui/keyboard_audit.py)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.gui.keyboard_audit import gaps, tab_order_problems
from tests.gui.test_every_action import SKIP, _actions, answered  # noqa: F401 - fixture


def test_every_action_and_widget_of_the_window_has_a_keyboard_path(qtbot, demo_ctx, answered) -> None:  # noqa: F811
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window._show_document(demo_ctx.project.documents()[0].id, -1, -1)
    # no worker thread left running: its garbage collections would free the audit's Qt wrappers
    qtbot.waitUntil(lambda: not window.sentences._pending, timeout=60_000)
    found: dict[str, list[str]] = {}
    for key, dock in window.docks.items():
        window.open_dock(key)
        QApplication.processEvents()
        found.update({f"main/{key}: {g}": [] for g in gaps(window)})
    audited: set[int] = {id(window)}

    def sweep() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QWidget) and id(modal) not in audited and modal.isVisible():
            audited.add(id(modal))
            found.update({f"{type(modal).__name__}: {g}": [] for g in gaps(modal) + tab_order_problems(modal)})
        if isinstance(modal, QDialog):
            modal.reject()
        elif isinstance(modal, QWidget):
            modal.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        for label, action in list(_actions(window)):
            if action.text().replace("&", "") in SKIP or not action.isEnabled() or "Open recent" in label:
                continue
            action.trigger()
            QApplication.processEvents()
            for top in QApplication.topLevelWidgets():
                if top is window or not shiboken6.isValid(top) or not top.isVisible():
                    continue
                if id(top) not in audited:
                    audited.add(id(top))
                    problems = gaps(top) + tab_order_problems(top)
                    found.update({f"{type(top).__name__} ({label}): {g}": [] for g in problems})
                if isinstance(top, QDialog) and top.isVisible():
                    top.reject()
    finally:
        timer.stop()
    assert "\n".join(found) == ""
