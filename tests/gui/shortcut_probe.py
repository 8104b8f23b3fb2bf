"""Run in a subprocess on a given Qt platform (xcb under Xvfb in the tests): open the main
window on a small project, then for every binding of the shortcut registry press its keys in
the widget where it works and report which action fired. Prints one JSON object."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def open_window() -> tuple[QApplication, Any]:
    """A QApplication and the main window on the test project (coder Alice), shown and active."""
    app = QApplication(sys.argv[:1])
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow
    from qcoder.gui.settings import Settings
    from tests.gui.conftest import build_project

    folder = Path(tempfile.mkdtemp())
    settings = Settings.at(folder / "settings.ini")
    settings.set_coder_name("Alice")
    ctx = AppContext(settings)
    ctx.open_project(build_project(folder / "p.qcoder"))
    window = MainWindow(ctx)
    window.show()
    window.windowHandle().requestActivate()
    QTest.qWaitForWindowActive(window)
    return app, window


def main() -> None:
    app, window = open_window()  # noqa: RUF059 - the app is kept alive for the whole probe
    from qcoder.gui.shortcuts import BINDINGS, Scope, sequences

    ctx = window.ctx
    doc = ctx.project.document_by_name("Interview A")
    window._show_document(doc.id, -1, -1)
    fired: list[str] = []
    by_id: dict[str, list[QAction]] = {}
    for action in window.findChildren(QAction):
        name = action.objectName()
        if name:
            by_id.setdefault(name, []).append(action)
            # record instead of acting (dialogs, quitting…)
            action.triggered.disconnect()
            action.triggered.connect(lambda _=False, name=name: fired.append(name))
            action.setEnabled(True)
    targets: dict[Scope, QWidget] = {
        Scope.WINDOW: window.viewer.view,
        Scope.TRANSCRIPT: window.viewer.view,
        Scope.CODEBOOK: window.codebook.tree,
        Scope.DOCUMENTS: window.documents.view,
    }
    report: dict[str, object] = {"platform": QApplication.platformName(), "results": {}}
    for b in BINDINGS:
        target = targets[b.scope]
        target.setFocus()
        QCoreApplication.processEvents()
        results = []
        for seq in sequences(b.id):
            combo = seq[0]
            if combo.key() in (Qt.Key.Key_unknown, 0) or combo.key() > Qt.Key.Key_F12 and combo.key() < 0x01000000:
                continue
            fired.clear()
            QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
            QCoreApplication.processEvents()
            results.append([seq.toString(QKeySequence.SequenceFormat.PortableText), list(fired)])
        report["results"][b.id] = {"actions": len(by_id.get(b.id, [])), "keys": results}  # type: ignore[index]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, (QDialog, QMessageBox)):
            w.close()
    print(json.dumps(report))
    window.close()


if __name__ == "__main__":
    main()
