"""De-identification: find what identifies people, let the user review it, then write a
redacted copy of the project (or, with a backup first, redact the project in place as one
undoable step).

Placeholders follow published briefs ("[name]", "[city]", "[agency]"); within a document
the same words always get the same placeholder. Participants in the roster are renamed
"Participant 1", "Participant 2"… (numbered by first appearance), and so are the speakers
linked to them, in the speaker table and in the speaker labels of the text. Codings, turns
and sentences are carried through the replacements by :class:`qcoder.nlp.redact.OffsetMap`.

The original never changes unless :func:`redact_in_place` is called.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from qcoder.app.project import Project
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.commands import Command
from qcoder.core.errors import ConcurrentEdit, InvalidRows, InvalidValue, ProjectError
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Coding,
    Document,
    Memo,
    MemoTarget,
    Participant,
    Speaker,
    Turn,
)
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.repository import Repository
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import text_sha256
from qcoder.importers.base import ImportedDocument, ImportedTurn
from qcoder.nlp.corpus import analyses, project_cache
from qcoder.nlp.deid import (
    NER,
    SPEAKER_LABEL,
    Candidate,
    Roster,
    RosterMatcher,
    Scrubber,
    find_candidates,
    make_consistent,
    name_parts,
    name_variants,
    number_placeholders,
    propagate,
    relabel_name_parts,
    resolve_overlaps,
    roster_entries,
)
from qcoder.nlp.pipeline import pipeline_info
from qcoder.nlp.redact import OffsetMap, Replacement, redact_text

SITE_ATTRIBUTES = ("site",)
AGENCY_ATTRIBUTES = ("agency",)


@dataclass(frozen=True)
class DeidOptions:
    roster: Roster = field(default_factory=Roster)
    use_ner: bool = True
    use_patterns: bool = True
    propagate: bool = True  # a name found once is looked for everywhere
    numbered: bool = False  # "[name 1]", "[name 2]" instead of "[name]"
    pseudonymize_attributes: tuple[str, ...] | None = None  # None: the roster's source attributes
    document_ids: tuple[str, ...] | None = None


@dataclass
class DeidReview:
    """What was found, for the user to accept, reject or re-label."""

    candidates: list[Candidate]
    participant_pseudonyms: dict[str, str]  # participant id -> "Participant 3"
    speaker_pseudonyms: dict[str, str]  # speaker id -> new label
    roster: Roster
    pseudonymize_attributes: tuple[str, ...] = ()
    pipeline: str = ""
    ner_used: bool = False
    document_ids: tuple[str, ...] = ()

    def accepted(self) -> list[Candidate]:
        return [c for c in self.candidates if c.accepted]


def default_roster(project: Project) -> Roster:
    """Participant names and the names in speaker labels, site values, agency values."""
    names = [p.name for p in project.participants()]
    names += [
        s.label for s in project.speakers() if not s.is_interviewer and any(cs for _, cs in name_variants(s.label))
    ]
    places: list[str] = []
    agencies: list[str] = []
    for attr in project.attributes():
        target = (
            places
            if attr.name.casefold() in SITE_ATTRIBUTES
            else agencies
            if attr.name.casefold() in AGENCY_ATTRIBUTES
            else None
        )
        if target is None:
            continue
        values = (
            [d.attributes.get(attr.name, "") for d in project.documents()]
            if attr.scope is AttributeScope.DOCUMENT
            else [p.attributes.get(attr.name, "") for p in project.participants()]
        )
        target.extend(v for v in values if v)
    return Roster().merged(Roster(tuple(names), tuple(places), tuple(agencies)))


def _roster_attributes(project: Project) -> tuple[str, ...]:
    names = {a.name for a in project.attributes()}
    return tuple(n for n in names if n.casefold() in SITE_ATTRIBUTES + AGENCY_ATTRIBUTES)


def _pseudonyms(project: Project, roster: Roster, doc_ids: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Participant and speaker pseudonyms, numbered by first appearance."""
    in_roster = {n.casefold() for n in roster.names}
    variants = {t.casefold() for n in roster.names for t, _ in name_variants(n)}
    participants = {p.id: p for p in project.participants()}
    speakers = {s.id: s for s in project.speakers()}
    order: list[str] = []  # keys: participant id or "label:<label>"
    speaker_key: dict[str, str] = {}
    for doc_id in doc_ids:
        for t in project.turns(doc_id):
            sp = speakers.get(t.speaker_id)
            if sp is None or sp.is_interviewer or sp.id in speaker_key:
                continue
            p = participants.get(sp.participant_id) if sp.participant_id else None
            if p is not None and p.name.casefold() in in_roster:
                key = p.id
            elif sp.label.casefold() in in_roster or any(
                w.casefold() in variants for w in re.findall(r"[\w'’-]+", sp.label)
            ):
                key = "label:" + sp.label.casefold()
            else:
                continue
            speaker_key[sp.id] = key
            if key not in order:
                order.append(key)
    for p in sorted(participants.values(), key=lambda p: p.name.casefold()):
        if p.name.casefold() in in_roster and p.id not in order:
            order.append(p.id)
    number = {key: i + 1 for i, key in enumerate(order)}
    part = {k: f"Participant {n}" for k, n in number.items() if not k.startswith("label:")}
    spk = {sid: f"Participant {number[key]}" for sid, key in speaker_key.items()}
    return part, spk


