"""The shared excerpt table model: configurable columns, precise updates, Qt's model contract."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from qcoder.gui.excerpt_table import STARRED, Column, ExcerptTableModel, excerpt_tooltip, star_column
from qcoder.gui.record_model import ID_ROLE, RECORD_ROLE, SORT_ROLE


@dataclass(frozen=True)
class Row:
    id: str
    document: str
    start: int
    text: str
    exemplar: bool = False


def _place(r: Row) -> tuple[object, ...]:
    return r.document.casefold(), r.start


def _model() -> ExcerptTableModel:
    return ExcerptTableModel(
        [
            star_column(lambda r: r.exemplar, _place),
            Column("Document", lambda r: r.document, sort=_place),
            Column("Excerpt", lambda r: r.text, sort=lambda r: (len(r.text), *_place(r)), tooltip=lambda r: r.text),
        ],
        place=_place,
    )


ROWS = [Row("a", "Doc B", 5, "Trust matters"), Row("b", "Doc A", 9, "Fees", True), Row("c", "Doc A", 1, "Wait")]


def test_model_passes_model_tester_through_changes(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    model.sync_rows(ROWS)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.sync_rows([ROWS[0], Row("b", "Doc A", 9, "Fees again", False), Row("d", "Doc C", 0, "New")])
    qtmodeltester.check(model)
    model.set_header(1, "File")
    qtmodeltester.check(model)
    model.sync_rows([])
    qtmodeltester.check(model)


def test_columns_roles_and_sorting() -> None:
    model = _model()
    model.sync_rows(ROWS)
    assert model.headers() == ("★", "Document", "Excerpt")
    assert model.columnCount() == 3 and model.rowCount() == 3
    first = model.index(0, 0)
    assert first.data() == "☆" and first.data(ID_ROLE) == "a" and first.data(RECORD_ROLE) is ROWS[0]
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == STARRED
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Trust matters"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 2).data(SORT_ROLE) == (13, "doc b", 5)
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(3)] == ["c", "b", "a"]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # starred first
    assert model.index(0, 0).data(ID_ROLE) == "b"


def test_excerpt_tooltip_cuts_long_text_and_adds_memo() -> None:
    assert excerpt_tooltip("x" * 1300).endswith("…") and len(excerpt_tooltip("x" * 1300)) == 1201
    assert excerpt_tooltip("short", "why") == "short\n\nMemo: why"
