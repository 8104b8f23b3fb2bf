"""Open-ended survey answers imported as short documents, in one undoable step.

A survey export (:func:`qcoder.importers.survey.read_survey`) has one row per respondent: an
ID column, open-ended text columns (the questions) and columns that describe the respondent.
Each respondent becomes a participant (an existing participant of that name is reused) whose
attributes are the chosen attribute columns. ``per="answer"`` (the default) makes one document
per non-blank answer, named ``"<id> - <question>"``, with the document attribute ``question``;
``per="respondent"`` makes one document per respondent with a section per question (the
question as a heading line, the answer below it). Every answer is one turn of a speaker linked
to the respondent's participant (in a per-respondent document the turn is the whole section,
its heading line included, so a coding of the heading counts for the respondent too), so the
analysis matrix counts it for that respondent and reads the participant's attributes; the same
attributes are set on the documents too (the documents panel and document filters show them).
Blank answers are skipped and counted; identical answers of different respondents are all
kept. Either everything is stored or nothing (one transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qcoder.app.project import Project
from qcoder.app.services.documents import DocumentService
from qcoder.core import commands as cmd
from qcoder.core.errors import ImportFailed
from qcoder.core.model import DEFAULT_LANGUAGE, LANGUAGE_ATTRIBUTE, AttributeScope, Document, Participant, new_id
from qcoder.importers.base import ImportedDocument, ImportedTurn
from qcoder.importers.survey import SurveyTable, read_survey
from qcoder.nlp.language import SAMPLE_CHARS, detect

PER_CHOICES = ("answer", "respondent")
QUESTION_ATTRIBUTE = "question"
SURVEY_FORMAT = "survey"


@dataclass(frozen=True)
class SurveyMapping:
    id_column: str
    text_columns: tuple[str, ...]
    attribute_columns: tuple[str, ...] = ()
    per: str = "answer"


@dataclass
class SurveyReport:
    source: str
    per: str
    respondents: int = 0
    answers: int = 0
    documents: list[str] = field(default_factory=list)
    blank: dict[str, int] = field(default_factory=dict)  # question → blank answers skipped
    participants_added: int = 0
    participants_reused: int = 0
    attributes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "survey": self.source,
            "per": self.per,
            "respondents": self.respondents,
            "answers": self.answers,
            "documents": len(self.documents),
            "skipped_blank": sum(self.blank.values()),
            "skipped_blank_by_question": dict(self.blank),
            "participants_added": self.participants_added,
            "participants_reused": self.participants_reused,
            "attributes": list(self.attributes),
        }


@dataclass(frozen=True)
class _Respondent:
    id: str
    row: int
    answers: list[tuple[str, str]]  # (question, answer) of the non-blank answers
    attributes: dict[str, str]


def _clean_answer(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _respondents(table: SurveyTable, mapping: SurveyMapping, report: SurveyReport) -> list[_Respondent]:
    """The respondents of the table under ``mapping``; ImportFailed names the first problem."""
    if not mapping.text_columns:
        raise ImportFailed("choose at least one text column (the open-ended answers)")
    id_col = table.column(mapping.id_column)
    text_cols = [(table.columns[i], i) for i in (table.column(c) for c in mapping.text_columns)]
    attr_cols = [(table.columns[i], i) for i in (table.column(c) for c in mapping.attribute_columns)]
    if id_col in {i for _n, i in text_cols}:
        raise ImportFailed(f"the ID column {table.columns[id_col]!r} cannot also be a text column")
    clash = {i for _n, i in text_cols} & {i for _n, i in attr_cols}
    if clash:
        raise ImportFailed(f"the column {table.columns[min(clash)]!r} is both a text and an attribute column")
    seen: dict[str, int] = {}
    out: list[_Respondent] = []
    report.blank = {name: 0 for name, _i in text_cols}
    for row_no, row in table.rows:
        rid = row[id_col].strip()
        if not rid:
            raise ImportFailed(f"row {row_no}: the ID column {table.columns[id_col]!r} is empty")
        if rid in seen:
            raise ImportFailed(f"respondent id {rid!r} appears twice (rows {seen[rid]} and {row_no})")
        seen[rid] = row_no
        answers = []
        for name, i in text_cols:
            answer = _clean_answer(row[i])
            if answer:
                answers.append((name, answer))
            else:
                report.blank[name] += 1
        out.append(_Respondent(rid, row_no, answers, {name: row[i] for name, i in attr_cols if row[i]}))
    return out


class _Names:
    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def free(self, wanted: str) -> str:
        name, n = wanted, 2
        while name in self.taken:
            name = f"{wanted} ({n})"
            n += 1
        self.taken.add(name)
        return name


def _documents(r: _Respondent, per: str, source: str) -> list[tuple[str, ImportedDocument, dict[str, str]]]:
    """(wanted name, document, document attributes) for one respondent."""
    if per == "answer":
        return [
            (
                f"{r.id} - {question}",
                ImportedDocument(answer, source, SURVEY_FORMAT, [ImportedTurn(r.id, 0, len(answer))]),
                {**r.attributes, QUESTION_ATTRIBUTE: question},
            )
            for question, answer in r.answers
        ]
    if not r.answers:
        return []
    parts: list[str] = []
    turns: list[ImportedTurn] = []
    pos = 0
    for question, answer in r.answers:
        section = f"{question}\n{answer}"
        parts.append(section)
        turns.append(ImportedTurn(r.id, pos, pos + len(section)))  # the heading is the respondent's
        pos += len(section) + 2  # the blank line between sections
    return [(r.id, ImportedDocument("\n\n".join(parts), source, SURVEY_FORMAT, turns), dict(r.attributes))]


def _document_command(imported: ImportedDocument, name: str, participant_id: str) -> cmd.AddDocument:
    # answers are too short to tell their language one by one: the survey's is told from them all
    command = DocumentService.add_document_command(imported, name, detect_language=False)
    command.speakers = [replace(s, participant_id=participant_id, is_interviewer=False) for s in command.speakers]
    return command


def survey_commands(
    project: Project, table: SurveyTable, mapping: SurveyMapping, source: str
) -> tuple[list[cmd.Command], SurveyReport]:
    """The commands that import ``table`` (run them as one Batch) and the report of what they do."""
    if mapping.per not in PER_CHOICES:
        raise ImportFailed(f"--per must be 'answer' or 'respondent', not {mapping.per!r}")
    report = SurveyReport(Path(source).name, mapping.per)
    respondents = _respondents(table, mapping, report)
    existing = {p.name: p.id for p in project.participants()}
    new_participants = [Participant(new_id(), r.id) for r in respondents if r.id not in existing]
    pid = {**existing, **{p.name: p.id for p in new_participants}}
    names = _Names({name for name, _sha in project.document_names_and_hashes()})
    adds = cmd.AddDocuments([], text="Import survey answers")
    doc_attrs: dict[str, dict[str, str]] = {}
    for r in respondents:
        for wanted, imported, attrs in _documents(r, mapping.per, report.source):
            command = _document_command(imported, names.free(wanted), pid[r.id])
            adds.documents.append(command.document)
            adds.speakers.extend(command.speakers)
            adds.turns.extend(command.turns)
            doc_attrs[command.document.id] = attrs
            report.documents.append(command.document.name)
        report.answers += len(r.answers)
    if not adds.documents:
        raise ImportFailed("every answer in the chosen text columns is blank: nothing to import")
    language = survey_language(adds.documents)
    if language:
        doc_attrs = {doc_id: {**attrs, LANGUAGE_ATTRIBUTE: language} for doc_id, attrs in doc_attrs.items()}
    report.respondents = len(respondents)
    report.participants_added = len(new_participants)
    report.participants_reused = len(respondents) - len(new_participants)
    participant_attrs = {pid[r.id]: r.attributes for r in respondents if r.attributes}
    report.attributes = [table.columns[table.column(c)] for c in mapping.attribute_columns]
    if mapping.per == "answer":
        report.attributes.append(QUESTION_ATTRIBUTE)
    if language:
        report.attributes.append(LANGUAGE_ATTRIBUTE)
    steps: list[cmd.Command] = []
    if new_participants:
        steps.append(cmd.AddParticipants(new_participants))
    steps.append(adds)
    steps.extend(project.attribute_commands(AttributeScope.PARTICIPANT, participant_attrs))
    steps.extend(project.attribute_commands(AttributeScope.DOCUMENT, doc_attrs))
    return steps, report


def survey_language(documents: Sequence[Document]) -> str:
    """The language of a survey's answers, told from them together (up to ~20,000 characters);
    "" for English, the default, which is not stored."""
    sample: list[str] = []
    size = 0
    for doc in documents:
        if size > SAMPLE_CHARS:
            break
        sample.append(doc.text)
        size += len(doc.text)
    language = detect("\n".join(sample))
    return "" if language == DEFAULT_LANGUAGE else language


def import_survey(project: Project, path: str | Path, mapping: SurveyMapping) -> SurveyReport:
    """Import the survey file at ``path`` by ``mapping``: all of it in one transaction and one undo
    step, or nothing (ImportFailed names the missing column, duplicate id, or empty file)."""
    return import_survey_table(project, read_survey(path), mapping, str(path))


def import_survey_table(project: Project, table: SurveyTable, mapping: SurveyMapping, source: str) -> SurveyReport:
    steps, report = survey_commands(project, table, mapping, source)
    project.execute(cmd.Batch(steps, text=f"Import survey {report.source} ({len(report.documents)} documents)"))
    return report


def preview(table: SurveyTable, rows: int = 5) -> Sequence[list[str]]:
    """The first data rows (the import dialog's preview)."""
    return [row for _n, row in table.rows[:rows]]