def _label_spans(
    text: str, turns: Sequence[Turn], speakers: dict[str, Speaker], pseudonyms: dict[str, str]
) -> list[tuple[int, int, str]]:
    out = []
    for t in turns:
        new = pseudonyms.get(t.speaker_id)
        sp = speakers.get(t.speaker_id)
        if new is None or sp is None:
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        found = list(re.finditer(re.escape(sp.label), text[line_start : t.start], re.IGNORECASE))
        if found:
            m = found[-1]  # the last occurrence before the turn's text
            out.append((line_start + m.start(), line_start + m.end(), new))
    return out


def find_identifiers(
    project: Project,
    options: DeidOptions | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> DeidReview:
    """Find every identifying item in the documents (nothing is changed)."""
    options = options or DeidOptions(roster=default_roster(project))
    infos = project.documents()
    if options.document_ids is not None:
        wanted = set(options.document_ids)
        infos = [d for d in infos if d.id in wanted]
    docs = [project.document(d.id) for d in infos]
    info = pipeline_info(prefer)
    ner = options.use_ner and info.entities
    found = analyses(project, None, {"entities"}, progress, cancel, prefer, documents=docs) if ner else {}
    participants, speaker_names = _pseudonyms(project, options.roster, [d.id for d in docs])
    speakers = {s.id: s for s in project.speakers()}
    matcher = RosterMatcher(roster_entries(options.roster)) if options.roster else None
    per_doc: dict[str, list[Candidate]] = {}
    for doc in docs:
        if cancel is not None:
            cancel.check()
        labels = _label_spans(doc.text, project.turns(doc.id), speakers, speaker_names)
        entities = found[doc.id].entities if doc.id in found else None
        per_doc[doc.id] = find_candidates(doc.id, doc.text, matcher, entities, labels, options.use_patterns)
    if options.propagate:
        surfaces: dict[str, Candidate] = {}
        for cands in per_doc.values():
            for c in cands:
                if c.source == NER and c.accepted and len(c.text) >= 3:
                    surfaces.setdefault(" ".join(c.text.split()), c)
        for doc in docs:
            extra = propagate(doc.id, doc.text, per_doc[doc.id], surfaces)
            if extra:
                per_doc[doc.id] = resolve_overlaps([*per_doc[doc.id], *extra], doc.text)
    parts = name_parts(c for cands in per_doc.values() for c in cands)
    candidates = [c for doc in docs for c in make_consistent(relabel_name_parts(per_doc[doc.id], parts))]
    if options.numbered:
        candidates = number_placeholders(candidates)
    attrs = (
        options.pseudonymize_attributes if options.pseudonymize_attributes is not None else _roster_attributes(project)
    )
    return DeidReview(
        candidates,
        participants,
        speaker_names,
        options.roster,
        tuple(attrs),
        info.label,
        ner,
        tuple(d.id for d in docs),
    )


# --- review as a spreadsheet (CLI) ----------------------------------------------------------------

REVIEW_COLUMNS = ["accept", "document", "start", "end", "kind", "text", "placeholder", "source", "context"]


def write_review(project: Project, review: DeidReview, path: Path) -> int:
    """The candidates as CSV to edit: set accept to no, or change the placeholder."""
    from qcoder.app.tables import write_table

    names = {d.id: d.name for d in project.documents()}
    texts: dict[str, str] = {}
    rows = []
    for c in review.candidates:
        if c.document_id not in texts:
            texts[c.document_id] = project.document(c.document_id).text
        t = texts[c.document_id]
        context = (t[max(0, c.start - 40) : c.start] + "[[" + c.text + "]]" + t[c.end : c.end + 40]).replace("\n", " ")
        rows.append(
            [
                "yes" if c.accepted else "no",
                names.get(c.document_id, c.document_id),
                c.start,
                c.end,
                c.kind,
                c.text,
                c.placeholder,
                c.source,
                context,
            ]
        )
    write_table(path, REVIEW_COLUMNS, rows, sheet="Review")
    return len(rows)


def read_review(project: Project, review: DeidReview, path: Path) -> DeidReview:
    """Apply the accept / placeholder decisions of an edited review file."""
    from qcoder.app.tables import read_table

    ids = {d.name: d.id for d in project.documents()}
    index = {(c.document_id, c.start, c.end): i for i, c in enumerate(review.candidates)}
    cands = list(review.candidates)
    errors: list[str] = []
    for n, row in enumerate(read_table(path), start=2):
        doc_id = ids.get((row.get("document") or "").strip())
        try:
            key = (doc_id or "", int(row.get("start", "")), int(row.get("end", "")))
        except ValueError:
            errors.append(f"row {n}: start and end must be numbers")
            continue
        i = index.get(key)
        if i is None:
            errors.append(f"row {n}: no finding at {row.get('document')} [{key[1]}, {key[2]})")
            continue
        accept = (row.get("accept") or "").strip().casefold()
        if accept not in ("yes", "no", "y", "n", "true", "false", "1", "0", "x", ""):
            errors.append(f"row {n}: accept must be yes or no, not {row.get('accept')!r}")
            continue
        ph = (row.get("placeholder") or "").strip() or cands[i].placeholder
        cands[i] = replace(cands[i], accepted=accept in ("yes", "y", "true", "1", "x"), placeholder=ph)
    if errors:
        raise InvalidRows(f"{path.name}", errors)
    return replace(review, candidates=cands)


# --- applying ------------------------------------------------------------------------------------


@dataclass
class DocPlan:
    document_id: str
    text: str
    offsets: OffsetMap
    replacements: int


def build_plans(documents: Sequence[Document], review: DeidReview) -> dict[str, DocPlan]:
    by_doc: dict[str, list[Candidate]] = {}
    for c in review.accepted():
        by_doc.setdefault(c.document_id, []).append(c)
    plans: dict[str, DocPlan] = {}
    for doc in documents:
        cands = by_doc.get(doc.id, [])
        for c in cands:
            if doc.text[c.start : c.end] != c.text:
                raise InvalidValue(f"the document {doc.name!r} changed since it was reviewed; find identifiers again")
        cands = resolve_overlaps(cands, doc.text)
        text, omap = redact_text(doc.text, [Replacement(c.start, c.end, c.placeholder) for c in cands])
        plans[doc.id] = DocPlan(doc.id, text, omap, len(cands))
    return plans


def scrubber(review: DeidReview) -> Scrubber:
    surfaces = {c.text: c.placeholder for c in review.accepted()}
    return Scrubber(surfaces, review.roster)


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


def redact_in_place(project: Project, review: DeidReview, backup: Path | None) -> RedactionReport:
    """Redact this project's documents as one undoable step, after a backup (required for
    project files; server projects rely on undo and the server's own backups)."""
    saved: Path | None = None
    if project.path is not None:
        if backup is None:
            raise ProjectError("redacting in place needs a backup file first")
        saved = project.backup(backup)
    command, report = plan_in_place(project, review)
    project.execute(command)
    project_cache(project).forget(command.original_hashes())  # no lemmas or names of the original left behind
    report.backup = saved
    return report


def default_backup_path(project: Project) -> Path | None:
    if project.path is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return project.path.with_name(f"{project.path.stem}.before-redaction-{stamp}{project.path.suffix}")


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
    value = _value_mapper(snap, review)
    labels = _speaker_labels(review, snap.speakers)
    attrs_by_name = {(a.scope, a.name): a for a in snap.attributes}
    total = len(documents) + 2
    report = RedactionReport(target)
    out = Project.create(target, name=f"{scrub(snap.name) or 'project'} (de-identified)")
    ok = False
    try:
        progress(0, total, "codebook")
        for coder in snap.coders:
            out.ensure_coder(coder.name, coder_id=coder.id)
        for code in _ordered_codes(snap.codes):
            out.create_code(
                code.name,
                code.parent_id,
                color=code.color,
                definition=scrub(code.definition),
                inclusion=scrub(code.inclusion),
                exclusion=scrub(code.exclusion),
                example=scrub(code.example),
                code_id=code.id,
            )
        for a in sorted(snap.attributes, key=lambda a: (a.scope, a.position)):
            allowed = tuple(dict.fromkeys(value(a, v) for v in a.allowed))
            out.define_attribute(a.name, a.type, a.scope, allowed)
        pid_map: dict[str, str] = {}
        used: set[str] = set()
        for p in snap.participants:
            name = review.participant_pseudonyms.get(p.id) or scrub(p.name) or "participant"
            base, k = name, 2
            while name.casefold() in used:
                name, k = f"{base} ({k})", k + 1
            used.add(name.casefold())
            pid_map[p.id] = out.add_participant(name).id
            report.participants_renamed += p.id in review.participant_pseudonyms
        part_values = {
            pid_map[p.id]: {
                k: value(attrs_by_name[(AttributeScope.PARTICIPANT, k)], v) for k, v in p.attributes.items() if v
            }
            for p in snap.participants
        }
        if any(part_values.values()):
            out.set_attributes(AttributeScope.PARTICIPANT, {k: v for k, v in part_values.items() if v}, create=False)
        doc_map: dict[str, str] = {}
        for n, doc in enumerate(documents):
            if cancel is not None:
                cancel.check()
            progress(n + 1, total, doc.name)
            doc_map[doc.id] = _copy_document(out, doc, plans[doc.id], snap, labels, pid_map, scrub)
            report.replacements += plans[doc.id].replacements
            report.documents += 1
        doc_values = {
            doc_map[d.id]: {
                k: value(attrs_by_name[(AttributeScope.DOCUMENT, k)], v) for k, v in d.info.attributes.items() if v
            }
            for d in documents
        }
        if any(doc_values.values()):
            out.set_attributes(AttributeScope.DOCUMENT, {k: v for k, v in doc_values.items() if v}, create=False)
        progress(total - 1, total, "codings")
        codings = []
        for c in snap.codings:
            if c.document_id not in doc_map:
                continue
            omap = plans[c.document_id].offsets
            start, end = omap.span(c.start, c.end)
            report.codings_snapped += omap.snapped(c.start, c.end)
            codings.append(replace(c, document_id=doc_map[c.document_id], start=start, end=end, memo=scrub(c.memo)))
        out.add_codings(codings, label="Copy codings")
        report.codings = len(codings)
        code_ids = {c.id for c in snap.codes}
        for memo in snap.memos:
            target_id: str | None = {
                MemoTarget.PROJECT: "",
                MemoTarget.DOCUMENT: doc_map.get(memo.target_id),
                MemoTarget.CODE: memo.target_id if memo.target_id in code_ids else None,
                MemoTarget.PARTICIPANT: pid_map.get(memo.target_id),
            }.get(memo.target_kind)
            if target_id is not None and memo.text:
                out.set_memo(memo.target_kind, target_id, scrub(memo.text))
        out.history.clear()
        progress(total, total, "")
        ok = True
    finally:
        out.close()
        if not ok:
            for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
                leftover.unlink(missing_ok=True)
    return report


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


# --- in place ------------------------------------------------------------------------------------


@dataclass
class _Swap:
    old_sha: str
    new: Document
    speaker_labels: dict[str, str]  # speaker id -> new label
    offsets: OffsetMap
    saved: tuple[Document, list[Speaker], list[Turn], list[Coding], dict[str, str]] | None = None


@dataclass
class RedactDocuments(Command):
    """Replace documents' text by their redacted text, carrying speakers, turns, codings and
    attribute values over (same ids), rename participants and scrub memos; undo restores all."""

    swaps: list[_Swap]
    participant_names: dict[str, str]
    value_of: Callable[[AttributeDef, str], str]
    scrub: Callable[[str], str]
    text: str = "Redact documents"
    _participants: list[Participant] = field(default_factory=list)
    _attributes: list[AttributeDef] = field(default_factory=list)
    _values: dict[str, dict[str, str]] = field(default_factory=dict)
    _memos: list[Memo] = field(default_factory=list)

    def original_hashes(self) -> set[str]:
        return {s.old_sha for s in self.swaps}

    def do(self, repo: Repository) -> ChangeSet:
        assignments = _assignments(repo)
        for swap in self.swaps:
            doc = repo.get_document(swap.new.id)
            if doc.info.sha256 != swap.old_sha:
                raise ConcurrentEdit(f"the document {doc.name!r} changed since it was reviewed")
            speakers, turns = repo.speakers(doc.id), repo.turns(doc.id)
            codings, values = repo.codings(document_id=doc.id), repo.values_of_target(doc.id)
            swap.saved = (doc, speakers, turns, codings, values)
            om = swap.offsets
            new_turns = [replace(t, start=om.start(t.start), end=om.end(t.end)) for t in turns]
            new_codings = [
                replace(c, start=om.start(c.start), end=om.end(c.end), memo=self.scrub(c.memo)) for c in codings
            ]
            new_speakers = [replace(s, label=swap.speaker_labels.get(s.id, s.label)) for s in speakers]
            self._replace(repo, swap.new, new_speakers, [t for t in new_turns if t.end > t.start], new_codings, values)
        _restore_assignments(repo, assignments)
        self._participants = repo.participants()
        for p in self._participants:
            if p.id in self.participant_names:
                repo.update_participant(replace(p, name=self.participant_names[p.id]))
        self._attributes = repo.attributes()
        self._values = {a.id: repo.attribute_values(a.id) for a in self._attributes}
        for a in self._attributes:
            new_allowed = tuple(dict.fromkeys(self.value_of(a, v) for v in a.allowed))
            if new_allowed != a.allowed:
                repo.update_attribute(replace(a, allowed=new_allowed))
            for target, v in self._values[a.id].items():
                nv = self.value_of(a, v)
                if nv != v:
                    repo.set_attribute_value(a.id, target, nv)
        memos = getattr(repo, "memos", None)
        self._memos = memos() if callable(memos) else []
        for m in self._memos:
            scrubbed = self.scrub(m.text)
            if scrubbed != m.text:
                repo.set_memo(m.target_kind, m.target_id, replace(m, text=scrubbed))
        return self._changes()

    def undo(self, repo: Repository) -> ChangeSet:
        assignments = _assignments(repo)
        for swap in self.swaps:
            assert swap.saved is not None
            doc, speakers, turns, codings, values = swap.saved
            self._replace(repo, doc, speakers, turns, codings, values)
        _restore_assignments(repo, assignments)
        for p in self._participants:
            repo.update_participant(p)
        for a in self._attributes:
            repo.update_attribute(a)
            current = repo.attribute_values(a.id)
            for target in set(current) | set(self._values[a.id]):
                repo.set_attribute_value(a.id, target, self._values[a.id].get(target))
        for m in self._memos:
            repo.set_memo(m.target_kind, m.target_id, m)
        return self._changes()

    @staticmethod
    def _replace(
        repo: Repository,
        doc: Document,
        speakers: list[Speaker],
        turns: list[Turn],
        codings: list[Coding],
        values: dict[str, str],
    ) -> None:
        repo.delete_document(doc.id)
        repo.insert_document(doc)
        repo.insert_speakers(speakers)
        repo.insert_turns(turns)
        repo.insert_codings(codings)
        for attribute_id, v in values.items():
            repo.set_attribute_value(attribute_id, doc.id, v)

    def _changes(self) -> ChangeSet:
        ids = [s.new.id for s in self.swaps]
        changes = ChangeSet().remove(Kind.DOCUMENT, *ids).add(Kind.DOCUMENT, *ids)
        for s in self.swaps:
            if s.saved is not None:
                changes.change(Kind.CODING, *(c.id for c in s.saved[3]))
                changes.change(Kind.SPEAKER, *(sp.id for sp in s.saved[1]))
        changes.change(Kind.PARTICIPANT, *self.participant_names)
        changes.change(Kind.ATTRIBUTE, *(a.id for a in self._attributes))
        changes.change(Kind.MEMO, *(f"{m.target_kind}:{m.target_id}" for m in self._memos))
        return changes


def _assignments(repo: Repository) -> dict[str, set[str]] | None:
    getter = getattr(repo, "assignments", None)
    return getter() if callable(getter) else None


def _restore_assignments(repo: Repository, before: dict[str, set[str]] | None) -> None:
    """Deleting and re-inserting a document must not drop it from coders' assignments."""
    if before is None:
        return
    now = _assignments(repo) or {}
    setter = getattr(repo, "set_assignments", None)
    if callable(setter):
        for coder_id, ids in before.items():
            if now.get(coder_id, set()) != ids:
                setter(coder_id, sorted(ids))


def plan_in_place(project: Project, review: DeidReview) -> tuple[RedactDocuments, RedactionReport]:
    snap = project.snapshot()
    wanted = set(review.document_ids) if review.document_ids else {d.id for d in snap.documents}
    documents = [d for d in snap.documents if d.id in wanted]
    plans = build_plans(documents, review)
    labels = _speaker_labels(review, snap.speakers)
    report = RedactionReport(project.path)
    swaps = []
    for doc in documents:
        plan = plans[doc.id]
        info = replace(doc.info, chars=len(plan.text), sha256=text_sha256(plan.text))
        swaps.append(
            _Swap(
                doc.info.sha256,
                Document(info, plan.text),
                {s.id: labels[s.id] for s in snap.speakers if s.document_id == doc.id},
                plan.offsets,
            )
        )
        report.documents += 1
        report.replacements += plan.replacements
    for c in snap.codings:
        if c.document_id in plans:
            report.codings += 1
            report.codings_snapped += plans[c.document_id].offsets.snapped(c.start, c.end)
    names = dict(review.participant_pseudonyms)
    report.participants_renamed = len(names)
    command = RedactDocuments(
        swaps,
        names,
        _value_mapper(snap, review),
        scrubber(review),
        text=f"Redact {len(swaps)} document{'s' if len(swaps) != 1 else ''}",
    )
    return command, report
