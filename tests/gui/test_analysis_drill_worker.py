"""Analysis view: a large cell's excerpts are listed in a worker (a cell of a 10,000-document
project holds tens of thousands), only the newest request is shown, and a list computed again
with the same excerpts changes only the rows that differ.

``IN_WORKER`` is lowered so that the small test project's cells take the worker path.
"""

from __future__ import annotations

import pytest

from qcoder.gui.analysis import cell_list
from tests.gui.test_analysis_view import _click_cell, _code, _coder, _col, _listed, _open, _row, _span, project

__all__ = ["project"]  # the module's project fixture (ctx is built on it)


@pytest.fixture(autouse=True)
def _every_cell_in_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cell_list, "IN_WORKER", 0)


def test_a_large_cell_is_listed_in_a_worker(qtbot, ctx) -> None:
    view = _open(qtbot, ctx)
    view.show_cell(_row(view, "Trust"), _col(view, "law enforcement"))
    assert view.lister.is_listing()
    assert view.drill.title.text() == "Trust — Stakeholder group: law enforcement: listing 5 excerpts…"
    qtbot.waitUntil(lambda: view.drill.title.text().endswith(": 5 excerpts"))
    assert _listed(view) == [
        ("FG-North", "Ana", "Alice", "Trust matters most."),
        ("FG-North", "Ana", "Alice", "We call the prosecutors every week."),
        ("FG-North", "Ana", "Bob", "We call the prosecutors every week."),
        ("FG-North", "Ana", "Consensus", "We call the prosecutors every week."),
        ("INT-South", "Dee", "Alice", "Trust took years to build with the advocates."),
    ]
    qtbot.waitUntil(lambda: not view.lister.is_listing())


def test_only_the_newest_click_is_listed(qtbot, ctx, monkeypatch) -> None:
    view = _open(qtbot, ctx)
    view.show_cell(_row(view, "Trust"), _col(view, "law enforcement"))
    view.show_cell(_row(view, "Trust"), 0)  # waits for the running listing, which is dropped
    _click_cell(qtbot, view, _row(view, "Barriers"), _col(view, "victim service provider"))
    qtbot.waitUntil(lambda: not view.lister.is_listing())
    assert [i.text for i in view.drill.items()] == ["Funding is a barrier."]
    assert view.drill.title.text().startswith("Barriers — Stakeholder group: victim service provider")
    # a small cell is listed at once, and a large one still running is not shown after it
    monkeypatch.setattr(cell_list, "IN_WORKER", 3)
    view.show_cell(_row(view, "Trust"), _col(view, "law enforcement"))  # 5 excerpts: a worker
    view.show_cell(_row(view, "Barriers"), _col(view, "victim service provider"))  # 1: at once
    assert [i.text for i in view.drill.items()] == ["Funding is a barrier."]
    # the worker's listing is queued before its end: once it has ended, it was delivered or dropped
    qtbot.waitUntil(lambda: not view.lister.is_listing())
    assert [i.text for i in view.drill.items()] == ["Funding is a barrier."]


def test_counted_again_with_the_same_excerpts_changes_rows_in_place(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    _click_cell(qtbot, view, _row(view, "Trust"), _col(view, "law enforcement"))
    qtbot.waitUntil(lambda: len(view.drill.items()) == 5 and not view.lister.is_listing())
    resets: list[int] = []
    changed: list[int] = []
    view.drill.model.modelReset.connect(lambda: resets.append(1))
    view.drill.model.dataChanged.connect(lambda tl, br, roles=(): changed.extend(range(tl.row(), br.row() + 1)))
    # a star set elsewhere: only its row changes, nothing is counted anew
    bob = next(i for i in view.drill.items() if i.coder == "Bob")
    project.update_coding(bob.coding_ids[0], exemplar=True)
    qtbot.waitUntil(lambda: next(i for i in view.drill.items() if i.coder == "Bob").exemplar)
    assert changed == [view.drill.model.row_of(bob.id)]
    assert not view.is_computing()
    # a coding in another row: counted again, the cell listed again (in the worker) with the same
    # excerpts: no row changes, the list is not reset (selection and scroll stay)
    changed.clear()
    doc = next(d for d in project.documents() if d.name == "INT-South")
    with qtbot.waitSignal(view.computed, timeout=10000):
        project.add_coding(
            doc.id,
            _code(project, "Barriers"),
            _coder(project, "Bob"),
            *_span(project.document(doc.id).text, "Any barriers?"),
        )
    qtbot.waitUntil(lambda: not view.lister.is_listing() and view.drill.title.text().endswith(": 5 excerpts"))
    assert resets == [] and changed == []
    assert next(i for i in view.drill.items() if i.coder == "Bob").exemplar


def test_a_star_taken_while_listing_is_shown(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    _click_cell(qtbot, view, _row(view, "Barriers"), _col(view, "victim service provider"))
    qtbot.waitUntil(lambda: len(view.drill.items()) == 1 and not view.lister.is_listing())
    [item] = view.drill.items()
    view.show_cell(_row(view, "Barriers"), 0)  # listing the All column in the worker…
    project.update_coding(item.coding_ids[0], exemplar=True)  # …while the star is taken
    qtbot.waitUntil(lambda: not view.lister.is_listing() and len(view.drill.items()) == 4)
    assert next(i for i in view.drill.items() if i.id.endswith(f"{item.start}:{item.end}")).exemplar
