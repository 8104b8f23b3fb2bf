"""Every menu action works (issue 18): each action of every menu and toolbar of the main window
is triggered on the demo project, with file dialogs cancelled, questions answered "No"/"Cancel"
and every modal dialog closed as soon as it shows. Any exception, and any error or warning box,
fails the test and names the action."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

# actions that end the session: triggered by other tests
SKIP = {"Quit", "Close project", "Close"}


def _actions(window) -> Iterator[tuple[str, QAction]]:  # type: ignore[no-untyped-def]
    """(menu path, action) for every action reachable from the menu bar and the toolbars."""
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
        menu.aboutToShow.emit()  # menus filled on demand (recent projects, quick codes)
        for action in menu.actions():
            if action.isSeparator() or id(action) in seen:
                continue
            seen.add(id(action))
            label = f"{path} → {action.text().replace('&', '')}"
            if action.menu() is not None:
                yield from walk(action.menu(), label)
            else:
                yield label, action

    for top in window.menuBar().actions():
        if top.menu() is not None:
            yield from walk(top.menu(), top.text().replace("&", ""))
    from PySide6.QtWidgets import QToolBar

    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if not action.isSeparator() and id(action) not in seen and action.menu() is None:
                seen.add(id(action))
                yield f"toolbar → {action.text()}", action


@pytest.fixture
def answered(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Static dialogs answered without a human; error and warning boxes recorded."""
    errors: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, title, text, *a, kind=kind, **k: errors.append(f"{kind}: {title}: {text}")
        )
    return errors


def close_modals(look: Callable[[QWidget], None] = lambda _w: None) -> QTimer:
    """Close every modal dialog as soon as it shows (reject a dialog, close another widget),
    after ``look`` has seen it (the accessibility and translation walks check it first)."""

    def sweep() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QWidget):
            look(modal)
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    return timer


def test_every_menu_and_toolbar_action_works_on_the_demo(qtbot, demo_ctx, answered) -> None:
    from qcoder.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    doc = demo_ctx.project.documents()[0]
    window._show_document(doc.id, -1, -1)
    sweeper = close_modals()
    tried = []
    try:
        for label, action in list(_actions(window)):
            if action.text().replace("&", "") in SKIP or not action.isEnabled():
                continue
            before = len(answered)
            action.trigger()
            QApplication.processEvents()
            # dialogs left open without being modal (agreement, exchange…) are closed here
            for top in QApplication.topLevelWidgets():
                if isinstance(top, QDialog) and top.isVisible():
                    top.reject()
            assert len(answered) == before, (label, answered[before:])
            tried.append(label)
    finally:
        sweeper.stop()
    assert len(tried) > 30, tried
    assert any("Export my codings" in t for t in tried)
