"""Table models for agreement figures: one row per code / document / group, and the
coder x coder matrix of pairwise Cohen's kappa. Rows are plain records computed in a worker;
``data()`` only formats them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from qcoder.analysis.agreement import Pooling, Stats, Unit
from qcoder.analysis.agreement.verdicts import ALPHA_SOURCE, alpha_verdict, needs_attention
from qcoder.gui.themes import current as theme

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw statistic (float or None)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's key (code id, document id, group…)

STATS = ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1")
STAT_LABELS = {
    "percent_agreement": "% agreement",
    "cohen_kappa": "Cohen's κ",
    "fleiss_kappa": "Fleiss' κ",
    "krippendorff_alpha": "Krippendorff's α",
    "gwet_ac1": "Gwet's AC1",
}
STAT_TIPS = {
    "percent_agreement": "Share of units on which all the coders agree (coded by all, or by none)",
    "cohen_kappa": "Cohen's kappa (two coders): agreement corrected for chance, p_e = pA·pB + (1−pA)(1−pB)",
    "fleiss_kappa": "Fleiss' kappa (any number of coders), over the units every coder rated",
    "krippendorff_alpha": "Krippendorff's alpha (nominal), allowing for missing ratings",
    "gwet_ac1": "Gwet's AC1: chance-corrected agreement that stays stable when a code is rare",
}
UNIT_LABELS = {
    Unit.CHARACTER: "Characters",
    Unit.SENTENCE: "Sentences",
    Unit.PARAGRAPH: "Paragraphs",
    Unit.TURN: "Turns",
    Unit.DOCUMENT: "Documents",
}
NOT_DEFINED = "n/d"
VERDICT_COLUMN = len(STATS) + 2  # after the units
VERDICT_TIPS = {
    "reliable": "α ≥ .800: rely on this code (Krippendorff 2004)",
    "tentative": "α between .667 and .800: draw only tentative conclusions; compare the disagreements and "
    "sharpen the code's definition",
    "unreliable": "α below .667: the coders apply this code differently — read its disagreements, revise the "
    "definition and recode before reporting it",
    "not defined": "α is not defined here (nothing coded, or no variation)",
}
_VERDICT_ROLES = {"reliable": "good", "tentative": "warn", "unreliable": "error"}


def _undefined_color() -> QColor:
    return QColor(theme().placeholder)


def _verdict_color(verdict: str) -> QColor:
    role = _VERDICT_ROLES.get(verdict)
    return QColor(getattr(theme(), role)) if role else _undefined_color()


def format_value(name: str, value: float | None) -> str:
    if value is None:
        return NOT_DEFINED
    return f"{value * 100:.1f}%" if name == "percent_agreement" else f"{value:.3f}"


def undefined_reason(name: str, stats: Stats, coders: int) -> str:
    """Why ``name`` is not defined for ``stats`` (shown as a tooltip on "n/d")."""
    if stats.undefined and stats.tables > 1:
        return (
            f"not defined: undefined in all {stats.tables:,} (code, document) tables that were averaged "
            "(nothing coded, or no variation, in each)"
        )
    if stats.units == 0:
        return "not defined: no unit was rated by two or more of these coders"
    if stats.percent_agreement is None:
        return "not defined: none of these coders applied the code here, so there is nothing to agree on"
    if name == "cohen_kappa" and coders > 2:
        return "not defined: Cohen's kappa compares two coders; see the pairwise matrix for each pair"
    if name == "fleiss_kappa" and stats.units_all_coders == 0:
        return "not defined: no unit was rated by every coder (Fleiss' kappa needs all coders on each unit)"
    if name in ("cohen_kappa", "fleiss_kappa", "krippendorff_alpha"):
        return (
            "not defined: chance agreement is 1 — every unit got the same answer from everyone "
            "(the code covers everything), so there is no variation to compare"
        )
    return "not defined: no pairable units"


def value_tip(name: str, stats: Stats, coders: int) -> str:
    value = stats.value(name)
    if value is None:
        return undefined_reason(name, stats, coders)
    left_out = stats.undefined.get(name, 0) if stats.undefined else 0
    if stats.undefined:
        tip = f"average over {stats.tables - left_out:,} of {stats.tables:,} (code, document) tables"
        return tip + (f"; {left_out:,} where it is not defined are left out" if left_out else "")
    return STAT_TIPS[name]


@dataclass(frozen=True, slots=True)
class StatsRow:
    key: str
    label: str
    stats: Stats
    bold: bool = False
    tip: str = ""


class StatsTableModel(QAbstractTableModel):
    """Columns: label, the five statistics, units."""

    def __init__(self, first_header: str = "Code", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StatsRow] = []
        self._first = first_header
        self._coders = 2
        self._unit = Unit.CHARACTER

    def set_rows(self, rows: Sequence[StatsRow], coders: int, unit: Unit, first_header: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._coders = coders
        self._unit = unit
        if first_header is not None:
            self._first = first_header
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def row(self, row: int) -> StatsRow:
        return self._rows[row]

    def rows(self) -> list[StatsRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(STATS) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self._first
            if section <= len(STATS):
                return STAT_LABELS[STATS[section - 1]]
            if section == VERDICT_COLUMN:
                return "Verdict (α)"
            return UNIT_LABELS.get(self._unit, "Units")
        if role == Qt.ItemDataRole.ToolTipRole:
            if 1 <= section <= len(STATS):
                return STAT_TIPS[STATS[section - 1]]
            if section == len(STATS) + 1:
                return "Units rated by two or more of the coders (summed over the documents)"
            if section == VERDICT_COLUMN:
                return f"What Krippendorff's α means, by the usual convention ({ALPHA_SOURCE})"
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if col == VERDICT_COLUMN:
            return self._verdict_data(r, role)
        name = STATS[col - 1] if 1 <= col <= len(STATS) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.label
            if name:
                return format_value(name, r.stats.value(name))
            return f"{r.stats.units:,}"
        if role == VALUE_ROLE:
            if col == 0:
                return r.label
            return r.stats.value(name) if name else r.stats.units
        if role == KEY_ROLE:
            return r.key
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return r.tip or r.label
            if name:
                return value_tip(name, r.stats, self._coders)
            return f"{r.stats.units:,} units rated by two or more coders; {r.stats.units_all_coders:,} by all"
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and r.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and name and r.stats.value(name) is None:
            return _undefined_color()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort the rows; on the verdict column ascending means "what needs
        attention first" (unreliable, tentative, reliable, not defined), lowest α first."""
        if column < 0:
            return  # no sort column: the order rows were given in (codebook order)
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(r: StatsRow) -> tuple[Any, ...]:
            if column == 0:
                return (r.label.casefold(),)
            if column == VERDICT_COLUMN:
                alpha = r.stats.krippendorff_alpha
                return (needs_attention(alpha), alpha if alpha is not None else 2.0)
            if 1 <= column <= len(STATS):
                value = r.stats.value(STATS[column - 1])
                return (value is None, value if value is not None else 0.0)
            return (r.stats.units,)

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=reverse)
        self.layoutChanged.emit()

    def _verdict_data(self, r: StatsRow, role: int) -> Any:
        verdict = alpha_verdict(r.stats.krippendorff_alpha)
        if role in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE):
            return verdict
        if role == Qt.ItemDataRole.ToolTipRole:
            return VERDICT_TIPS[verdict]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _verdict_color(verdict)
        if role == KEY_ROLE:
            return r.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PairMatrixModel(QAbstractTableModel):
    """Coder x coder: pairwise Cohen's kappa (the diagonal is left empty)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._names: list[str] = []
        self._matrix: Mapping[str, Mapping[str, float | None]] = {}

    def set_matrix(
        self, coder_ids: Sequence[str], names: Mapping[str, str], matrix: Mapping[str, Mapping[str, float | None]]
    ) -> None:
        self.beginResetModel()
        self._ids = list(coder_ids)
        self._names = [names.get(c, c) for c in coder_ids]
        self._matrix = matrix
        self.endResetModel()
        if self._ids:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._ids) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._names):
            return self._names[section]
        return None

    def value(self, row: int, col: int) -> float | None:
        if row == col:
            return None
        return self._matrix.get(self._ids[row], {}).get(self._ids[col])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self._ids):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if row == col else format_value("cohen_kappa", self.value(row, col))
        if role == VALUE_ROLE:
            return self.value(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and row != col:
            v = self.value(row, col)
            pair = f"{self._names[row]} and {self._names[col]}"
            return (
                f"Cohen's κ between {pair}"
                if v is not None
                else f"not defined for {pair}: nothing coded, or chance agreement is 1"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row != col and self.value(row, col) is None:
            return _undefined_color()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def pooling_label(pooling: Pooling) -> str:
    return "pooled" if pooling is Pooling.POOLED else "averaged"


def pooling_tip(pooling: Pooling) -> str:
    if pooling is Pooling.POOLED:
        return "Pooled: the counts of every (code, document) table are summed, then each statistic is computed once."
    return (
        "Averaged: each statistic is computed per (code, document) table and the defined values are "
        "averaged; tables where it is not defined are left out."
    )
