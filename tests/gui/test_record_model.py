"""The record table model under every panel: precise updates and sorting in the model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from qcoder.gui.record_model import Index, RecordTableModel, SourceSortProxy


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    n: int


class Items(RecordTableModel):
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item: Item = self.record(index.row())
        return item.name if index.column() == 0 else item.n

    def sort_key(self, record: Item, column: int) -> Any:
        return (record.name, record.id) if column == 0 else (record.n, record.id)


def _names(model: RecordTableModel) -> list[str]:
    return [model.record(r).name for r in range(model.rowCount())]


def _spy(model: RecordTableModel) -> list[str]:
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda p, a, b: events.append(f"insert {a}-{b}"))
    model.rowsRemoved.connect(lambda p, a, b: events.append(f"remove {a}-{b}"))
    model.dataChanged.connect(lambda a, b, roles=(): events.append(f"change {a.row()}"))
    model.layoutChanged.connect(lambda *args: events.append("layout"))
    return events


def test_sync_rows_emits_only_what_differs(qtmodeltester) -> None:
    model = Items()
    model.reset_rows([Item("a", "Ann", 3), Item("b", "Bob", 1), Item("c", "Cy", 2)])
    qtmodeltester.check(model)
    events = _spy(model)
    model.sync_rows([Item("a", "Ann", 3), Item("c", "Cyd", 2), Item("d", "Dee", 5)])
    assert events == ["remove 1-1", "change 1", "insert 2-2"]
    assert _names(model) == ["Ann", "Cyd", "Dee"]
    assert model.row_of("d") == 2 and model.row_of("b") == -1
    qtmodeltester.check(model)


def test_sorting_in_the_model_keeps_new_rows_in_place() -> None:
    model = Items()
    model.reset_rows([Item("a", "Ann", 3), Item("b", "Bob", 1), Item("c", "Cy", 2)])
    anchor = QPersistentModelIndex(model.index(0, 0))  # Ann
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Ann", "Cy", "Bob"]
    assert anchor.row() == 0
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["Bob", "Cy", "Ann"] and anchor.row() == 2
    events = _spy(model)
    model.append_records([Item("d", "Dee", 2)])  # ties go after equal keys (by id here)
    assert _names(model) == ["Bob", "Cy", "Dee", "Ann"]
    assert events == ["insert 2-2"]
    model.replace_records([Item("b", "Bob", 9)])  # its key changed: the row moves
    assert _names(model) == ["Cy", "Dee", "Ann", "Bob"]
    model.remove_ids(["c", "a"])
    assert _names(model) == ["Dee", "Bob"] and model.row_of("b") == 1
    model.sort(-1)  # unsorted: the order the rows arrived in
    assert _names(model) == ["Bob", "Dee"]


def test_proxy_forwards_sorting_to_the_model(qtmodeltester) -> None:
    model = Items()
    model.reset_rows([Item(str(i), f"n{i:02d}", (i * 7) % 10) for i in range(10)])
    proxy = SourceSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 1).data() for r in range(10)] == sorted(range(10))
    assert model.sort_column() == 1
    qtmodeltester.check(proxy)
