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
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, number, percent, translate
from qcoder.gui.themes import current as theme

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw statistic (float or None)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's key (code id, document id, group…)

STATS = ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1")
STAT_LABELS = {
    "percent_agreement": QT_TRANSLATE_NOOP("team.stats_model", "% agreement"),
    "cohen_kappa": QT_TRANSLATE_NOOP("team.stats_model", "Cohen's κ"),
    "fleiss_kappa": QT_TRANSLATE_NOOP("team.stats_model", "Fleiss' κ"),
    "krippendorff_alpha": QT_TRANSLATE_NOOP("team.stats_model", "Krippendorff's α"),
    "gwet_ac1": QT_TRANSLATE_NOOP("team.stats_model", "Gwet's AC1"),
}
STAT_TIPS = {
    "percent_agreement": QT_TRANSLATE_NOOP(
        "team.stats_model", "Share of units on which all the coders agree (coded by all, or by none)"
    ),
    "cohen_kappa": QT_TRANSLATE_NOOP(
        "team.stats_model", "Cohen's kappa (two coders): agreement corrected for chance, p_e = pA·pB + (1−pA)(1−pB)"
    ),
    "fleiss_kappa": QT_TRANSLATE_NOOP(
        "team.stats_model", "Fleiss' kappa (any number of coders), over the units every coder rated"
    ),
    "krippendorff_alpha": QT_TRANSLATE_NOOP(
        "team.stats_model", "Krippendorff's alpha (nominal), allowing for missing ratings"
    ),
    "gwet_ac1": QT_TRANSLATE_NOOP(
        "team.stats_model", "Gwet's AC1: chance-corrected agreement that stays stable when a code is rare"
    ),
}
UNIT_LABELS = {
    Unit.CHARACTER: QT_TRANSLATE_NOOP("team.stats_model", "Characters"),
    Unit.SENTENCE: QT_TRANSLATE_NOOP("team.stats_model", "Sentences"),
    Unit.PARAGRAPH: QT_TRANSLATE_NOOP("team.stats_model", "Paragraphs"),
    Unit.TURN: QT_TRANSLATE_NOOP("team.stats_model", "Turns"),
    Unit.DOCUMENT: QT_TRANSLATE_NOOP("team.stats_model", "Documents"),
}
NOT_DEFINED = QT_TRANSLATE_NOOP("team.stats_model", "n/d")
VERDICT_COLUMN = len(STATS) + 2  # after the units
VERDICT_TIPS = {
    "reliable": QT_TRANSLATE_NOOP("team.stats_model", "α ≥ .800: rely on this code (Krippendorff 2004)"),
    "tentative": QT_TRANSLATE_NOOP(
        "team.stats_model",
        "α between .667 and .800: draw only tentative conclusions; compare the disagreements and "
        "sharpen the code's definition",
    ),
    "unreliable": QT_TRANSLATE_NOOP(
        "team.stats_model",
        "α below .667: the coders apply this code differently — read its disagreements, revise the "
        "definition and recode before reporting it",
    ),
    "not defined": QT_TRANSLATE_NOOP("team.stats_model", "α is not defined here (nothing coded, or no variation)"),
}
VERDICT_LABELS = {
    "reliable": QT_TRANSLATE_NOOP("team.stats_model", "reliable"),
    "tentative": QT_TRANSLATE_NOOP("team.stats_model", "tentative"),
    "unreliable": QT_TRANSLATE_NOOP("team.stats_model", "unreliable"),
    "not defined": QT_TRANSLATE_NOOP("team.stats_model", "not defined"),
}
_VERDICT_ROLES = {"reliable": "good", "tentative": "warn", "unreliable": "error"}


def _undefined_color() -> QColor:
    return QColor(theme().placeholder)


def _verdict_color(verdict: str) -> QColor:
    role = _VERDICT_ROLES.get(verdict)
    return QColor(getattr(theme(), role)) if role else _undefined_color()


def format_value(name: str, value: float | None) -> str:
    if value is None:
        return translate("team.stats_model", NOT_DEFINED)
    return percent(value, 1) if name == "percent_agreement" else number(value, 3)


