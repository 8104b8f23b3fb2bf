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

import os
import sys
import time

from gui_common import large_project, parse_args, qt_app, timed, wait_for  # first: sys.path, offscreen Qt

from qcoder.analysis.agreement import Method
from qcoder.app import Project
from qcoder.app.merge import handout
from qcoder.gui.team.agreement_view import AgreementDialog, Results
from qcoder.gui.team.merge_dialog import MergeDialog
from qcoder.gui.team.server import LiveRefresh


def main() -> int:
    args = parse_args(__doc__)
    app = qt_app()  # noqa: F841 - kept alive for the widgets
    print(f"load average {os.getloadavg()[0]:.1f} (shared machine)")
    with large_project(args.project, args.docs, "Lead") as (path, ctx, project):
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

        copy = path.parent / "copy.qcoder"
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
