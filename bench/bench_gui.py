"""GUI speed figures through the real main window (offscreen Qt).

    python bench/bench_gui.py [--docs 150] [--keep DIR] [--repeat 5]
    python bench/bench_gui.py --project PROJECT.qcoder [--repeat 5]

Without --project, builds the large benchmark project (bench/generate_project.py) plus one
300,000-character transcript with 2,000 codings. With --project, measures a copy of that
project (in a temporary folder); its longest document stands in for the big transcript.
Measures, through real widgets (medians; each line gives min, max and count):
  1. opening the project in the main window, every panel loaded (target < 1 s), beside the
     service API's Project.open alone;
  2. the documents list filling (the model re-reading every document, the view repainted), and
     following a renamed document;
  3. typing a filter in the documents list, one key at a time, each until repainted;
  4. the codebook with its per-code counts (the model reloaded; the counts re-read);
  5. opening a document: the longest ones, each once, and the big transcript (target < 0.5 s);
  6. applying a code to a selection incl. the database write and the repaint (target < 50 ms).
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gui_common import (  # first: sys.path, offscreen Qt
    generate_large,
    make_text,
    median_line,
    parse_args,
    qt_app,
    sentence_pool,
    settings_for,
)
from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qcoder.app import Project
from qcoder.core.model import Coding, new_id, utcnow
from qcoder.gui.main_window import MainWindow
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import detect_turns

BIG_CHARS = 300_000
BIG_CODINGS = 2_000
FILTER_WORD = "lakeshore"  # a site: each key narrows the list (bench/generate_*.py attributes)


def add_big_document(path: Path) -> str:
    rng = random.Random(11)
    project = Project.open(path)
    text = make_text(rng, sentence_pool(), BIG_CHARS, "Respondent X")[:BIG_CHARS]
    info = project.add_document(ImportedDocument(text, "big.txt", "txt", detect_turns(text)), "big transcript")
    codes = project.codes()
    coders = project.coders()
    now = utcnow()
    batch = []
    for _ in range(BIG_CODINGS):
        start = rng.randrange(0, info.chars - 600)
        batch.append(
            Coding(
                new_id(),
                info.id,
                rng.choice(codes).id,
                rng.choice(coders).id,
                start,
                start + rng.randint(30, 600),
                "",
                False,
                now,
                now,
            )
        )
    project.add_codings(batch)
    project.close()
    return info.id


def prepare(args: object) -> tuple[Path, Path, str]:
    """(working folder, project path, id of the big document): a copy of ``--project``, or the
    generated project (built in ``--keep`` when given, reused when present)."""
    source, keep, docs = getattr(args, "project", None), getattr(args, "keep", None), getattr(args, "docs", 150)
    workdir = Path(keep) if keep and not source else Path(tempfile.mkdtemp(prefix="qcoder-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "bench-gui.qcoder"
    if source:
        shutil.copy(source, path)
        with Project.open(path) as p:
            return workdir, path, max(p.documents(), key=lambda d: d.chars).id
    if not path.exists():
        t = time.perf_counter()
        generate_large(path, docs)
        big_id = add_big_document(path)
        print(f"built {path} in {time.perf_counter() - t:.1f} s")
        return workdir, path, big_id
    with Project.open(path) as p:
        return workdir, path, p.document_by_name("big transcript").id


def flush(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def series(fn: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> list[float]:
    """Wall times of ``repeat`` runs of ``fn`` (``before`` runs untimed ahead of each)."""
    out = []
    for _ in range(repeat):
        if before is not None:
            before()
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def measure_service(path: Path, big_id: str, repeat: int) -> None:
    """The service API alone (no GUI): opening the project, one coding written."""

    def open_close() -> None:
        Project.open(path).close()

    median_line("service API: Project.open + close", series(open_close, repeat))
    bare = Project.open(path)
    coder = bare.ensure_coder("Maya Chen")
    code_ids = [c.id for c in bare.codes()]
    writes = []
    for i in range(10):
        t = time.perf_counter()
        bare.add_coding(big_id, code_ids[i % len(code_ids)], coder.id, 1000 + i, 1100 + i)
        writes.append(time.perf_counter() - t)
    for _ in range(10):
        bare.undo()
    bare.close()
    median_line("service API: add_coding (one transaction)", writes)


def measure_open(window: MainWindow, app: QApplication, path: Path, repeat: int) -> None:
    """1. The project opened in the window (every panel loads), closed again in between."""
    ctx = window.ctx

    def close() -> None:
        ctx.close_project()
        flush(app)

    def open_() -> None:
        window.open_project_path(str(path))
        flush(app)

    times = series(open_, repeat, before=close)
    rows = window.documents_row_count()
    median_line(f"1. open project in the main window ({rows:,} documents)", times, "target < 1000")

    def reload_time(fn: Callable[[], object]) -> float:
        return statistics.median(series(fn, 3)) * 1000

    parts = [
        f"codebook model {reload_time(window.codebook.model.reload):.0f} ms",
        f"viewer {reload_time(window.viewer._on_project_opened):.0f} ms",
        f"documents {reload_time(window.documents.model.reload):.0f} ms",
    ]
    print("   reload on project open, per panel (median of 3): " + ", ".join(parts))


def measure_documents(window: MainWindow, app: QApplication, repeat: int) -> None:
    """2. The documents list filling; 3. typing a filter in it, key by key."""
    panel = window.documents

    def refill() -> None:
        panel.model.reload()
        panel.view.viewport().repaint()
        flush(app)

    median_line("2. documents list filled (model reload + repaint)", series(refill, repeat))
    project = window.ctx.require_project()
    doc = panel.model.record(panel.model.rowCount() // 2)
    names = iter([doc.name + " (renamed)", doc.name] * repeat)

    def rename() -> None:
        project.rename_document(doc.id, next(names))
        panel.view.viewport().repaint()
        flush(app)

    median_line("2. rename a document, the list follows", series(rename, 2 * (repeat // 2)))
    keys: list[float] = []
    clears: list[float] = []
    for _ in range(max(1, repeat // 2)):
        panel.filter_edit.setFocus()
        for ch in FILTER_WORD:
            t = time.perf_counter()
            QTest.keyClick(panel.filter_edit, ch)
            panel.view.viewport().repaint()
            flush(app)
            keys.append(time.perf_counter() - t)
        shown = panel.proxy.rowCount()
        QTest.keyClick(panel.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        t = time.perf_counter()
        QTest.keyClick(panel.filter_edit, Qt.Key.Key_Backspace)
        panel.view.viewport().repaint()
        flush(app)
        clears.append(time.perf_counter() - t)
    median_line(f"3. filter typed, per key ({FILTER_WORD!r}: {shown:,} rows left)", keys)
    median_line("3. filter cleared (all rows back)", clears)


def measure_codebook(window: MainWindow, app: QApplication, repeat: int) -> None:
    """4. The codebook panel with its per-code counts."""
    model = window.codebook.model

    def reload() -> None:
        model.reload()
        window.codebook.tree.viewport().repaint()
        flush(app)

    def counts() -> None:
        model._counts = {}  # every count moves: every row is signalled and repainted
        model.refresh_counts()
        window.codebook.tree.viewport().repaint()
        flush(app)

    median_line("4. codebook: model reload with counts + repaint", series(reload, repeat))
    median_line("4. codebook: all counts re-read + rows repainted", series(counts, repeat))


def measure_open_document(window: MainWindow, app: QApplication, big_id: str, repeat: int) -> None:
    """5. Opening documents: the longest ones (each once: nothing cached), then the big one."""
    viewer = window.viewer
    project = window.ctx.require_project()
    longest = sorted((d for d in project.documents() if d.id != big_id), key=lambda d: -d.chars)[: max(repeat, 3)]

    def show(doc_id: str) -> float:
        viewer.clear()
        flush(app)
        t = time.perf_counter()
        window._show_document(doc_id, -1, -1)
        viewer.view.viewport().repaint()
        viewer.view.stripes.repaint()
        flush(app)
        return time.perf_counter() - t

    times = [show(d.id) for d in longest]
    chars = statistics.median(d.chars for d in longest)
    codings = statistics.median(d.codings for d in longest)
    median_line(f"5. open a long document (~{chars:,.0f} chars, ~{codings:,.0f} codings)", times)
    times = [show(big_id) for _ in range(repeat)]
    state = viewer.state
    assert state is not None
    median_line(
        f"5. open the big document ({len(state.text):,} chars, {len(state.index):,} codings)", times, "target < 500"
    )


def apply_series(window: MainWindow, app: QApplication, label: str, n: int = 20) -> None:
    """6. Apply a code to a selection: DB write + every listener + re-highlight + repaint."""
    ctx, viewer = window.ctx, window.viewer
    state = viewer.state
    assert state is not None
    codes = ctx.require_project().codes()
    rng = random.Random(3)
    shown, settled = [], []
    for i in range(n):
        code_id = codes[i % len(codes)].id
        while True:  # a span where this code adds a visible change (not already shown there)
            start = rng.randrange(0, len(state.text) - 200)
            if all(c.code_id != code_id for c in state.index.overlapping(start, start + 120)):
                break
        viewer.view.select_span(start, start + 120)
        flush(app)
        view, stripes = viewer.view, viewer.view.stripes
        before = (view.paints, stripes.paints)
        t = time.perf_counter()
        window.coding.apply_code(code_id)
        # on screen once the text and the stripes have painted again (one event at a time)
        while view.paints == before[0] or stripes.paints == before[1]:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
            if time.perf_counter() - t > 5:
                break
        shown.append(time.perf_counter() - t)
        flush(app)  # and the deferred work: codebook counts, other panels
        settled.append(time.perf_counter() - t)
    median_line(f"6. apply a code, {label}: shown", shown, "target < 50")
    median_line(f"6. apply a code, {label}: settled", settled)
    for _ in range(n):
        ctx.require_project().undo()
    flush(app)


def keep_viewer_and_codebook(window: MainWindow) -> None:
    """The workbench proper: viewer + codebook listening, the other panels' docks closed."""
    ctx = window.ctx
    for key, dock in window.docks.items():
        if key != "codebook":
            widget = dock.widget()
            for obj in (widget, *widget.findChildren(QObject)):
                try:
                    ctx.changed.disconnect(obj._on_changed)
                except (AttributeError, RuntimeError, TypeError):
                    pass


def main() -> int:
    args = parse_args(__doc__, keep=True)
    app = qt_app()
    from qcoder.gui.context import AppContext
    from qcoder.gui.style import apply_style

    apply_style(app)
    workdir, path, big_id = prepare(args)
    with Project.open(path) as p:
        docs = p.documents()
        print(f"project: {len(docs):,} documents, {sum(d.codings for d in docs):,} codings, {len(p.codes())} codes")
    measure_service(path, big_id, args.repeat)

    ctx = AppContext(settings_for(workdir, "Maya Chen"))
    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    flush(app)
    measure_open(window, app, path, args.repeat)
    measure_documents(window, app, args.repeat)
    measure_codebook(window, app, args.repeat)
    measure_open_document(window, app, big_id, args.repeat)
    apply_series(window, app, "all panels listening")
    keep_viewer_and_codebook(window)
    apply_series(window, app, "viewer + codebook")
    window.close()
    ctx.close_project()
    if args.project:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
