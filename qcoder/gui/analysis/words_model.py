"""The item models of the word-frequencies window: the lemma table (the columns of
:meth:`qcoder.nlp.words.WordFrequencies.table`, sortable, kept in place when recounted) and
the keyword-in-context lines of the selected lemma."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from qcoder.analysis.tables import CellValue, Table
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.record_model import SORT_ROLE, Index, RecordTableModel
from qcoder.nlp.words import KwicLine

# column headings: the table's column names (qcoder.nlp.words) as the window shows them
HEADINGS = {
    "lemma": QT_TRANSLATE_NOOP("analysis.words_model", "Lemma"),
    "count": QT_TRANSLATE_NOOP("analysis.words_model", "Count"),
    "documents": QT_TRANSLATE_NOOP("analysis.words_model", "Documents"),
    "document": QT_TRANSLATE_NOOP("analysis.words_model", "Document"),
    "speaker": QT_TRANSLATE_NOOP("analysis.words_model", "Speaker"),
    "group": QT_TRANSLATE_NOOP("analysis.words_model", "Group"),
    "before": QT_TRANSLATE_NOOP("analysis.words_model", "Before"),
    "keyword": QT_TRANSLATE_NOOP("analysis.words_model", "Keyword"),
    "after": QT_TRANSLATE_NOOP("analysis.words_model", "After"),
}


def heading(name: str, short: bool = True) -> str:
    """A frequency or keyword-in-context column's heading (``"site: count"`` -> ``"site: count"``,
    ``"site: per 10,000 words"`` -> ``"site: per 10k words"`` when ``short``)."""
    if name in HEADINGS:
        return translate("analysis.words_model", HEADINGS[name])
    if name.endswith(": count"):
        return translate("analysis.words_model", "{group}: count").format(group=name.removesuffix(": count"))
    if name.endswith(": per 10,000 words"):
        group = name.removesuffix(": per 10,000 words")
        if short:
            return translate("analysis.words_model", "{group}: per 10k words").format(group=group)
        return translate("analysis.words_model", "{group}: per 10,000 words").format(group=group)
    return name


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _lemma(row: tuple[CellValue, ...]) -> str:
    return str(row[0])


class WordsModel(RecordTableModel):
    """One row per lemma: lemma, count, documents, then per group its count and rate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, key=_lemma)
        self._columns: list[str] = ["lemma", "count", "documents"]

    def set_table(self, table: Table) -> None:
        rows = [tuple(r) for r in table.rows]
        if table.columns != self._columns:

            def prepare() -> None:
                self._columns = list(table.columns)

            self.reset_rows(rows, prepare)
        else:
            self.sync_rows(rows)

    def lemma_at(self, row: int) -> str:
        return _lemma(self.record(row))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def sort_key(self, record: Any, column: int) -> Any:
        value = record[column]
        if column == 0:
            return str(value).casefold()
        return -1.0 if value is None else float(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.record(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
        if role == SORT_ROLE:
            return self.sort_key(self.record(index.row()), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return _RIGHT
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            name = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return heading(name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return heading(name, short=False)
        return None


def _kwic_key(line: KwicLine) -> str:
    return f"{line.document_id}:{line.start}"


class KwicModel(RecordTableModel):
    """Keyword-in-context lines: document, speaker, (group), before, keyword, after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, key=_kwic_key)
        self.attribute: str | None = None

    def set_lines(self, lines: Sequence[KwicLine], attribute: str | None) -> None:
        def prepare() -> None:
            self.attribute = attribute

        self.reset_rows(lines, prepare)

    def line(self, row: int) -> KwicLine:
        line: KwicLine = self.record(row)
        return line

    def _fields(self) -> list[str]:
        return ["document", "speaker", *(["group"] if self.attribute else []), "before", "keyword", "after"]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._fields())

    def sort_key(self, record: Any, column: int) -> Any:
        name = self._fields()[column]
        if name == "before":
            return record.before[::-1].casefold()  # by the words nearest the keyword
        return (str(getattr(record, name)).casefold(), record.document, record.start)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.line(index.row())
        name = self._fields()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(getattr(line, name)).strip() if name in ("before", "after") else str(getattr(line, name))
        if role == Qt.ItemDataRole.ToolTipRole:
            who = f"{line.speaker}, {line.document}" if line.speaker else line.document  # the name may be elided
            return f"{line.before}[{line.keyword}]{line.after}\n— {who}"
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "before":
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and name == "keyword":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            fields = self._fields()
            if 0 <= section < len(fields):
                name = fields[section]
                return (self.attribute or heading(name)) if name == "group" else heading(name)
        return None
