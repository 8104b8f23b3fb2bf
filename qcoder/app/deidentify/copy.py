"""Write a redacted copy of the project: documents, speakers, participants, attributes, codebook,
codings and memos carried through the replacements.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from qcoder.app.deidentify.notes import scrubbed_summaries
from qcoder.app.deidentify.review import DeidReview, DocPlan, build_plans, scrubber
from qcoder.app.project import Project
from qcoder.core import commands as cmd
from qcoder.core.errors import ProjectError
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Document,
    MemoTarget,
    Speaker,
)
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.importers.base import ImportedDocument, ImportedTurn
from qcoder.nlp.deid import SPEAKER_LABEL, Scrubber


def _speaker_labels(review: DeidReview, speakers: Sequence[Speaker]) -> dict[str, str]:
    """Speaker id -> label in the redacted project (a pseudonym unless every label finding of
    that speaker was rejected)."""
    rejected_only: dict[str, bool] = {}
    label_text = {s.id: s.label.casefold() for s in speakers}
    for c in review.candidates:
        if c.source != SPEAKER_LABEL:
            continue
        for sid, label in label_text.items():
            if review.speaker_pseudonyms.get(sid) == c.placeholder or label == c.text.casefold():
                rejected_only[sid] = rejected_only.get(sid, True) and not c.accepted
    out = {}
    for s in speakers:
        new = review.speaker_pseudonyms.get(s.id)
        out[s.id] = new if new and not rejected_only.get(s.id, False) else s.label
    return out


def _attribute_maps(
    snap: ProjectSnapshot, names: Sequence[str], scrub: Callable[[str], str]
) -> Callable[[str, str], str]:
    """(attribute name, value) -> value in the copy: pseudonyms ("Site 1") for ``names``,
    scrubbed text for the rest."""
    wanted = {n.casefold() for n in names}
    numbers: dict[str, dict[str, str]] = {}
    values: list[tuple[str, str]] = [(k, v) for d in snap.documents for k, v in d.info.attributes.items()]
    values += [(k, v) for p in snap.participants for k, v in p.attributes.items()]
    for k, v in values:
        if k.casefold() in wanted and v:
            table = numbers.setdefault(k.casefold(), {})
            if v.casefold() not in table:
                table[v.casefold()] = f"{k.replace('_', ' ').strip().capitalize()} {len(table) + 1}"

    def mapped(name: str, value: str) -> str:
        table = numbers.get(name.casefold())
        if table is not None and value:
            return table.get(value.casefold(), value)
        return scrub(value)

    return mapped


@dataclass
class RedactionReport:
    path: Path | None
    documents: int = 0
    replacements: int = 0
    codings: int = 0
    codings_snapped: int = 0  # codings with a boundary inside a redacted span (snapped to the placeholder)
    participants_renamed: int = 0
    backup: Path | None = None


def redacted_copy(
    project: Project,
    review: DeidReview,
    target: Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> RedactionReport:
    """Write a new project at ``target`` with every accepted finding replaced."""
    target = Path(target)
    if target.exists():
        raise ProjectError(f"{target} already exists")
    return write_copy(project, review, target, progress, cancel)


def _value_mapper(snap: ProjectSnapshot, review: DeidReview) -> Callable[[AttributeDef, str], str]:
    """How an attribute value reads in the redacted project: pseudonyms for the roster's
    source attributes, scrubbed text for other text and category values; dates and numbers
    are kept (they must stay valid values of their type)."""
    mapped = _attribute_maps(snap, review.pseudonymize_attributes, scrubber(review))

    def value(attr: AttributeDef, v: str) -> str:
        if attr.type in (AttributeType.DATE, AttributeType.NUMBER) or not v:
            return v
        return mapped(attr.name, v)

    return value


def _ordered_codes(codes: Sequence[Code]) -> list[Code]:
    """Parents before children, siblings in their order."""
    children: dict[str | None, list[Code]] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c)
    out: list[Code] = []
    stack = sorted(children.get(None, []), key=lambda c: (c.position, c.name), reverse=True)
    while stack:
        code = stack.pop()
        out.append(code)
        stack.extend(sorted(children.get(code.id, []), key=lambda c: (c.position, c.name), reverse=True))
    return out


@dataclass
class _Copy:
    """What every step of :func:`write_copy` needs."""

    out: Project
    snap: ProjectSnapshot
    review: DeidReview
    scrub: Scrubber
    value: Callable[[AttributeDef, str], str]
    report: RedactionReport

    def attribute_values(self, scope: AttributeScope, values: Mapping[str, str]) -> dict[str, str]:
        attrs = {(a.scope, a.name): a for a in self.snap.attributes}
        return {k: self.value(attrs[(scope, k)], v) for k, v in values.items() if v}


def write_copy(
    project: Project,
    review: DeidReview,
    target: Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> RedactionReport:
    """The bulk copy behind :func:`redacted_copy`: only the reviewed documents are copied."""
    snap = project.snapshot()
    wanted = set(review.document_ids) if review.document_ids else {d.id for d in snap.documents}
    documents = [d for d in snap.documents if d.id in wanted]
    plans = build_plans(documents, review)
    scrub = scrubber(review)
    total = len(documents) + 2
    out = Project.create(target, name=f"{scrub(snap.name) or 'project'} (de-identified)")
    c = _Copy(out, snap, review, scrub, _value_mapper(snap, review), RedactionReport(target))
    ok = False
    try:
        progress(0, total, "codebook")
        _copy_codebook(c)
        pid_map = _copy_participants(c)
        labels = _speaker_labels(review, snap.speakers)
        doc_map: dict[str, str] = {}
        for n, doc in enumerate(documents):
            if cancel is not None:
                cancel.check()
            progress(n + 1, total, doc.name)
            doc_map[doc.id] = _copy_document(out, doc, plans[doc.id], snap, labels, pid_map, scrub)
            c.report.replacements += plans[doc.id].replacements
            c.report.documents += 1
        doc_values = {doc_map[d.id]: c.attribute_values(AttributeScope.DOCUMENT, d.info.attributes) for d in documents}
        if any(doc_values.values()):
            out.set_attributes(AttributeScope.DOCUMENT, {k: v for k, v in doc_values.items() if v}, create=False)
        progress(total - 1, total, "codings")
        _copy_codings(c, plans, doc_map)
        _copy_memos(c, doc_map, pid_map)
        out.history.clear()
        progress(total, total, "")
        ok = True
    finally:
        out.close()
        if not ok:
            for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
                leftover.unlink(missing_ok=True)
    return c.report


def _copy_codebook(c: _Copy) -> None:
    """Coders, codes (definitions scrubbed) and attribute definitions (allowed values mapped)."""
    for coder in c.snap.coders:
        c.out.ensure_coder(coder.name, coder_id=coder.id)
    for code in _ordered_codes(c.snap.codes):
        c.out.create_code(
            code.name,
            code.parent_id,
            color=code.color,
            definition=c.scrub(code.definition),
            inclusion=c.scrub(code.inclusion),
            exclusion=c.scrub(code.exclusion),
            example=c.scrub(code.example),
            code_id=code.id,
        )
    for a in sorted(c.snap.attributes, key=lambda a: (a.scope, a.position)):
        allowed = tuple(dict.fromkeys(c.value(a, v) for v in a.allowed))
        c.out.define_attribute(a.name, a.type, a.scope, allowed)


def _copy_participants(c: _Copy) -> dict[str, str]:
    """Participants under their pseudonyms (names kept unique), with mapped attributes; returns
    old id -> new id."""
    pid_map: dict[str, str] = {}
    used: set[str] = set()
    for p in c.snap.participants:
        name = c.review.participant_pseudonyms.get(p.id) or c.scrub(p.name) or "participant"
        base, k = name, 2
        while name.casefold() in used:
            name, k = f"{base} ({k})", k + 1
        used.add(name.casefold())
        pid_map[p.id] = c.out.add_participant(name).id
        c.report.participants_renamed += p.id in c.review.participant_pseudonyms
    values = {pid_map[p.id]: c.attribute_values(AttributeScope.PARTICIPANT, p.attributes) for p in c.snap.participants}
    if any(values.values()):
        c.out.set_attributes(AttributeScope.PARTICIPANT, {k: v for k, v in values.items() if v}, create=False)
    return pid_map


def _copy_codings(c: _Copy, plans: dict[str, DocPlan], doc_map: dict[str, str]) -> None:
    """Codings of the copied documents, moved through each document's replacements."""
    codings = []
    for coding in c.snap.codings:
        if coding.document_id not in doc_map:
            continue
        omap = plans[coding.document_id].offsets
        start, end = omap.span(coding.start, coding.end)
        c.report.codings_snapped += omap.snapped(coding.start, coding.end)
        moved = replace(coding, document_id=doc_map[coding.document_id], start=start, end=end)
        codings.append(replace(moved, memo=c.scrub(coding.memo)))
    c.out.add_codings(codings, label="Copy codings")
    c.report.codings = len(codings)


