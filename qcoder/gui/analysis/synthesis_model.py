"""The group synthesis grid as a Qt model: themes (rows) × groups (columns), each cell its
"n of N" respondents (and "k of K" sites) and the case summaries rolled up into it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from qcoder.analysis.synthesis import Synthesis, SynthesisCell
from qcoder.gui.i18n import count_text, translate

_Index = QModelIndex | QPersistentModelIndex
SUMMARY_CHARS = 90  # a summary longer than this is cut in the grid (the tooltip has it whole)


def cell_display(synthesis: Synthesis, cell: SynthesisCell) -> str:
    """The counts and the starred quotes on one line ("3 of 4 · 3 of 4 sites  ★2"), then each
    case summary on its line, cut."""
    head = translate("analysis.synthesis_model", "{n} of {total}").format(
        n=cell.respondents, total=cell.respondents_total
    )
    if cell.cases is not None:
        head += translate("analysis.synthesis_model", " · {n} of {total} {across}s").format(
            n=cell.cases, total=cell.cases_total, across=synthesis.across
        )
    if cell.quotes:
        head += f"  ★{len(cell.quotes)}"
    lines = [head]
    for s in cell.summaries:
        text = " ".join(s.text.split())
        cut = text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"
        lines.append(f"✎ {s.title}: {cut}")
    return "\n".join(lines)


def two_lines(name: str) -> str:
    """A long group name on two lines, broken at the space nearest its middle (a column heading
    is narrow at 150 %: cut, "law enforcement" read "aw enforcemer")."""
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    if len(name) <= 10 or not spaces:
        return name
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


def cell_tooltip(cell: SynthesisCell) -> str:
    counts = translate("analysis.synthesis_model", "{n} of {total} respondents mention it").format(
        n=cell.respondents, total=cell.respondents_total
    )
    summaries = [f"{s.title}{f' ({s.author})' if s.author else ''}: {s.text}" for s in cell.summaries]
    quotes = count_text(
        len(cell.quotes),
        translate("analysis.synthesis_model", "{n} starred quote"),
        translate("analysis.synthesis_model", "{n} starred quotes"),
    )
    return "\n\n".join([counts, *summaries, quotes])


class SynthesisModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.synthesis: Synthesis | None = None

    def set_synthesis(self, synthesis: Synthesis | None) -> None:
        self.beginResetModel()
        self.synthesis = synthesis
        self.endResetModel()

    def cell(self, index: _Index) -> SynthesisCell | None:
        s = self.synthesis
        if s is None or not index.isValid() or index.row() >= len(s.themes) or index.column() >= len(s.groups):
            return None
        return s.cells[index.row() * len(s.groups) + index.column()]

    def index_of(self, code_id: str, group: str) -> QModelIndex:
        s = self.synthesis
        if s is None or group not in s.groups:
            return QModelIndex()
        row = next((r for r, (cid, _) in enumerate(s.themes) if cid == code_id), -1)
        return self.index(row, s.groups.index(group)) if row >= 0 else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.synthesis is None else len(self.synthesis.themes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.synthesis is None else len(self.synthesis.groups)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None or self.synthesis is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_display(self.synthesis, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        s = self.synthesis
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or s is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(s.groups):
            group = s.groups[section]
            return group if role == Qt.ItemDataRole.ToolTipRole else two_lines(group)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(s.themes):
            path = s.themes[section][1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return path
            parts = path.split(" > ")
            return "    " * (len(parts) - 1) + parts[-1]
        return None
