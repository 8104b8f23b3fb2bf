"""Screen readers (issue 19): every interactive element of the main window, of its docks and
of every dialog and window reachable from its menus has an accessible name; the item models
say what each row holds; the transcript tells the codings at the caret; status messages are
announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from qcoder.gui.accessibility import unnamed
from tests.gui.test_every_action import SKIP, _actions, answered  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("answered")


def _check_modals(found: dict[str, list[str]], label: list[str]) -> QTimer:
    """Check the names of every modal dialog as soon as it shows, then reject it."""

    def sweep() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QWidget):
            missing = unnamed(modal)
            if missing:
                found[f"{label[0]} ({type(modal).__name__})"] = missing
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    return timer


def test_every_window_and_dialog_names_its_interactive_elements(qtbot, demo_ctx) -> None:
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window._show_document(demo_ctx.project.documents()[0].id, -1, -1)
    for key in window.docks:
        window.open_dock(key)
    found: dict[str, list[str]] = {}
    for key, dock in window.docks.items():
        missing = unnamed(dock)
        if missing:
            found[f"dock {key}"] = missing
    missing = unnamed(window)
    if missing:
        found["main window"] = missing
    label = [""]
    sweeper = _check_modals(found, label)
    tried = []
    try:
        for text, action in list(_actions(window)):
            if action.text().replace("&", "") in SKIP or not action.isEnabled():
                continue
            label[0] = text
            action.trigger()
            QApplication.processEvents()
            for top in QApplication.topLevelWidgets():
                if isinstance(top, QDialog) and top.isVisible():
                    missing = unnamed(top)
                    if missing:
                        found[f"{text} ({type(top).__name__})"] = missing
                    top.reject()
            tried.append(text)
    finally:
        sweeper.stop()
    assert len(tried) > 30, tried
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(m) for where, m in found.items())
