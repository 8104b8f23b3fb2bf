"""Speed of the analysis view (theme × group matrix, chart, drill-down) on a large project.

    python bench/bench_gui_analysis.py [--project PROJECT.qcoder | --docs 150] [--repeat 5]

Without --project, the large benchmark project (bench/generate_project.py: 150 documents of
~60,000 characters, 60 codes, 3 coders, ~30,000 codings) is generated in a temporary folder.
A given project is copied first (the benchmark stars and adds codings). Prints medians (the
slow worker parts at most 3 times); asserts nothing. "stall" is the longest time the GUI
thread could not run its event loop meanwhile (a 5 ms timer's longest gap): the window is
frozen that long. Targets: the worker part (snapshot + counts) ~1 s at 150 documents;
everything on the GUI thread (count switch, shading, drill-down, chart paint) under ~100 ms.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from gui_common import (  # first: sys.path, offscreen Qt
    StallMeter,
    large_project,
    median_line,
    ms,
    parse_args,
    qt_app,
    timed,
)
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from qcoder.analysis.index import ProjectIndex
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
from qcoder.app import Project
from qcoder.gui.analysis import AnalysisView
from qcoder.gui.context import AppContext


def worker_part(project: Project, repeat: int) -> tuple[AnalysisData, str]:
    """The worker's part, measured on this thread; returns the data and the busiest coder."""

    def read() -> ProjectIndex:
        return project.counting_index(with_text=True, with_ids=True)

    read_t = timed(read, repeat)
    index = read()
    snapshot, columns = index.snapshot, index.columns
    assert columns is not None
    print(
        f"project: {len(snapshot.documents):,} documents, {sum(len(d.text) for d in snapshot.documents):,} "
        f"characters, {len(columns):,} codings, {len(snapshot.codes)} codes, "
        f"{len(snapshot.coders)} coders"
    )
    print(f"worker: project read (counting_index, ids and texts)    {ms(read_t)}")
    index_t = timed(lambda: AnalysisData(read()), repeat)
    print(f"worker: read + AnalysisData                             {ms(index_t)}")
    data = AnalysisData(index)
    places_t = timed(lambda: AnalysisData(index).index_places(), repeat)
    print(f"worker: AnalysisData + excerpt places                   {ms(places_t)}")
    busiest = Counter(columns.coder_id).most_common(1)[0][0]
    for label, options in (
        ("counts by stakeholder group", Options()),
        ("counts by stakeholder group × site", Options(attribute2="site")),
        ("counts by site, one coder", Options(attribute="site", coders=frozenset([busiest]))),
        ("counts, own codings only", Options(rows=RowMode.OWN)),
    ):
        opts = fit_options(data, options)
        print(f"worker: {label:<47} {ms(timed(lambda opts=opts: compute_matrix(data, opts), repeat))}")
    matrix = compute_matrix(data, fit_options(data, Options()))
    top = max(range(len(matrix.rows)), key=lambda r: matrix.cells[r][0].excerpts)
    code_id, n = matrix.rows[top].code_id, matrix.cells[top][0].excerpts
    t = timed(lambda: cell_excerpts(data, matrix, code_id, Column(())), repeat)
    print(f"cell_excerpts, largest cell ({n:,} excerpts)              {ms(t)}")
    return data, busiest


def until(view: AnalysisView, start: Callable[[], object]) -> tuple[float, float]:
    """(seconds until the view computed its matrix, longest GUI stall) after ``start()``."""
    with StallMeter() as stall:
        loop = QEventLoop()
        view.computed.connect(loop.quit)
        t = time.perf_counter()
        start()
        loop.exec()
        elapsed = time.perf_counter() - t
        view.computed.disconnect(loop.quit)
    return elapsed, stall.longest


def until_listed(view: AnalysisView, start: Callable[[], object]) -> tuple[float, float]:
    """(seconds until the drill-down lists the clicked cell, longest GUI stall)."""
    with StallMeter() as stall:
        t = time.perf_counter()
        start()
        lister = getattr(view, "lister", None)  # (none before the drill-down had workers)
        while lister is not None and lister.is_listing():  # a large cell: listed in a worker
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # idle till then
        elapsed = time.perf_counter() - t
    return elapsed, stall.longest


