"""Start the desktop application: ``run_gui(project)`` (the CLI's ``qcoder gui [PROJECT]``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qcoder.gui.context import AppContext
from qcoder.gui.errors import safe_excepthook
from qcoder.gui.main_thread_gc import MainThreadGarbageCollector
from qcoder.gui.main_window import MainWindow
from qcoder.gui.screen_fit import install_screen_clamp
from qcoder.gui.settings import Settings
from qcoder.gui.style import apply_style
from qcoder.gui.workers import share_interpreter_with_workers


def run_gui(project: str | None = None, settings: Settings | None = None) -> int:
    """Show the main window (the start page, or ``project`` opened) and run the event loop."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("qcoder")
    app.setOrganizationName("qcoder")
    settings = settings or Settings()
    apply_style(app, settings.theme(), settings.text_size())
    previous_hook = sys.excepthook
    sys.excepthook = safe_excepthook(previous_hook)  # uncaught errors in slots: no user data on stderr
    share_interpreter_with_workers()
    clamp = install_screen_clamp(app)  # every window and dialog fits its screen when shown
    collector = MainThreadGarbageCollector(app)  # never free Qt objects from a worker thread
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    window.show()
    if project:
        location = project if "://" in project else str(Path(project).expanduser())
        opener = getattr(window.start_page, "open_project", None)
        QTimer.singleShot(0, lambda: opener(location) if opener else window.open_project_path(location))
    try:
        return int(app.exec())
    finally:
        collector.stop()
        app.removeEventFilter(clamp)
        sys.excepthook = previous_hook
