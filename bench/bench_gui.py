"""GUI speed figures on a generated project (offscreen Qt).

    python bench/bench_gui.py [--docs 150] [--keep DIR]

Builds the large benchmark project (bench/generate_project.py) plus one 300,000-character
transcript with 2,000 codings, then measures, through real widgets:
  1. opening the large project and showing the documents list (target < 1 s);
  2. opening the 300k transcript and showing its highlights and stripes (target < 0.5 s);
  3. applying a code to a selection incl. the database write and the repaint (target < 50 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate_project import generate, make_text, sentence_pool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qcoder.app import Project  # noqa: E402
from qcoder.core.model import Coding, new_id, utcnow  # noqa: E402
from qcoder.importers.base import ImportedDocument  # noqa: E402
from qcoder.importers.speakers import detect_turns  # noqa: E402

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
        batch.append(Coding(new_id(), info.id, rng.choice(codes).id, rng.choice(coders).id, start,
                            start + rng.randint(30, 600), "", False, now, now))
    project.add_codings(batch)
    project.close()
    return info.id


def flush(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--keep", help="directory to build the project in (reused when present)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow
    from qcoder.gui.settings import Settings
    from qcoder.gui.style import apply_style

    apply_style(app)
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="qcoder-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "bench-gui.qcoder"
    if not path.exists():
        t = time.perf_counter()
        generate(path, args.docs, 60_000, 200 * args.docs)
        big_id = add_big_document(path)
        print(f"built {path} in {time.perf_counter() - t:.1f} s")
    else:
        with Project.open(path) as p:
            big_id = p.document_by_name("big transcript").id

    settings = Settings.at(workdir / "settings.ini")
    settings.set_coder_name("Maya Chen")
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    flush(app)

    # 1. open the large project and show the documents list
    t = time.perf_counter()
    window.open_project_path(str(path))
    flush(app)
    t_open = time.perf_counter() - t
    rows = window.documents_row_count()
    print(f"open large project + documents list ({rows} documents): {t_open * 1000:.0f} ms (target < 1000)")

    # 2. open the 300k transcript with 2,000 codings and show its stripes
    viewer = window.viewer
    timings = []
    for _ in range(3):
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
    print(f"open {len(state.text):,}-char transcript with {len(state.index):,} codings, highlights + stripes: "
          f"median {statistics.median(timings) * 1000:.0f} ms of {len(timings)} (target < 500)")

    # 3. apply a code to a selection: DB write + index + re-highlight + repaint
    codes = ctx.require_project().codes()
    rng = random.Random(3)
    apply_times = []
    for i in range(20):
        start = rng.randrange(0, len(state.text) - 200)
        viewer.view.select_span(start, start + 120)
        flush(app)
        t = time.perf_counter()
        window.coding.apply_code(codes[i % len(codes)].id)
        viewer.view.viewport().repaint()
        viewer.view.stripes.repaint()
        flush(app)
        apply_times.append(time.perf_counter() - t)
    print(f"apply a code to a selection (DB write + repaint): median {statistics.median(apply_times) * 1000:.1f} ms, "
          f"max {max(apply_times) * 1000:.1f} ms of {len(apply_times)} (target < 50)")
    t = time.perf_counter()
    ctx.require_project().undo()
    viewer.view.viewport().repaint()
    flush(app)
    print(f"undo the last coding incl. repaint: {(time.perf_counter() - t) * 1000:.1f} ms")
    window.close()
    ctx.close_project()
    return 0


if __name__ == "__main__":
    sys.exit(main())
