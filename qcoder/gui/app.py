"""Start the desktop application: ``run_gui(project)`` (the CLI's ``qcoder gui [PROJECT]``).

One window per user (:mod:`qcoder.gui.single_instance`): when one is running, ``PROJECT`` is
handed to it and this process returns 0 at once, before the window's modules are imported
(a double-click on a file in the file manager is answered in a fraction of the cold start).
``PROJECT`` may be a ``.qcoder`` project, a server URL, or a ``.qdpx`` to import into a new
project (:mod:`qcoder.gui.file_open`). Errors that escape are logged locally and shown once
(:mod:`qcoder.gui.crash_dialog`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qcoder.gui import single_instance
from qcoder.gui.settings import Settings


def instance_name(settings: Settings) -> str:
    """The single-instance socket for these settings (a hash of the user and their folder)."""
    return single_instance.server_name(str(Path(settings.location()).parent))


def run_gui(project: str | None = None, settings: Settings | None = None) -> int:
    """Show the main window (the start page, or ``project`` opened) and run the event loop."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("qcoder")
    app.setOrganizationName("qcoder")
    settings = settings or Settings()
    single = not single_instance.disabled()
    name = instance_name(settings) if single else ""
    if single and single_instance.send_to_running(name, [project] if project else []):
        print("qcoder: handed over to the window already open", file=sys.stderr)
        return 0
    return _run_window(app, settings, project, name if single else None)


def set_app_icon(app: QApplication) -> None:
    """The window's icon (title bar, task switcher), from the package's data or the checkout,
    and the .desktop entry it belongs to (qcoder.desktop, installed by the Linux package)."""
    from PySide6.QtGui import QIcon

    from qcoder.app.demo import RESOURCES

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = RESOURCES / "icons" / f"qcoder-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)
    app.setDesktopFileName("qcoder")


def _run_window(app: QApplication, settings: Settings, project: str | None, server_name: str | None) -> int:
    # the window's modules are imported only here: a hand-over (above) never needs them
    from qcoder.exporters.locale_format import set_report_locale
    from qcoder.gui import i18n
    from qcoder.gui.app_keys import install_app_keys
    from qcoder.gui.context import AppContext
    from qcoder.gui.crash_dialog import CrashReporter
    from qcoder.gui.file_open import FileOpenEvents, open_path, open_paths
    from qcoder.gui.main_thread_gc import MainThreadGarbageCollector
    from qcoder.gui.main_window import MainWindow
    from qcoder.gui.screen_fit import install_screen_clamp
    from qcoder.gui.style import apply_style
    from qcoder.gui.workers import share_interpreter_with_workers

    language = i18n.install_translators(i18n.resolve(settings.language()), app)  # before any label
    set_report_locale(language)  # reports written from the window: the window's numbers and dates
    apply_style(app, settings.theme(), settings.text_size())
    set_app_icon(app)
    keys = install_app_keys(app)  # Ctrl+Shift+S sorts, Shift+F10 in every dialog
    share_interpreter_with_workers()
    clamp = install_screen_clamp(app)  # every window and dialog fits its screen when shown
    collector = MainThreadGarbageCollector(app)  # never free Qt objects from a worker thread
    window = MainWindow(AppContext(settings))
    reporter = CrashReporter(lambda: window)  # escaped errors: a local log and one dialog
    reporter.install()
    server = single_instance.InstanceServer(server_name, app) if server_name else None
    if server is not None and server.listen():
        server.received.connect(lambda paths: open_paths(window, paths))
    file_events = FileOpenEvents(window)  # macOS: a double-clicked file arrives as an event
    app.installEventFilter(file_events)
    window.show()
    if project:
        QTimer.singleShot(0, lambda: open_path(window, project))
    try:
        return int(app.exec())
    finally:
        if server is not None:
            server.close()
            server.deleteLater()
        reporter.uninstall()
        app.removeEventFilter(file_events)
        app.removeEventFilter(keys)
        collector.stop()
        app.removeEventFilter(clamp)
