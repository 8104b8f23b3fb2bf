"""GUI speed figures on a generated project (offscreen Qt).

    python bench/bench_gui.py [--docs 150] [--keep DIR]

Builds the large benchmark project (bench/generate_project.py) plus one 300,000-character
transcript with 2,000 codings, then measures, through real widgets:
  1. opening the large project and showing the documents list (target < 1 s);
  2. opening the 300k transcript and showing its highlights and stripes (target < 0.5 s);
  3. applying a code to a selection incl. the database write and the repaint (target < 50 ms).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from gui_common import (  # first: sys.path, offscreen Qt
    generate_large,
    make_text,
    parse_args,
    qt_app,
    sentence_pool,
    settings_for,
)
from PySide6.QtCore import QEventLoop, QObject
from PySide6.QtWidgets import QApplication

from qcoder.app import Project
from qcoder.core.model import Coding, new_id, utcnow
from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import detect_turns

BIG_CHARS = 300_000
BIG_CODINGS = 2_000


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


def flush(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    args = parse_args(__doc__, project_arg=False, keep=True)
    app = qt_app()
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow
    from qcoder.gui.style import apply_style

    apply_style(app)
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="qcoder-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "bench-gui.qcoder"
    if not path.exists():
        t = time.perf_counter()
        generate_large(path, args.docs)
        big_id = add_big_document(path)
        print(f"built {path} in {time.perf_counter() - t:.1f} s")
    else:
        with Project.open(path) as p:
            big_id = p.document_by_name("big transcript").id

    settings = settings_for(workdir, "Maya Chen")

    # 0. the service API alone (no GUI): opening the project, one coding written
    t = time.perf_counter()
    bare = Project.open(path)
    t_bare_open = time.perf_counter() - t
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
    print(
        f"service API only: Project.open {t_bare_open * 1000:.0f} ms; add_coding (one transaction) "
        f"median {statistics.median(writes) * 1000:.1f} ms"
    )

    ctx = AppContext(settings)
    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    flush(app)

    # 1. open the large project and show the documents list (the whole window: every panel loads)
    t = time.perf_counter()
    window.open_project_path(str(path))
    flush(app)
    t_open = time.perf_counter() - t
    rows = window.documents_row_count()
    print(
        f"open large project in the main window + documents list ({rows} documents): {t_open * 1000:.0f} ms "
        f"(target < 1000; Project.open alone above)"
    )

    def timed(fn: object) -> float:
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        return (time.perf_counter() - t) * 1000

    parts = [
        f"codebook model {timed(window.codebook.model.reload):.0f} ms",
        f"viewer {timed(window.viewer._on_project_opened):.0f} ms",
    ]
    for key in ("documents", "excerpts", "search"):
        panel = getattr(window, key, None)
        for attr in ("reload", "_on_project"):
            target = getattr(getattr(panel, "model", None), attr, None) or getattr(panel, attr, None)
            if callable(target):
                parts.append(f"{key} panel {timed(target):.0f} ms")
                break
    print("  reload on project open, per panel: " + ", ".join(parts))

    # 2. open the 300k transcript with 2,000 codings and show its stripes
    viewer = window.viewer
    timings = []
    for _ in range(5):
        viewer.clear()
        flush(app)
        t = time.perf_counter()
        viewer.show_document(big_id)
        viewer.view.viewport().repaint()
        viewer.view.stripes.repaint()
        flush(app)
        timings.append(time.perf_counter() - t)
    state = viewer.state
    assert state is not None
    print(
        f"open {len(state.text):,}-char transcript with {len(state.index):,} codings, highlights + stripes: "
        f"median {statistics.median(timings) * 1000:.0f} ms, min {min(timings) * 1000:.0f} ms of {len(timings)} "
        f"(target < 500)"
    )

    # 3. apply a code to a selection: DB write + every listener + re-highlight + repaint
    def apply_series(label: str, apply: object, n: int = 20) -> None:
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
            apply(code_id)  # type: ignore[operator]
            # on screen once the text and the stripes have painted again (one event at a time)
            while view.paints == before[0] or stripes.paints == before[1]:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
                if time.perf_counter() - t > 5:
                    break
            shown.append(time.perf_counter() - t)
            flush(app)  # and the deferred work: codebook counts, other panels
            settled.append(time.perf_counter() - t)
        print(
            f"apply a code, {label}: DB write + highlight and stripes painted: median "
            f"{statistics.median(shown) * 1000:.1f} ms, max {max(shown) * 1000:.1f} ms; everything settled "
            f"(counts, panels): median {statistics.median(settled) * 1000:.1f} ms; of {n} (target < 50)"
        )
        for _ in range(n):
            ctx.require_project().undo()
        flush(app)

    apply_series("whole main window (all panels listening)", window.coding.apply_code)
    # the workbench proper: viewer + codebook listening, the other panels' docks closed
    for key, dock in window.docks.items():
        if key != "codebook":
            widget = dock.widget()
            try:
                ctx.changed.disconnect(widget._on_changed)
            except (AttributeError, RuntimeError, TypeError):
                pass
            for child in widget.findChildren(QObject):
                try:
                    ctx.changed.disconnect(child._on_changed)
                except (AttributeError, RuntimeError, TypeError):
                    pass
    apply_series("viewer + codebook only", window.coding.apply_code)
    window.close()
    ctx.close_project()
    return 0


if __name__ == "__main__":
    sys.exit(main())
