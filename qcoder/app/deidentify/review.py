"""Find what identifies people and let the user review it: options, the roster, candidates, the
review sheet, and the per-document replacement plans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qcoder.app.project import Project
from qcoder.core.errors import InvalidRows, InvalidValue
from qcoder.core.model import (
    AttributeScope,
    Document,
    Speaker,
    Turn,
)
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.nlp.corpus import analyses
from qcoder.nlp.deid import (
    NER,
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
from qcoder.nlp.redact import RedactionMap, Replacement, redact_text

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


@dataclass
class DocPlan:
    document_id: str
    text: str
    offsets: RedactionMap
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
