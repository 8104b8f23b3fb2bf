"""Framework-matrix summaries as REFI-QDA notes (QDA-XML has no summary or matrix element).

Each summary is a ``Note``: its ``name`` says the case and the theme ("Summary: site=Harbor
City × Barriers > Trust"), its text is the summary, ``creatingUser`` its author and the two
date-times when it was first and last written. The theme's ``Code`` refers to it with a
``NoteRef`` (NVivo, ATLAS.ti and MAXQDA show it as a memo of the code); a summary of a document
case is referred to from the ``TextSource`` too. Cases (participants) cannot refer to notes and
attribute values have no element at all, so the note's ``Description`` carries the case as
qcoder keys it (documents and participants by GUID, attribute values by name), which is how an
import puts each summary back in its cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from xml.etree.ElementTree import Element

from qcoder.core.case_keys import DOCUMENT, case_label, split_case_key
from qcoder.core.codepath import code_paths
from qcoder.core.model import Summary
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.exchange.refiqda.export import derived_guid, guid
from qcoder.exchange.refiqda.reading import norm_guid, parse_datetime
from qcoder.exchange.refiqda.report import ImportReport, LossKind

SUMMARY_MARK = "qcoder framework-matrix summary"
"""How the ``Description`` of a summary's note begins."""


@dataclass(frozen=True, slots=True)
class SummaryNote:
    guid: str
    title: str
    description: str
    text: str
    author: str  # a coder id of the snapshot, or ""
    created: datetime
    updated: datetime
    code_id: str
    document_id: str  # the document of a document case, else ""


def _written_key(case_key: str) -> str:
    kind, ident = split_case_key(case_key)
    return f"{kind}:{guid(ident)}" if kind else case_key


def summary_notes(s: ProjectSnapshot) -> list[SummaryNote]:
    """A note for each summary whose case and theme are in the snapshot."""
    docs = {d.id: d.name for d in s.documents}
    people = {p.id: p.name for p in s.participants}
    paths = code_paths(s.codes)
    coders = {c.id for c in s.coders}
    out = []
    for sm in s.summaries:
        label = case_label(sm.case_key, docs, people)
        if label is None or sm.code_id not in paths or not sm.text.strip():
            continue
        kind, ident = split_case_key(sm.case_key)
        description = (
            f"{SUMMARY_MARK} of {paths[sm.code_id]} for {label}\n"
            f"case: {_written_key(sm.case_key)}\ntheme: {guid(sm.code_id)}"
        )
        out.append(
            SummaryNote(
                derived_guid("summary", sm.case_key, sm.code_id, sm.author),
                f"Summary: {label} × {paths[sm.code_id]}",
                description,
                sm.text,
                sm.author if sm.author in coders else "",
                sm.created_at,
                sm.updated_at,
                sm.code_id,
                ident if kind == DOCUMENT else "",
            )
        )
    return out


def read_summary_description(description: str) -> tuple[str, str] | None:
    """(the case as written, the theme's GUID) of a summary note's description; None for
    any other note."""
    lines = description.strip().splitlines()
    if not lines or not lines[0].startswith(SUMMARY_MARK):
        return None
    fields = dict(line.partition(": ")[::2] for line in lines[1:])
    case, theme = fields.get("case", "").strip(), fields.get("theme", "").strip()
    return (case, theme) if case and theme else None


@dataclass(frozen=True, slots=True)
class PendingSummary:
    """A summary note read from a file, before its case and theme are looked up."""

    name: str
    case: str  # as written: document:GUID, participant:GUID or ATTR=VALUE pairs
    theme: str  # the code's GUID as written
    text: str
    created: datetime | None
    updated: datetime | None
    user: str | None  # the creating user's GUID


def pending_summary(note: Element, text: str) -> PendingSummary | None:
    """The summary a ``Note`` written by qcoder holds; None for any other note."""
    found = read_summary_description(note.findtext("Description") or "")
    if found is None:
        return None
    created, updated = parse_datetime(note.get("creationDateTime")), parse_datetime(note.get("modifiedDateTime"))
    name = note.get("name") or "Summary"
    return PendingSummary(name, found[0], found[1], text, created, updated, norm_guid(note.get("creatingUser")))


def resolve_summaries(
    pending: list[PendingSummary], snap: ProjectSnapshot, codes: Mapping[str, str], report: ImportReport, now: datetime
) -> list[Summary]:
    """The summaries whose case and theme were imported (``codes``: code GUID as written ->
    code id); the others are reported as not carried over."""
    docs = {d.info.id for d in snap.documents}
    people = {p.id for p in snap.participants}
    coders = {c.id for c in snap.coders}
    code_ids = {norm_guid(g): cid for g, cid in codes.items()}
    out = []
    for p in pending:
        kind, ident = split_case_key(p.case)
        ident = (norm_guid(ident) or "") if kind else ident
        code = code_ids.get(norm_guid(p.theme))
        if (kind and ident not in (docs if kind == DOCUMENT else people)) or code is None or not p.text.strip():
            report.lose(LossKind.OTHER, f"note {p.name!r}", "its case or theme is not in the file; not carried over")
            continue
        author = p.user if p.user in coders else ""
        updated = p.updated or p.created or now
        case = f"{kind}:{ident}" if kind else ident
        out.append(Summary(case, code, author or "", p.text, p.created or updated, updated))
    return out