def undefined_reason(name: str, stats: Stats, coders: int) -> str:
    """Why ``name`` is not defined for ``stats`` (shown as a tooltip on "n/d")."""
    if stats.undefined and stats.tables > 1:
        return translate(
            "team.stats_model",
            "not defined: undefined in all {n} (code, document) tables that were averaged "
            "(nothing coded, or no variation, in each)",
        ).format(n=number(stats.tables))
    if stats.units == 0:
        return translate("team.stats_model", "not defined: no unit was rated by two or more of these coders")
    if stats.percent_agreement is None:
        return translate(
            "team.stats_model",
            "not defined: none of these coders applied the code here, so there is nothing to agree on",
        )
    if name == "cohen_kappa" and coders > 2:
        return translate(
            "team.stats_model", "not defined: Cohen's kappa compares two coders; see the pairwise matrix for each pair"
        )
    if name == "fleiss_kappa" and stats.units_all_coders == 0:
        return translate(
            "team.stats_model",
            "not defined: no unit was rated by every coder (Fleiss' kappa needs all coders on each unit)",
        )
    if name in ("cohen_kappa", "fleiss_kappa", "krippendorff_alpha"):
        return translate(
            "team.stats_model",
            "not defined: chance agreement is 1 — every unit got the same answer from everyone "
            "(the code covers everything), so there is no variation to compare",
        )
    return translate("team.stats_model", "not defined: no pairable units")


def value_tip(name: str, stats: Stats, coders: int) -> str:
    value = stats.value(name)
    if value is None:
        return undefined_reason(name, stats, coders)
    left_out = stats.undefined.get(name, 0) if stats.undefined else 0
    if stats.undefined:
        tip = translate("team.stats_model", "average over {used} of {n} (code, document) tables").format(
            used=number(stats.tables - left_out), n=number(stats.tables)
        )
        if left_out:
            tip += translate("team.stats_model", "; {n} where it is not defined are left out").format(
                n=number(left_out)
            )
        return tip
    return translate("team.stats_model", STAT_TIPS[name])


@dataclass(frozen=True, slots=True)
class StatsRow:
    key: str
    label: str
    stats: Stats
    bold: bool = False
    tip: str = ""


class StatsTableModel(QAbstractTableModel):
    """Columns: label, the five statistics, units."""

    def __init__(self, first_header: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StatsRow] = []
        self._first = first_header or translate("team.stats_model", "Code")
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
                return translate("team.stats_model", STAT_LABELS[STATS[section - 1]])
            if section == VERDICT_COLUMN:
                return translate("team.stats_model", "Verdict (α)")
            return (
                translate("team.stats_model", UNIT_LABELS[self._unit])
                if self._unit in UNIT_LABELS
                else translate("team.stats_model", "Units")
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if 1 <= section <= len(STATS):
                return translate("team.stats_model", STAT_TIPS[STATS[section - 1]])
            if section == len(STATS) + 1:
                return translate(
                    "team.stats_model", "Units rated by two or more of the coders (summed over the documents)"
                )
            if section == VERDICT_COLUMN:
                return translate(
                    "team.stats_model", "What Krippendorff's α means, by the usual convention ({source})"
                ).format(source=ALPHA_SOURCE)
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
            return number(r.stats.units)
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
            return translate("team.stats_model", "{n} units rated by two or more coders; {all} by all").format(
                n=number(r.stats.units), all=number(r.stats.units_all_coders)
            )
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
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("team.stats_model", VERDICT_LABELS[verdict]) if verdict in VERDICT_LABELS else verdict
        if role == VALUE_ROLE:
            return verdict
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("team.stats_model", VERDICT_TIPS[verdict])
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
            if v is not None:
                text = translate("team.stats_model", "Cohen's κ between {first} and {second}")
            else:
                text = translate(
                    "team.stats_model", "not defined for {first} and {second}: nothing coded, or chance agreement is 1"
                )
            return text.format(first=self._names[row], second=self._names[col])
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
    return (
        translate("team.stats_model", "pooled")
        if pooling is Pooling.POOLED
        else translate("team.stats_model", "averaged")
    )


def pooling_tip(pooling: Pooling) -> str:
    if pooling is Pooling.POOLED:
        return translate(
            "team.stats_model",
            "Pooled: the counts of every (code, document) table are summed, then each statistic is computed once.",
        )
    return translate(
        "team.stats_model",
        "Averaged: each statistic is computed per (code, document) table and the defined values are "
        "averaged; tables where it is not defined are left out.",
    )
