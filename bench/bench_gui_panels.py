"""Speed of the documents, excerpts, search and attributes panels on a large project.

    python bench/bench_gui_panels.py [PROJECT.qcoder] [--docs 150]

Without PROJECT, the large benchmark project (bench/generate_project.py: 150 documents of
~60,000 characters, 60 codes, 3 coders, ~30,000 codings) is generated in a temporary folder.
A given PROJECT is copied first (the benchmark adds and removes codings). Prints figures;
asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import time

import shiboken6
from gui_common import large_project, parse_args, qt_app, timed  # first: sys.path, offscreen Qt
from PySide6.QtCore import QEventLoop, Qt

from qcoder.core.model import AttributeScope
from qcoder.gui.attributes_model import AttributeValuesModel
from qcoder.gui.documents_panel import DocumentsPanel
from qcoder.gui.excerpts_panel import ExcerptsPanel
from qcoder.gui.search_panel import SearchPanel


def main() -> int:
    args = parse_args(__doc__)
    app = qt_app()  # noqa: F841 - kept alive for the widgets
    with large_project(args.project, args.docs, "Bench") as (path, ctx, project):
        docs = project.documents()
        print(
            f"project: {len(docs)} documents, {sum(d.chars for d in docs):,} characters, "
            f"{sum(d.codings for d in docs):,} codings, {len(project.codes())} codes"
        )

        # documents panel
        def build_documents_panel() -> None:
            shiboken6.delete(DocumentsPanel(ctx))  # gone at once: no stray panel follows the changes below

        print(f"documents panel: build with all rows        {timed(build_documents_panel, 3) * 1000:7.1f} ms")
        panel = DocumentsPanel(ctx)
        codes = project.codes()
        parent = next(c for c in codes if c.parent_id is None)
        coder = ctx.coder
        assert coder is not None
        doc = docs[len(docs) // 2]
        times = []
        for i in range(10):
            t = time.perf_counter()
            coding = project.add_coding(doc.id, parent.id, coder.id, 100 + i, 200 + i)  # model follows in-line
            times.append(time.perf_counter() - t)
            project.remove_codings([coding.id])
        print(
            f"add a coding incl. the documents row update    {statistics.median(times) * 1000:7.1f} ms (median of 10)"
        )

        # excerpts panel: a top-level theme with its subthemes (read in a worker: time until shown)
        excerpts = ExcerptsPanel(ctx)

        def show(code_id: str) -> None:
            loop = QEventLoop()  # an idle event loop, as in the application (no busy polling)
            excerpts.loaded.connect(loop.quit)
            excerpts.show_codes([code_id])
            loop.exec()
            excerpts.loaded.disconnect(loop.quit)

        cold = timed(lambda: show(parent.id))
        warm = timed(lambda: show(parent.id), 3)
        n = excerpts.model.rowCount()
        print(
            f"excerpts panel: theme + subcodes, {n:,} rows  cold {cold * 1000:7.1f} ms, "
            f"cached texts {warm * 1000:7.1f} ms"
        )
        leaf = next(c for c in codes if c.parent_id == parent.id)
        print(
            f"excerpts panel: one subtheme                  {timed(lambda: show(leaf.id), 3) * 1000:7.1f} ms"
            f" ({excerpts.model.rowCount():,} rows)"
        )
        show(parent.id)
        times = []
        for i in range(10):
            t = time.perf_counter()
            coding = project.add_coding(doc.id, leaf.id, coder.id, 300 + i, 400 + i)  # panels follow in-line
            times.append(time.perf_counter() - t)
            project.remove_codings([coding.id])
        print(f"add a coding incl. documents + excerpts rows  {statistics.median(times) * 1000:7.1f} ms (median of 10)")

        def text_filter() -> None:
            excerpts.proxy.set_filters(text="task force")
            excerpts.proxy.set_filters(text="trust")

        print(f"excerpts text filter over {n:,} rows (x2)      {timed(text_filter, 3) * 1000:7.1f} ms")
        t = time.perf_counter()
        excerpts.view.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        print(f"excerpts sort by code column                  {(time.perf_counter() - t) * 1000:7.1f} ms")
        excerpts.proxy.set_filters(text="")

        # search (worker): time until the results are shown
        search = SearchPanel(ctx)
        for query in ("trust", "task force", "hotline tips", "zzzzqx"):
            loop = QEventLoop()
            search.searched.connect(loop.quit)
            t = time.perf_counter()
            search.search(query)
            loop.exec()
            elapsed = time.perf_counter() - t
            search.searched.disconnect(loop.quit)
            hits = search.model.rowCount()
            print(f"search {query!r:16} {hits:4} hits                 {elapsed * 1000:7.1f} ms")

        # attributes editor model
        print(
            f"attributes table (documents): build          "
            f"{timed(lambda: AttributeValuesModel(ctx, AttributeScope.DOCUMENT), 3) * 1000:7.1f} ms"
        )
        del panel
    return 0


if __name__ == "__main__":
    sys.exit(main())
