"""Speed of the team windows on a large project: agreement view, disagreements,
reconciliation, merge preview, live refresh.

    python bench/bench_gui_team.py [PROJECT.qcoder] [--docs 150]

Without PROJECT, the large benchmark project (bench/generate_project.py: 150 documents of
~60,000 characters, 60 codes, 3 coders, ~30,000 codings) is generated in a temporary folder.
A given PROJECT is copied first (the benchmark writes consensus codings). Times are wall
clock on this (shared) machine; "GUI thread" is the part that blocks the window, the rest
runs in a worker. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate_project import generate  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qcoder.analysis.agreement import Method  # noqa: E402
from qcoder.app import Project  # noqa: E402
from qcoder.app.merge import handout  # noqa: E402
from qcoder.gui.context import AppContext  # noqa: E402
from qcoder.gui.settings import Settings  # noqa: E402
from qcoder.gui.team.agreement_view import AgreementDialog, Results  # noqa: E402
from qcoder.gui.team.merge_dialog import MergeDialog  # noqa: E402
from qcoder.gui.team.server import LiveRefresh  # noqa: E402


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def wait_for(signal: object, start: Callable[[], object]) -> float:
    """Seconds from ``start()`` until ``signal`` fires (an idle event loop, as in the app)."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    t = time.perf_counter()
    start()
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]
    return time.perf_counter() - t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", nargs="?")
    parser.add_argument("--docs", type=int, default=150)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the widgets
    print(f"load average {os.getloadavg()[0]:.1f} (shared machine)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.qcoder"
        if args.project:
            shutil.copy(args.project, path)
        else:
            generate(path, args.docs, 60_000, args.docs * 200)
        settings = Settings.at(Path(tmp) / "settings.ini")
        settings.set_coder_name("Lead")
        ctx = AppContext(settings)
        ctx.open_project(Project.open(path))
        project = ctx.require_project()
        docs = project.documents()
        print(
            f"project: {len(docs)} documents, {sum(d.chars for d in docs):,} characters, "
            f"{sum(d.codings for d in docs):,} codings, {len(project.codes())} codes"
        )

        dialogs: list[AgreementDialog] = []
        print(
            f"agreement view: open (coder list)              "
            f"{timed(lambda: dialogs.append(AgreementDialog(ctx)), 3) * 1000:7.1f} ms GUI thread"
        )
        dialog = dialogs[-1]
        dialog.show()
        dialog.set_coders(["Maya Chen", "Jordan Reyes", "Sam Patel"])
        total = wait_for(dialog.computed, dialog.compute)
        results = dialog.results
        assert isinstance(results, Results)
        shown = timed(lambda: dialog._show(results), 3)
        print(
            f"agreement + disagreements, 3 coders: until shown {total:7.2f} s "
            f"(of which showing {shown * 1000:.0f} ms GUI thread); {len(results.items):,} disagreements"
        )
        panel = dialog.disagreements

        def select(row: int) -> None:
            panel.select_row(row)

        rows = iter(range(1, 100))
        first = timed(lambda: select(next(rows)))
        print(
            f"select a disagreement (side by side)          {first * 1000:7.1f} ms first (reads the text), "
            f"{timed(lambda: select(next(rows)), 9) * 1000:.1f} ms next (median of 9)"
        )
        select(0)
        decide = wait_for(dialog.decided, lambda: dialog.decide(Method.UNION))
        print(f"decide one (seed consensus + reconcile)       {decide:7.2f} s until the list shows it decided")
        select(0)
        decide = wait_for(dialog.decided, lambda: dialog.decide(Method.ACCEPT, "Maya Chen"))
        print(f"decide the next one (accept a coder)          {decide:7.2f} s until the list shows it decided")
        print(f"  of which re-flagging the list (GUI thread)  {timed(dialog.refresh_decisions, 3) * 1000:7.1f} ms")
        dialog.done(0)

        copy = Path(tmp) / "copy.qcoder"
        t = time.perf_counter()
        handout(project, "Maya Chen", [d.id for d in docs], copy, with_codings=True)
        print(f"hand out all documents with one coder's codings {time.perf_counter() - t:7.2f} s")
        merge = MergeDialog(ctx)
        merge.add_paths([copy])
        preview = wait_for(merge.preview_ready, merge.start_preview)
        print(
            f"merge preview of that copy (read + plan)      {preview:7.2f} s "
            f"({merge.sources[0].plan.codings_duplicate if merge.sources[0].plan else 0:,} codings already here)"
        )
        merge.done(0)

        live = LiveRefresh(ctx, backends=("sqlite", "postgresql"))
        print(f"live refresh tick, nothing new                {timed(live.poll, 20) * 1000:7.2f} ms GUI thread")
        with Project.open(path) as other:
            code = other.codes()[0]
            coder = other.coder_by_name("Jordan Reyes")
            assert coder is not None
            other.add_coding(docs[0].id, code.id, coder.id, 10, 20)
        print(
            f"live refresh tick with one new coding         {timed(live.poll) * 1000:7.2f} ms GUI thread "
            "(plus the views' own refresh)"
        )
        ctx.close_project()
    return 0


if __name__ == "__main__":
    sys.exit(main())
