"""Regenerate the GUI screenshots in docs/ (offscreen, no display needed).

    python scripts/screenshots.py [--out docs]

Builds a project from sample_transcripts/ (through the demo builder
``qcoder.app.demo.build_demo`` when present, otherwise by importing the transcripts here),
opens it in the main window and saves:
  docs/screenshot-main.png    the coding workbench with a transcript, stripes and excerpts
  docs/screenshot-finder.png  the quick-code finder over a selection
  docs/screenshot-start.png   the start page
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from qcoder.app import Project  # noqa: E402

SIZE = (1366, 800)  # a common laptop screen


def build_project(directory: Path) -> Path:
    try:
        from qcoder.app.demo import build_demo
    except ImportError:
        build_demo = None
    if build_demo is not None:
        result = build_demo(directory)
        return Path(getattr(result, "path", result))
    # fallback: import the plain-text samples and a tiny codebook
    from qcoder.importers import import_file

    path = directory / "samples.qcoder"
    with Project.create(path, name="Sample interviews") as project:
        for f in sorted((ROOT / "sample_transcripts").glob("*.txt"))[:6]:
            project.add_document(import_file(f))
        for name in ("Partnerships", "Trust", "Resources", "Barriers"):
            project.create_code(name)
        project.history.clear()
    return path


def pump(app: QApplication, n: int = 5) -> None:
    for _ in range(n):
        app.processEvents()


def wait_until(app: QApplication, done: object, seconds: float = 30) -> None:
    """Process events until ``done()`` (background loads finished) or the time is up."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not done():  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)


def grab_with_popup(window: QWidget, popup: QWidget) -> QPixmap:
    """The window with a popup dialog painted over it where it would appear."""
    shot = window.grab()
    painter = QPainter(shot)
    pos = QPoint((window.width() - popup.width()) // 2, 150)
    painter.fillRect(shot.rect(), Qt.GlobalColor.transparent)
    painter.drawPixmap(pos, popup.grab())
    painter.setPen(Qt.GlobalColor.gray)
    painter.drawRect(pos.x() - 1, pos.y() - 1, popup.width() + 1, popup.height() + 1)
    painter.end()
    return shot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from qcoder.gui.coding.finder import CodeFinder
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow
    from qcoder.gui.settings import Settings
    from qcoder.gui.style import apply_style

    apply_style(app)
    work = Path(tempfile.mkdtemp(prefix="qcoder-shots-"))
    settings = Settings.at(work / "settings.ini")
    path = build_project(work)
    with Project.open(path) as p:
        coders = [c.name for c in p.coders()]
    settings.set_coder_name(coders[0] if coders else "Maya Chen")
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    pump(app)
    window.grab().save(str(out / "screenshot-start.png"))

    ctx.open_project(Project.open(path))
    project = ctx.require_project()
    pump(app)
    # the document with the most codings, a code selected, quick keys bound
    doc = max(project.documents(), key=lambda d: d.codings)
    counts = project.coding_counts()
    codes = sorted(project.codes(), key=lambda c: -counts.get(c.id, 0))
    pid = ctx.project_id
    settings.set_quick_codes(pid, {i + 1: c.id for i, c in enumerate(codes[:5])})
    ctx.view_settings_changed.emit()
    if window.documents is not None and hasattr(window.documents, "view"):
        view = window.documents.view
        model = view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data() == doc.name:
                view.selectRow(row)
    ctx.document_requested.emit(doc.id, -1, -1)
    viewer = window.viewer
    codings = sorted(project.codings(doc.id), key=lambda c: c.start)
    if codings:
        first = codings[min(3, len(codings) - 1)]
        line = viewer.state.lines.line_of(first.start) if viewer.state else 0
        block = viewer.view.document().findBlockByNumber(max(0, line - 2))
        viewer.view.verticalScrollBar().setValue(block.firstLineNumber())
        window.codebook.select_code(first.code_id)
        viewer.select_coding(first.id, select_text=False)
    pump(app, 10)
    wait_until(app, lambda: not window.excerpts.is_loading() and window.excerpts.model.rowCount() > 0)
    window.grab().save(str(out / "screenshot-main.png"))

    # the finder over a fresh selection
    if viewer.state is not None:
        text = viewer.state.text
        at = text.find("relationship")
        if at > 0:
            viewer.view.select_span(at, at + len("relationship"), center=False)
    finder = CodeFinder(
        project.codes(),
        project.code_paths(),
        "Apply code",
        window,
        keys={v: k for k, v in settings.quick_codes(pid).items()},
    )
    finder.edit.setText("tr")
    finder.show()
    pump(app)
    grab_with_popup(window, finder).save(str(out / "screenshot-finder.png"))
    finder.close()
    QTimer.singleShot(0, window.close)
    pump(app)
    ctx.close_project()
    for name in ("screenshot-main.png", "screenshot-finder.png", "screenshot-start.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