def pairs(label: str, runs: list[tuple[float, float]]) -> None:
    median_line(label, [r[0] for r in runs])
    median_line("   longest GUI stall meanwhile", [r[1] for r in runs])


def view_part(app: QApplication, ctx: AppContext, repeat: int) -> AnalysisView:
    """The view: time until the matrix is shown (worker + GUI), idle event loop."""
    runs, view = [], None
    for _ in range(min(repeat, 3)):
        if view is not None:
            view.wait()
            view.deleteLater()
        view = AnalysisView(ctx)
        view.resize(1440, 900)
        runs.append(until(view, view.show))
    assert view is not None
    pairs("view opened, first matrix shown (snapshot in worker)", runs)
    combo = view.controls.attribute2_combo
    site, back = [], []
    for _ in range(repeat):
        site.append(until(view, lambda: combo.setCurrentIndex(combo.findData("site"))))
        back.append(until(view, lambda: combo.setCurrentIndex(0)))
    pairs("switch to group × site, shown (counts in worker)", site)
    pairs("back to groups, shown (counts in worker)", back)

    def switch_kinds() -> None:
        for kind in CountKind:
            view.controls.set_kind(kind)
            app.processEvents()

    def shading() -> None:
        for i in (1, 2, 0):
            view.controls.shading_combo.setCurrentIndex(i)
            app.processEvents()

    print(f"switch through the 5 counts (repaint)                   {ms(timed(switch_kinds, repeat))}")
    print(f"switch shading 3 times                                  {ms(timed(shading, repeat))}")
    print(f"chart paint (all codes, grab)                           {ms(timed(lambda: view.chart.grab(), repeat))}")
    print(f"whole view paint (grab)                                 {ms(timed(lambda: view.grab(), repeat))}")
    return view


def drill_part(app: QApplication, view: AnalysisView, repeat: int) -> None:
    """Clicks on cells (the drill-down list) and stars."""
    matrix = view.model.matrix
    assert matrix is not None
    row = max(range(view.model.rowCount()), key=lambda r: matrix.cells[r][0].excerpts)
    small = min(range(view.model.rowCount()), key=lambda r: matrix.cells[r][1].excerpts or 1 << 30)
    for label, (r, c) in (
        ("the largest cell", (row, 0)),
        ("a group cell", (row, 1)),
        ("a small cell", (small, 1)),
    ):
        n = matrix.cells[r][c].excerpts
        runs = []
        for _ in range(repeat):
            view.show_cell(small if r != small else row, 1)  # another cell first: a new list each time
            until_listed(view, lambda: None)
            runs.append(until_listed(view, lambda r=r, c=c: view.show_cell(r, c)))
        pairs(f"click: list {label} ({n:,} excerpts)", runs)
    view.show_cell(row, 0)
    until_listed(view, lambda: None)
    item = view.drill.items()[0]
    times = []
    for _ in range(repeat + 1 - repeat % 2):  # odd: the star ends set, undone below
        t = time.perf_counter()
        view.toggle_star(item)
        app.processEvents()
        times.append(time.perf_counter() - t)
        item = replace(item, exemplar=not item.exemplar)
    median_line(f"star / unstar an excerpt in a {view.drill.model.rowCount():,}-row list", times)


def recount_part(view: AnalysisView, project: Project, ctx: AppContext, repeat: int) -> None:
    """A new coding: counted again after the debounce (time from the change to the new matrix,
    with the largest cell listed)."""
    doc = project.documents()[0]
    code = project.codes()[0]
    coder = ctx.coder
    assert coder is not None
    runs = []
    for i in range(min(repeat, 3)):
        runs.append(until(view, lambda i=i: project.add_coding(doc.id, code.id, coder.id, 10 + i, 50 + i)))
        until_listed(view, lambda: None)
    pairs(f"add a coding → matrix recounted (incl. {view._debounce.interval()} ms debounce)", runs)
    view.wait()


def main() -> int:
    args = parse_args(__doc__)
    app = qt_app()
    with large_project(args.project, args.docs, "Bench") as (_path, ctx, project):
        worker_part(project, min(args.repeat, 3))
        view = view_part(app, ctx, args.repeat)
        drill_part(app, view, args.repeat)
        recount_part(view, project, ctx, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
