"""Speed of the analysis view (theme × group matrix, chart, drill-down) on a large project.

    python bench/bench_gui_analysis.py [PROJECT.qcoder] [--docs 150]

Without PROJECT, the large benchmark project (bench/generate_project.py: 150 documents of
~60,000 characters, 60 codes, 3 coders, ~30,000 codings) is generated in a temporary folder.
A given PROJECT is copied first (the benchmark stars and adds codings). Prints figures;
asserts nothing. Targets: the worker part (snapshot + counts) ~1 s; everything on the GUI
thread (count switch, shading, drill-down, chart paint) under ~100 ms.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from gui_common import large_project, ms, parse_args, qt_app, timed  # first: sys.path, offscreen Qt
from PySide6.QtCore import QEventLoop

from qcoder.analysis.matrix import (
    AnalysisData,
    Column,
    CountKind,
    Options,
    RowMode,
    cell_excerpts,
    compute_matrix,
    fit_options,
)
from qcoder.gui.analysis import AnalysisView


def main() -> int:
    args = parse_args(__doc__)
    app = qt_app()  # noqa: F841 - kept alive for the widgets
    with large_project(args.project, args.docs, "Bench") as (path, ctx, project):
        # the worker's part, measured on this thread
        snap_t = timed(project.snapshot, 3)
        snapshot = project.snapshot()
        print(
            f"project: {len(snapshot.documents)} documents, {sum(len(d.text) for d in snapshot.documents):,} "
            f"characters, {len(snapshot.codings):,} codings, {len(snapshot.codes)} codes, "
            f"{len(snapshot.coders)} coders"
        )
        print(f"snapshot read                                  {ms(snap_t)}")
        data_t = timed(lambda: AnalysisData(snapshot), 3)
        print(f"index built                                    {ms(data_t)}")
        data = AnalysisData(snapshot)
        busiest = Counter(c.coder_id for c in snapshot.codings).most_common(1)[0][0]
        for label, options in (
            ("counts by stakeholder group", Options()),
            ("counts by stakeholder group × site", Options(attribute2="site")),
            ("counts by site, one coder", Options(attribute="site", coders=frozenset([busiest]))),
            ("counts, own codings only", Options(rows=RowMode.OWN)),
        ):
            opts = fit_options(data, options)
            print(f"{label:<46} {ms(timed(lambda opts=opts: compute_matrix(data, opts), 3))}")
        matrix = compute_matrix(data, fit_options(data, Options()))
        top = max(range(len(matrix.rows)), key=lambda r: matrix.cells[r][0].excerpts)
        code_id = matrix.rows[top].code_id
        n = matrix.cells[top][0].excerpts
        print(
            f"drill-down, largest cell ({n:,} excerpts)       "
            f"{ms(timed(lambda: cell_excerpts(data, matrix, code_id, Column(())), 3))}"
        )
        group_col = matrix.columns[1]
        print(
            f"drill-down, a group cell ({matrix.cells[top][1].excerpts:,} excerpts)        "
            f"{ms(timed(lambda: cell_excerpts(data, matrix, code_id, group_col), 3))}"
        )

        # the view: time until the first matrix is shown (worker + GUI), idle event loop
        def shown(view: AnalysisView, start: Callable[[], None]) -> float:
            loop = QEventLoop()
            view.computed.connect(loop.quit)
            t = time.perf_counter()
            start()
            loop.exec()
            view.computed.disconnect(loop.quit)
            return time.perf_counter() - t

        t = time.perf_counter()
        view = AnalysisView(ctx)
        view.resize(1440, 900)
        view.show()
        loop = QEventLoop()
        view.computed.connect(loop.quit)
        loop.exec()
        view.computed.disconnect(loop.quit)
        print(f"view opened, first matrix shown                {ms(time.perf_counter() - t)}")
        combo = view.controls.attribute2_combo
        pairs = shown(view, lambda: combo.setCurrentIndex(combo.findData("site")))
        print(f"switch to group × site (worker)                {ms(pairs)}")
        print(f"back to groups (worker)                        {ms(shown(view, lambda: combo.setCurrentIndex(0)))}")

        def switch_kinds() -> None:
            for kind in CountKind:
                view.controls.set_kind(kind)
                app.processEvents()

        print(f"switch through the 5 counts (repaint)          {ms(timed(switch_kinds, 3))}")

        def shading() -> None:
            for i in (1, 2, 0):
                view.controls.shading_combo.setCurrentIndex(i)
                app.processEvents()

        print(f"switch shading 3 times                         {ms(timed(shading, 3))}")
        row = view.model.row_of(code_id)
        print(f"click: list the largest cell                   {ms(timed(lambda: view.show_cell(row, 0), 3))}")
        print(f"click: list a group cell                       {ms(timed(lambda: view.show_cell(row, 1), 3))}")
        print(f"chart paint (all codes, grab)                  {ms(timed(lambda: view.chart.grab(), 3))}")
        print(f"whole view paint (grab)                        {ms(timed(lambda: view.grab(), 3))}")

        # a star: the coding is saved, the list follows in place (no recount)
        item = view.drill.items()[0]
        times = []
        for _ in range(6):
            t = time.perf_counter()
            view.toggle_star(item)
            app.processEvents()
            times.append(time.perf_counter() - t)
            item = replace(item, exemplar=not item.exemplar)
        print(f"star / unstar an excerpt, list updated         {ms(statistics.median(times))} (median of 6)")

        # a new coding: counted again after the debounce (time from the change to the new matrix)
        doc = snapshot.documents[0]
        code = snapshot.codes[0]
        coder = ctx.coder
        assert coder is not None

        def add() -> None:
            project.add_coding(doc.id, code.id, coder.id, 10, 50)

        total = shown(view, add)
        print(f"add a coding → matrix recounted (incl. {view._debounce.interval()} ms debounce) {ms(total)}")
        view.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
