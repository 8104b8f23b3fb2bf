"""Two extra agreement tables, computed in the agreement worker and shown as text cells:
Krippendorff's α per training round (the CLI's ``--by-round`` table) and the unitizing alphas
(Krippendorff 1995/2004 α_U and the 2016 family: uα, |uα, cuα, Cuα). Each comes with a
"what this means" line. The rows are built by :mod:`qcoder.app.agreement_text`, the same as
``qcoder agreement`` prints, so the window and the command line agree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from qcoder.analysis.agreement import AgreementReport, Pooling, Unit
from qcoder.app.agreement import AgreementInputs, agreement
from qcoder.app.agreement_text import round_rows, unitized_rows
from qcoder.app.project import Project
from qcoder.app.rounds import ROUND_ATTRIBUTE, round_names
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex

ROUNDS_MEANING = QT_TRANSLATE_NOOP(
    "team.rows_view",
    "<b>What this means:</b> Krippendorff's α per code in each training round, rounds in the order they "
    "were added; <i>Change</i> is the last round minus the first. A rise means the training works; a code "
    "that stays below .667 needs its definition sharpened before the coders go on (Krippendorff 2004: "
    "α ≥ .800 reliable, ≥ .667 tentative).",
)
UNITIZING_MEANING = QT_TRANSLATE_NOOP(
    "team.rows_view",
    "<b>What this means:</b> agreement on the passages themselves, not on fixed units. "
    "<i>α 2004</i>: Krippendorff's α_U (1995; 2004, §12.4) per code — do the coders cut the same passages? "
    "<i>uα</i> (Krippendorff, Mathet, Bouvry &amp; Widlöcher 2016): where the passages are and which code they "
    "carry, over the whole text. For a group of exclusive codes: <i>|uα</i> where coded passages are, whatever "
    "the code; <i>cuα</i> which code, only where the coders' passages overlap; <i>Cuα</i> the same per code. "
    "Read them against α's conventions (≥ .800 reliable, ≥ .667 tentative).",
)
UNITIZING_NO_GROUP = QT_TRANSLATE_NOOP("team.rows_view", "Choose a group of exclusive codes to see |uα, cuα and Cuα.")


@dataclass
class ExtraTables:
    """Rows (header first) of the per-round table and of the unitizing table; None: not shown."""

    rounds: list[list[str]] | None = None
    unitizing: list[list[str]] | None = None


def extra_tables(
    project: Project,
    report: AgreementReport,
    inputs: AgreementInputs,
    names: Sequence[str],
    unit: Unit,
    pooling: Pooling,
    group_by: str | None,
) -> ExtraTables:
    """Compute (in a worker) what the two tables show: the rounds when the project has any
    (grouped by round: the report itself when it already is, else a second report), the
    unitizing rows when ``report`` has them."""
    codes = project.codes()
    out = ExtraTables()
    if report.unitized is not None:
        out.unitizing = unitized_rows(report, inputs, codes)
    rounds = round_names(project)
    if rounds:
        by_round, round_inputs = (
            (report, inputs)
            if group_by == ROUND_ATTRIBUTE
            else agreement(project, names, unit, None, pooling, ROUND_ATTRIBUTE)
        )
        rows = round_rows(by_round, round_inputs, codes, rounds)
        out.rounds = rows if len(rows[0]) > 2 else None  # no round among the compared documents
    return out


class RowsModel(QAbstractTableModel):
    """Text rows, the first one the header; numbers right-aligned."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[list[str]] = []

    def set_rows(self, rows: Sequence[Sequence[str]] | None) -> None:
        self.beginResetModel()
        self.header = list(rows[0]) if rows else []
        self.rows = [list(r) for r in rows[1:]] if rows else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section] if 0 <= section < len(self.header) else None
        return None


class RowsPanel(QWidget):
    """A "what this means" line over a read-only table of text rows."""

    def __init__(self, meaning: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        meaning = translate("team.rows_view", meaning)
        self.meaning = QLabel(meaning, self)
        self.meaning.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.model = RowsModel(self)
        self.view = QTableView(self)
        a11y(self.view, translate("team.rows_view", "Rows"), meaning)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(80)
        header.setStretchLastSection(False)  # the numbers stay beside their labels
        layout = QVBoxLayout(self)
        layout.addWidget(self.meaning)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: Sequence[Sequence[str]] | None, note: str = "") -> None:
        self.model.set_rows(rows)
        self.note.setText(translate("team.rows_view", note) if note else "")
        self.note.setVisible(bool(note))

    def cell(self, label: str, column: str) -> str:
        """The text in the row whose first cell is ``label`` (stripped) under ``column``."""
        col = self.model.header.index(column)
        return next(r[col] for r in self.model.rows if r[0].strip() == label)
