"""The rows of the survey grid: one per answer of the survey documents, read a page at a time.

:func:`answer_keys` lists every answer as a :class:`AnswerKey` (document id and the span of its
turn) from two cheap queries (document infos and turns, no text); :func:`answer_page` reads the
texts and codings of a page of them. The window's grid model keeps only the keys of thousands
of answers and asks for the pages it shows. :func:`toggle_code` codes an answer (its whole
span) with a code, or takes that coder's coding of it away again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qcoder.app.project import Project
from qcoder.app.survey import QUESTION_ATTRIBUTE, SURVEY_FORMAT
from qcoder.core.model import Coding


@dataclass(frozen=True, slots=True)
class AnswerKey:
    document_id: str
    start: int
    end: int
    respondent: str  # the speaker's label: the respondent id


@dataclass(frozen=True, slots=True)
class Answer:
    key: AnswerKey
    question: str
    text: str
    attributes: dict[str, str]
    codings: tuple[Coding, ...]  # the codings overlapping the answer's turn
    start: int  # the answer's span: its turn's, after the question heading in a per-respondent document
    end: int

    def code_ids(self) -> list[str]:
        return list(dict.fromkeys(c.code_id for c in self.codings))


def answer_keys(project: Project) -> tuple[list[AnswerKey], dict[str, dict[str, str]]]:
    """Every answer of the survey documents in project order, and each document's attributes."""
    infos = [d for d in project.documents() if d.source_format == SURVEY_FORMAT]
    wanted = {d.id for d in infos}
    labels = {s.id: s.label for s in project.speakers() if s.document_id in wanted}
    turns: dict[str, list[AnswerKey]] = {}
    for t in project.turns():
        if t.document_id in wanted:
            turns.setdefault(t.document_id, []).append(
                AnswerKey(t.document_id, t.start, t.end, labels.get(t.speaker_id, ""))
            )
    keys = [k for d in infos for k in sorted(turns.get(d.id, []), key=lambda k: k.start)]
    return keys, {d.id: dict(d.attributes) for d in infos}


def question_of(text: str, key: AnswerKey, attributes: dict[str, str]) -> tuple[str, int]:
    """The answer's question and where its answer starts: the ``question`` attribute (a document
    per answer); else the turn's first line, the heading of a per-respondent section; else (a
    project imported before the heading was part of the turn) the heading line above the turn."""
    if QUESTION_ATTRIBUTE in attributes:
        return attributes[QUESTION_ATTRIBUTE], key.start
    if key.start == 0 or text[key.start - 2 : key.start] == "\n\n":
        line_end = text.find("\n", key.start, key.end)
        return (text[key.start : line_end], line_end + 1) if line_end >= 0 else ("", key.start)
    head = text[: key.start].rstrip("\n")
    return (head[head.rfind("\n") + 1 :] if head else ""), key.start


def answer_page(project: Project, keys: Sequence[AnswerKey], attributes: dict[str, dict[str, str]]) -> list[Answer]:
    """The answers of ``keys`` with their text, question, attributes and codings."""
    doc_ids = list(dict.fromkeys(k.document_id for k in keys))
    texts = project.document_texts(doc_ids)
    codings: dict[str, list[Coding]] = {d: [] for d in doc_ids}
    for c in project.codings_of_documents(doc_ids):
        codings[c.document_id].append(c)
    out = []
    for k in keys:
        text = texts.get(k.document_id, "")
        attrs = attributes.get(k.document_id, {})
        overlapping = tuple(c for c in codings[k.document_id] if c.start < k.end and c.end > k.start)
        shown = {n: v for n, v in attrs.items() if n != QUESTION_ATTRIBUTE}
        question, start = question_of(text, k, attrs)
        out.append(Answer(k, question, text[start : k.end], shown, overlapping, start, k.end))
    return out


def toggle_code(project: Project, answer: Answer, code_id: str, coder_id: str) -> bool:
    """Code the whole answer (not its question heading) with ``code_id`` for ``coder_id``
    (True), or, when that coder has coded it so already, remove those codings (False). One undo
    step either way."""
    mine = [c.id for c in answer.codings if c.code_id == code_id and c.coder_id == coder_id]
    if mine:
        project.remove_codings(mine)
        return False
    project.add_coding(answer.key.document_id, code_id, coder_id, answer.start, answer.end)
    return True
