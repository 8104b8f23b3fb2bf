"""Run on a real X server with the accessibility bus (the at-spi test runs it under
``dbus-run-session`` and ``xvfb-run``): open the main window on the small test project with a
document shown and the analysis matrix computed, then let ``atspi_reader.py`` (the system's
Python with pyatspi, in another process, like a screen reader) read it. Prints the reader's
JSON and exits with its status."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

READER = Path(__file__).with_name("atspi_reader.py")


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("qcoder-atspi-probe")
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
    window.resize(1280, 900)
    window.show()
    doc = ctx.project.document_by_name("Interview A")
    window._show_document(doc.id, -1, -1)
    window.open_analysis()
    result: dict[str, object] = {}

    def start_reader() -> None:
        if window.analysis.model.matrix is None or window.analysis.is_computing():
            QTimer.singleShot(100, start_reader)
            return
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        result["reader"] = subprocess.Popen(
            [os.environ.get("QCODER_ATSPI_PYTHON", "/usr/bin/python3"), str(READER), str(os.getpid())],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        QTimer.singleShot(100, wait_reader)

    def wait_reader() -> None:
        reader = result["reader"]
        assert isinstance(reader, subprocess.Popen)
        if reader.poll() is None:
            result["ticks"] = int(result.get("ticks", 0)) + 1  # type: ignore[call-overload]
            window._status(f"Backed up to the project folder ({result['ticks']})")  # to be announced
            QTimer.singleShot(100, wait_reader)  # the reader asks; this event loop answers
            return
        result["code"] = reader.returncode
        print(reader.stdout.read() if reader.stdout else "", flush=True)
        app.quit()

    QTimer.singleShot(300, start_reader)
    QTimer.singleShot(90_000, app.quit)  # never hang a test run
    app.exec()
    window.close()
    ctx.close_project()
    return int(result.get("code", 3))  # type: ignore[call-overload]


if __name__ == "__main__":
    sys.exit(main())