def _copy_memos(c: _Copy, doc_map: dict[str, str], pid_map: dict[str, str]) -> None:
    code_ids = {code.id for code in c.snap.codes}
    coder_ids = {coder.id for coder in c.snap.coders}
    for memo in c.snap.memos:
        target_id: str | None = {
            MemoTarget.PROJECT: memo.target_id,  # the project memo or a journal entry
            MemoTarget.DOCUMENT: doc_map.get(memo.target_id),
            MemoTarget.CODE: memo.target_id if memo.target_id in code_ids else None,
            MemoTarget.PARTICIPANT: pid_map.get(memo.target_id),
        }.get(memo.target_kind)
        if target_id is not None and memo.text:
            author = memo.author if memo.author in coder_ids else ""
            c.out.execute(
                cmd.SetMemo(memo.target_kind, target_id, c.scrub(memo.text), author=author, at=memo.updated_at)
            )
    attributes = c.snap.attributes
    for s in scrubbed_summaries(c.snap.summaries, c.scrub, attributes, c.value, (doc_map, pid_map)):
        c.out.execute(cmd.SetSummary(s.case_key, s.code_id, s.author, s.text, at=s.updated_at, created=s.created_at))


def _copy_document(
    out: Project,
    doc: Document,
    plan: DocPlan,
    snap: ProjectSnapshot,
    labels: dict[str, str],
    pid_map: dict[str, str],
    scrub: Callable[[str], str],
) -> str:
    speakers = {s.id: s for s in snap.speakers if s.document_id == doc.id}
    new_label: dict[str, str] = {}
    used: set[str] = set()
    for sid, sp in speakers.items():
        label, k = labels.get(sid, sp.label), 2
        base = label
        while label.casefold() in used:
            label, k = f"{base} ({k})", k + 1
        used.add(label.casefold())
        new_label[sid] = label
    turns = []
    for t in sorted((t for t in snap.turns if t.document_id == doc.id), key=lambda t: t.start):
        start, end = plan.offsets.span(t.start, t.end)
        if end > start and t.speaker_id in new_label:
            turns.append(ImportedTurn(new_label[t.speaker_id], start, end, t.start_time, t.end_time))
    name = out.unique_document_name(scrub(doc.name) or "document")
    imported = ImportedDocument(plan.text, scrub(doc.info.source_name), doc.info.source_format, turns)
    imported.paragraph_times = [(plan.offsets.start(o), t) for o, t in snap.paragraph_times.get(doc.id, [])]
    info = out.add_document(imported, name=name)
    by_label = {s.label: s for s in out.speakers(info.id)}
    for sid, sp in speakers.items():
        new = by_label.get(new_label[sid])
        if new is None:
            continue  # a speaker without turns is not re-created
        pid = pid_map.get(sp.participant_id) if sp.participant_id else None
        if new.is_interviewer != sp.is_interviewer or new.participant_id != pid:
            out.update_speaker(new.id, is_interviewer=sp.is_interviewer, participant_id=pid)
    return info.id
