"""The survey grid's model: one row per answer, over the answers' keys, a page fetched on demand.

Only the keys of the answers (document id, span, respondent) are held for every row; the text,
question, attributes and codes of a row are read with its page of :data:`PAGE` rows the first
time the view asks for one of them, so thousands of answers open at once and scroll smoothly.
A coding change drops the cached pages of the documents it touched (read again when shown).
The filter row shows a subset: :meth:`SurveyGridModel.show_rows` keeps the rows of ``all_keys``
that pass (``keys`` are the shown ones). The codes column's tooltip names each code's path and
the coders who applied it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qcoder.app.project import Project
from qcoder.app.survey import QUESTION_ATTRIBUTE
from qcoder.app.survey_filter import answer_questions
from qcoder.app.survey_grid import Answer, AnswerKey, answer_keys, answer_page
from qcoder.core.codepath import code_paths
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

PAGE = 100
FIXED = (
    QT_TRANSLATE_NOOP("survey.grid_model", "Respondent"),
    QT_TRANSLATE_NOOP("survey.grid_model", "Question"),
    QT_TRANSLATE_NOOP("survey.grid_model", "Answer"),
    QT_TRANSLATE_NOOP("survey.grid_model", "Codes"),
)
ANSWER_COLUMN, CODES_COLUMN = 2, 3
ANSWER_CHARS = 400  # the cell's text; the tooltip has the whole answer

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GridData:
    keys: list[AnswerKey]
    attributes: dict[str, dict[str, str]]  # document id → its attributes
    attribute_names: list[str]  # the attribute columns
    code_names: dict[str, str]
    questions: list[str]  # each answer's question, as ``keys``
    code_paths: dict[str, str]
    coder_names: dict[str, str]


class SurveyGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.keys: list[AnswerKey] = []  # the rows shown
        self.all_keys: list[AnswerKey] = []  # every answer (the filter's rows index these)
        self.questions: list[str] = []  # as all_keys
        self.code_paths: dict[str, str] = {}
        self.coder_names: dict[str, str] = {}
        self.attributes: dict[str, dict[str, str]] = {}
        self.attribute_names: list[str] = []
        self.code_names: dict[str, str] = {}
        self._pages: dict[int, list[Answer]] = {}
        self._rows_of_doc: dict[str, list[int]] = {}
        self.pages_read = 0

    @staticmethod
    def read(project: Project) -> GridData:
        """What :meth:`show` needs, read from the project (in a worker: no Qt)."""
        keys, attributes = answer_keys(project)
        names = {n for attrs in attributes.values() for n in attrs if n != QUESTION_ATTRIBUTE}
        order = [a.name for a in project.attributes()]
        columns = [n for n in dict.fromkeys(order) if n in names]
        codes = project.codes()
        return GridData(
            keys,
            attributes,
            columns,
            {c.id: c.name for c in codes},
            answer_questions(project, keys, attributes),
            code_paths(codes),
            {c.id: c.name for c in project.coders()},
        )

    def show(self, project: Project | None, data: GridData | None) -> None:
        """Rows for ``data`` (read by :meth:`read`); None empties the grid."""
        self.beginResetModel()
        self.project = project
        data = data or GridData([], {}, [], {}, [], {}, {})
        self.all_keys, self.attributes, self.attribute_names = data.keys, data.attributes, data.attribute_names
        self.code_names, self.questions, self.code_paths = data.code_names, data.questions, data.code_paths
        self.coder_names = data.coder_names
        self._set_keys(self.all_keys)
        self.endResetModel()

    def show_rows(self, rows: list[int]) -> None:
        """Show only these rows of ``all_keys`` (the filter's result), in their order."""
        self.beginResetModel()
        self._set_keys([self.all_keys[r] for r in rows])
        self.endResetModel()

    def _set_keys(self, keys: list[AnswerKey]) -> None:
        self.keys = keys
        self._pages.clear()
        self._rows_of_doc = {}
        for row, key in enumerate(self.keys):
            self._rows_of_doc.setdefault(key.document_id, []).append(row)

    def reload(self, project: Project | None) -> None:
        """Read and show at once (tests, small projects)."""
        self.show(project, self.read(project) if project is not None else None)

    def answer(self, row: int) -> Answer | None:
        if not 0 <= row < len(self.keys) or self.project is None:
            return None
        page = self._pages.get(row // PAGE)
        if page is None:
            first = (row // PAGE) * PAGE
            page = answer_page(self.project, self.keys[first : first + PAGE], self.attributes)
            self._pages[row // PAGE] = page
            self.pages_read += 1
        return page[row % PAGE]

    def codings_changed(self, document_ids: Iterable[str]) -> None:
        """Read these documents' rows again where their page is cached, and repaint them."""
        rows = sorted(r for d in document_ids for r in self._rows_of_doc.get(d, ()))
        cached = [r for r in rows if r // PAGE in self._pages]
        if cached and self.project is not None:
            fresh = answer_page(self.project, [self.keys[r] for r in cached], self.attributes)
            for r, answer in zip(cached, fresh, strict=True):
                self._pages[r // PAGE][r % PAGE] = answer
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(FIXED) + len(self.attribute_names)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            translate("survey.grid_model", FIXED[section])
            if section < len(FIXED)
            else self.attribute_names[section - len(FIXED)]
        )

    def codes_text(self, answer: Answer) -> str:
        return ", ".join(self.code_names.get(c, "?") for c in answer.code_ids())

    def codes_tooltip(self, answer: Answer) -> str | None:
        """A line per code: its path and who applied it (``Barriers > Funding — Ana, Ben``)."""
        coders: dict[str, list[str]] = {}
        for c in answer.codings:
            names = coders.setdefault(c.code_id, [])
            name = self.coder_names.get(c.coder_id, "?")
            if name not in names:
                names.append(name)
        lines = [f"{self.code_paths.get(c, '?')} — {', '.join(sorted(n, key=str.casefold))}" for c, n in coders.items()]
        return "\n".join(lines) or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or not index.isValid():
            return None
        answer = self.answer(index.row())
        if answer is None:
            return None
        column = index.column()
        if column == ANSWER_COLUMN:
            text = answer.text
            return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text[:ANSWER_CHARS].split())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.codes_tooltip(answer) if column == CODES_COLUMN else None
        if column == 0:
            return answer.key.respondent
        if column == 1:
            return answer.question
        if column == CODES_COLUMN:
            return self.codes_text(answer)
        return answer.attributes.get(self.attribute_names[column - len(FIXED)], "")
