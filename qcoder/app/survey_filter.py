"""The survey grid's filter: thousands of answers narrowed to one question, one attribute value,
the answers holding a text (or of a respondent whose id holds it) and those nobody has coded.

:func:`answer_questions` names every answer's question once (the ``question`` attribute of a
document per answer; the heading of a per-respondent section, read from those documents only).
:class:`AnswerFinder` filters the grid's answer keys in memory: the texts are read once, at the
first text search, and the codings of the remaining answers each time "uncoded only" is asked
(so an answer coded meanwhile drops out when the filter is applied again, not under the keys).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qcoder.app.project import Project
from qcoder.app.survey import QUESTION_ATTRIBUTE
from qcoder.app.survey_grid import AnswerKey, question_of

MAX_VALUES = 200  # an attribute with more distinct values (an id, a free text) is not offered


@dataclass(frozen=True)
class AnswerFilter:
    question: str = ""  # "" for every question
    attribute: str = ""  # "" for every respondent; else only those whose ``attribute`` is ``value``
    value: str = ""
    text: str = ""  # in the answer or the respondent id, ignoring case
    uncoded: bool = False  # only answers without any coding

    def is_empty(self) -> bool:
        return not (self.question or self.attribute or self.text.strip() or self.uncoded)


def answer_questions(project: Project, keys: Sequence[AnswerKey], attributes: dict[str, dict[str, str]]) -> list[str]:
    """The question of every answer of ``keys``, in their order."""
    need = [k.document_id for k in keys if QUESTION_ATTRIBUTE not in attributes.get(k.document_id, {})]
    texts = project.document_texts(list(dict.fromkeys(need))) if need else {}
    return [question_of(texts.get(k.document_id, ""), k, attributes.get(k.document_id, {}))[0] for k in keys]


def attribute_choices(attributes: dict[str, dict[str, str]], names: Sequence[str]) -> dict[str, list[str]]:
    """The values of each attribute column to filter by (attributes of too many values left out)."""
    values: dict[str, set[str]] = {n: set() for n in names}
    for attrs in attributes.values():
        for name, vals in values.items():
            if name in attrs and len(vals) <= MAX_VALUES:
                vals.add(attrs[name])
    return {n: sorted(v, key=str.casefold) for n, v in values.items() if v and len(v) <= MAX_VALUES}


class AnswerFinder:
    """The rows (indexes into ``keys``) that pass a filter."""

    def __init__(self, keys: Sequence[AnswerKey], attributes: dict[str, dict[str, str]], questions: Sequence[str]):
        self.keys, self.attributes, self.questions = keys, attributes, questions
        self._folded: list[str] | None = None  # each answer's text and respondent, case-folded

    def _texts(self, project: Project) -> list[str]:
        if self._folded is None:
            texts = project.document_texts(list(dict.fromkeys(k.document_id for k in self.keys)))
            folded = []
            for k in self.keys:
                text = texts.get(k.document_id, "")
                start = question_of(text, k, self.attributes.get(k.document_id, {}))[1]
                folded.append(f"{k.respondent}\n{text[start : k.end]}".casefold())
            self._folded = folded
        return self._folded

    def rows(self, project: Project, f: AnswerFilter) -> list[int]:
        rows = list(range(len(self.keys)))
        if f.question:
            rows = [r for r in rows if self.questions[r] == f.question]
        if f.attribute:
            no: dict[str, str] = {}
            rows = [r for r in rows if self.attributes.get(self.keys[r].document_id, no).get(f.attribute) == f.value]
        needle = f.text.strip().casefold()
        if needle:
            folded = self._texts(project)
            rows = [r for r in rows if needle in folded[r]]
        if f.uncoded and rows:
            spans: dict[str, list[tuple[int, int]]] = {}
            for c in project.codings_of_documents(list(dict.fromkeys(self.keys[r].document_id for r in rows))):
                spans.setdefault(c.document_id, []).append((c.start, c.end))
            rows = [r for r in rows if not _overlapped(self.keys[r], spans.get(self.keys[r].document_id, ()))]
        return rows


def _overlapped(key: AnswerKey, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < key.end and end > key.start for start, end in spans)
