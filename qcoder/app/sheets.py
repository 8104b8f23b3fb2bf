"""Attribute sheets (CSV/XLSX) and file-name patterns → document and participant attributes.

Sheet layout: one row per document, matched by the ``document`` column (also accepted:
``file``, ``filename``, ``name``, ``source``) with or without the file extension. Every other
column is an attribute (``Stakeholder Group`` becomes ``stakeholder_group``). A row that also
names a ``speaker`` describes the participant behind that speaker label in that document
instead: the speaker is linked to a participant (named by the ``participant`` column, or
"<document> / <speaker>"), and the row's attributes go to that participant. An
``interviewer`` column (yes/true/1) marks the speaker as the interviewer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qcoder.app.project import Project
from qcoder.core.attributes import canonical_value, normalize_attribute_name
from qcoder.core.errors import ImportFailed, QcoderError
from qcoder.core.model import AttributeScope, AttributeType

DOCUMENT_COLUMNS = ("document", "file", "filename", "file_name", "name", "source")
SPECIAL = {"speaker", "participant", "interviewer"}
_TRUE = {"yes", "y", "true", "1", "x"}


@dataclass
class SheetReport:
    documents: int = 0
    participants: int = 0
    unknown_documents: list[str] = field(default_factory=list)
    unknown_speakers: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def merge(self, other: SheetReport) -> SheetReport:
        return SheetReport(
            self.documents + other.documents,
            self.participants + other.participants,
            self.unknown_documents + other.unknown_documents,
            self.unknown_speakers + other.unknown_speakers,
            self.errors + other.errors,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "participants": self.participants,
            "unknown_documents": self.unknown_documents,
            "unknown_speakers": self.unknown_speakers,
            "errors": self.errors,
        }


def _document_lookup(project: Project) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for d in project.documents():
        for key in (d.name, d.source_name, Path(d.source_name).stem):
            if key:
                lookup.setdefault(key.casefold(), d.id)
    return lookup


def apply_attribute_sheet(project: Project, path: Path) -> SheetReport:
    return apply_attribute_rows(project, read_sheet_rows(path))


def read_sheet_rows(path: Path) -> list[dict[str, str]]:
    """The rows of an attribute sheet, read and checked for a column naming the document (raises
    :class:`ImportFailed`), so that an import can refuse a bad sheet before it imports anything."""
    from qcoder.importers.sheet import read_attribute_sheet

    rows = read_attribute_sheet(path)
    if rows:
        _document_column(_normalized(rows))
    return rows


def _normalized(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{normalize_attribute_name(k): (v or "").strip() for k, v in r.items() if k} for r in rows]


def _document_column(rows: list[dict[str, str]]) -> str:
    doc_col = next((c for c in DOCUMENT_COLUMNS if c in rows[0]), None)
    if doc_col is None:
        raise ImportFailed(
            "the attribute sheet needs a column naming the document (document, file or filename); "
            f"found: {', '.join(rows[0])}"
        )
    return doc_col


def apply_attribute_rows(project: Project, rows: list[dict[str, str]]) -> SheetReport:
    """Apply parsed sheet rows (header → value). One undo step for documents, one per participant."""
    report = SheetReport()
    if not rows:
        return report
    rows = _normalized(rows)
    doc_col = _document_column(rows)
    lookup = _document_lookup(project)
    doc_values: dict[str, dict[str, str]] = {}
    participant_rows: list[tuple[int, str, dict[str, str]]] = []
    for n, row in enumerate(rows, start=2):  # row 1 is the header
        key = row.get(doc_col, "")
        if not key:
            continue
        doc_id = lookup.get(key.casefold()) or lookup.get(Path(key).stem.casefold())
        if doc_id is None:
            report.unknown_documents.append(key)
            continue
        attrs = {k: v for k, v in row.items() if k != doc_col and k not in SPECIAL}
        if row.get("speaker"):
            participant_rows.append((n, doc_id, row))
        else:
            doc_values.setdefault(doc_id, {}).update(attrs)
    if doc_values:
        try:
            project.set_attributes(AttributeScope.DOCUMENT, doc_values)
            report.documents = len(doc_values)
        except QcoderError as exc:
            report.errors.append(f"document attributes: {exc}")
    for n, doc_id, row in participant_rows:
        try:
            if _apply_participant_row(project, doc_id, doc_col, row):
                report.participants += 1
            else:
                report.unknown_speakers.append(f"{row[doc_col]}: {row['speaker']}")
        except QcoderError as exc:
            report.errors.append(f"row {n}: {exc}")
    return report


def _apply_participant_row(project: Project, doc_id: str, doc_col: str, row: dict[str, str]) -> bool:
    label = row["speaker"]
    speaker = next((s for s in project.speakers(doc_id) if s.label.casefold() == label.casefold()), None)
    if speaker is None:
        return False
    interviewer = row.get("interviewer", "").casefold() in _TRUE
    name = row.get("participant") or f"{row[doc_col]} / {speaker.label}"
    attrs = {k: v for k, v in row.items() if k != doc_col and k not in SPECIAL}
    _check_values(project, AttributeScope.PARTICIPANT, attrs)  # a bad value: nothing of the row is written
    participant = project.participant_by_name(name)
    if participant is None:
        participant = project.add_participant(name, attrs)
    elif attrs:
        project.set_attributes(AttributeScope.PARTICIPANT, {participant.id: attrs})
    project.update_speaker(
        speaker.id, participant_id=participant.id, is_interviewer=interviewer or speaker.is_interviewer
    )
    return True


def _check_values(project: Project, scope: AttributeScope, attrs: dict[str, str]) -> None:
    """Raise :class:`InvalidValue` for a value its (existing) attribute cannot take."""
    defined = {a.name: a for a in project.attributes(scope)}
    for name, value in attrs.items():
        attribute = defined.get(name)
        if attribute is not None and value and attribute.type is not AttributeType.CATEGORY:
            canonical_value(attribute, value)


def apply_filename_pattern(project: Project, pattern: str, names: list[str]) -> SheetReport:
    """Set document attributes from their names, e.g. ``{site}_{stakeholder_group}_{id}``."""
    from qcoder.importers.sheet import match_filename_pattern

    report = SheetReport()
    by_name = {d.name: d.id for d in project.documents()}
    values: dict[str, dict[str, str]] = {}
    for name in names:
        try:
            found = match_filename_pattern(pattern, name)
        except QcoderError as exc:  # a malformed pattern: say so once
            report.errors.append(f"pattern {pattern!r}: {exc}")
            return report
        if found is None:
            report.errors.append(f"{name}: does not match the pattern {pattern}")
        elif name in by_name:
            values[by_name[name]] = {normalize_attribute_name(k): v for k, v in found.items()}
    if values:
        project.set_attributes(AttributeScope.DOCUMENT, values)
        report.documents = len(values)
    return report
