"""Merging coder projects (and anything else that arrives as a ProjectSnapshot: REFI-QDA
imports, "my codings" files, pulled server copies) into an open project.

Matching rules: documents by text hash (same text under another name still matches), codes by
UUID then by full path, coders by UUID then by name, participants by UUID then by name,
attributes by scope and name. :func:`plan_merge` computes a preview — what will be added,
matched and in conflict — without writing; :func:`apply_merge` writes the plan as ONE
transaction and one undoable step. Nothing of either side is lost: our values win conflicts
and every conflict is listed; merging the same file twice adds nothing.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from qcoder.app.merge_names import mapped_names
from qcoder.app.merge_notes import plan_memos, plan_summaries
from qcoder.app.project import Project
from qcoder.core import commands as cmd
from qcoder.core.case_keys import map_case_key
from qcoder.core.changes import Kind
from qcoder.core.codepath import code_paths
from qcoder.core.errors import ImportFailed, InvalidValue, ProjectError
from qcoder.core.limits import read_gzip
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    MemoTarget,
    Participant,
    new_id,
)
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.text import text_sha256

CODINGS_FORMAT = "qcoder-codings"


@dataclass
class MergePlan:
    """What merging ``other`` would do. Lists hold human-readable lines; maps drive the write."""

    source: str
    documents_added: list[str] = field(default_factory=list)
    documents_matched: list[str] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    codes_matched: list[str] = field(default_factory=list)
    coders_added: list[str] = field(default_factory=list)
    coders_matched: list[str] = field(default_factory=list)
    participants_added: list[str] = field(default_factory=list)
    attributes_added: list[str] = field(default_factory=list)
    codings_added: int = 0
    codings_duplicate: int = 0
    memos_added: int = 0
    summaries_added: int = 0
    conflicts: list[str] = field(default_factory=list)
    # id maps other -> ours (filled by planning)
    doc_map: dict[str, str] = field(default_factory=dict)
    code_map: dict[str, str] = field(default_factory=dict)
    coder_map: dict[str, str] = field(default_factory=dict)
    participant_map: dict[str, str] = field(default_factory=dict)
    steps: list[cmd.Command] = field(default_factory=list)
    new_coders: list[Coder] = field(default_factory=list, repr=False)

    @property
    def empty(self) -> bool:
        return not self.steps

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "documents": {"added": self.documents_added, "matched": self.documents_matched},
            "codes": {"added": self.codes_added, "matched": self.codes_matched},
            "coders": {"added": self.coders_added, "matched": self.coders_matched},
            "participants": {"added": self.participants_added},
            "attributes": {"added": self.attributes_added},
            "codings": {"added": self.codings_added, "duplicates": self.codings_duplicate},
            "memos": {"added": self.memos_added},
            "summaries": {"added": self.summaries_added},
            "conflicts": self.conflicts,
        }


# --- reading other projects ---------------------------------------------------------------------


def read_source(path: Path) -> ProjectSnapshot:
    """A ``.qcoder`` project, a ``.qcodings`` file (one coder's codings) or a ``.qdpx``."""
    suffix = path.suffix.lower()
    if suffix == ".qcodings":
        return read_codings_file(path)
    if suffix == ".qdpx":
        from qcoder.exchange.refiqda import import_qdpx

        snapshot, _report = import_qdpx(path)
        return snapshot
    with Project.open(path) as other:
        return other.snapshot()


def write_codings_file(project: Project, coder_id: str, path: Path) -> int:
    """Export one coder's codings as a small file for the lead (gzip JSON, no transcript text)."""
    snap = project.snapshot(with_text=False)
    coder = next(c for c in snap.coders if c.id == coder_id)
    codings = [c for c in snap.codings if c.coder_id == coder_id]
    used_docs = {c.document_id for c in codings}
    data = {
        "format": CODINGS_FORMAT,
        "version": 1,
        "project": snap.name,
        "coder": {"id": coder.id, "name": coder.name},
        "codes": [_code_json(c) for c in snap.codes],
        "documents": [
            {"id": d.id, "name": d.name, "sha256": d.info.sha256, "chars": d.info.chars}
            for d in snap.documents
            if d.id in used_docs
        ],
        "codings": [
            {
                "id": c.id,
                "document": c.document_id,
                "code": c.code_id,
                "start": c.start,
                "end": c.end,
                "memo": c.memo,
                "exemplar": c.exemplar,
                "created_at": c.created_at.isoformat(),
                "updated_at": c.updated_at.isoformat(),
            }
            for c in codings
        ],
    }
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
    return len(codings)


def _code_json(c: Code) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "parent": c.parent_id,
        "color": c.color,
        "definition": c.definition,
        "inclusion": c.inclusion,
        "exclusion": c.exclusion,
        "example": c.example,
        "position": c.position,
    }


def read_codings_file(path: Path) -> ProjectSnapshot:
    try:
        data = json.loads(read_gzip(path, "qcoder codings file"))  # bounded: a gzip bomb is refused early
        if data.get("format") != CODINGS_FORMAT:
            raise ValueError("not a qcoder codings file")
        coder = Coder(data["coder"]["id"], data["coder"]["name"])
        codes = [
            Code(
                c["id"],
                c["name"],
                c["parent"],
                c["color"],
                c["definition"],
                c["inclusion"],
                c["exclusion"],
                c["example"],
                c["position"],
            )
            for c in data["codes"]
        ]
        docs = [
            Document(
                DocumentInfo(
                    d["id"],
                    d["name"],
                    d["chars"],
                    d["sha256"],
                    "",
                    "",
                    datetime.fromisoformat(data["codings"][0]["created_at"]) if data["codings"] else datetime.now(),
                ),
                "",
            )
            for d in data["documents"]
        ]
        codings = [
            Coding(
                c["id"],
                c["document"],
                c["code"],
                coder.id,
                c["start"],
                c["end"],
                c["memo"],
                c["exemplar"],
                datetime.fromisoformat(c["created_at"]),
                datetime.fromisoformat(c["updated_at"]),
            )
            for c in data["codings"]
        ]
    except (OSError, ValueError, KeyError, TypeError, EOFError, AttributeError) as exc:
        raise ImportFailed(f"{path.name} is not a readable qcoder codings file ({exc})") from exc
    return ProjectSnapshot(name=data.get("project", ""), documents=docs, codes=codes, coders=[coder], codings=codings)


# --- planning -----------------------------------------------------------------------------------


def plan_merge(project: Project, other: ProjectSnapshot, source: str = "") -> MergePlan:
    ours = project.snapshot(with_text=False)
    plan = MergePlan(source=source or other.name)
    other, plan.conflicts = mapped_names(other)
    attrs = _plan_attribute_defs(ours, other, plan)
    values: dict[tuple[AttributeScope, str], dict[str, str | None]] = {}
    _plan_participants(ours, other, plan, attrs, values)
    _plan_documents(ours, other, plan)
    _plan_document_values(ours, other, plan, attrs, values)
    for (scope, name), column in values.items():
        kind = Kind.DOCUMENT if scope is AttributeScope.DOCUMENT else Kind.PARTICIPANT
        plan.steps.append(cmd.SetAttributeValues(attrs[(scope, name)].id, column, kind))
    _plan_codes(ours, other, plan)
    _plan_coders(ours, other, plan)
    _plan_codings(ours, other, plan)
    plan_memos(ours, other, plan)
    plan_summaries(ours, other, plan)
    return plan


def _plan_documents(ours: ProjectSnapshot, other: ProjectSnapshot, plan: MergePlan) -> None:
    by_hash = {d.info.sha256: d for d in ours.documents}
    names = {d.name.casefold() for d in ours.documents}
    other_turns: dict[str, list[Any]] = {}
    for t in other.turns:
        other_turns.setdefault(t.document_id, []).append(t)
    for doc in other.documents:
        sha = _verified_sha(doc, plan)
        match = by_hash.get(sha)
        if match is not None:
            plan.doc_map[doc.id] = match.id
            note = "" if match.name == doc.name else f" (ours: {match.name})"
            plan.documents_matched.append(doc.name + note)
            continue
        if not doc.text:
            plan.conflicts.append(
                f"document {doc.name!r} is not in this project (no text to add it): its codings are left out"
            )
            continue
        name, n = doc.name, 2
        while name.casefold() in names:
            name = f"{doc.name} ({n})"
            n += 1
        if name != doc.name:
            plan.conflicts.append(f"document {doc.name!r}: another text has that name here; added as {name!r}")
        names.add(name.casefold())
        new_id_ = doc.id if doc.id not in {d.id for d in ours.documents} else new_id()
        plan.doc_map[doc.id] = new_id_
        by_hash[sha] = doc
        info = replace(doc.info, id=new_id_, name=name, sha256=sha, chars=len(doc.text), attributes={})
        sp_map: dict[str, str] = {}
        speakers = []
        for sp in (x for x in other.speakers if x.document_id == doc.id):
            sp_map[sp.id] = new_id()
            speakers.append(
                replace(
                    sp,
                    id=sp_map[sp.id],
                    document_id=new_id_,
                    participant_id=plan.participant_map.get(sp.participant_id or ""),
                )
            )
        turns = [
            replace(t, id=new_id(), document_id=new_id_, speaker_id=sp_map[t.speaker_id])
            for t in other_turns.get(doc.id, [])
            if t.speaker_id in sp_map
        ]
        times = list(other.paragraph_times.get(doc.id, []))
        plan.steps.append(cmd.AddDocument(Document(info, doc.text), speakers, turns, times=times))
        plan.documents_added.append(name)


def _verified_sha(doc: Document, plan: MergePlan) -> str:
    """The incoming document's fingerprint, computed from its text when it has one (a stored
    hash is not trusted: an altered text must not pass for ours); without a text (a codings
    file) the stored hash is all there is, and matches only a document of ours."""
    if not doc.text:
        return doc.info.sha256
    sha = text_sha256(doc.text)
    if doc.info.sha256 and doc.info.sha256 != sha:
        plan.conflicts.append(
            f"document {doc.name!r}: its text does not match its stored fingerprint (changed outside qcoder); "
            "compared by its text"
        )
    return sha


def _plan_codes(ours: ProjectSnapshot, other: ProjectSnapshot, plan: MergePlan) -> None:
    our_ids = {c.id: c for c in ours.codes}
    our_paths = {p.casefold(): cid for cid, p in code_paths(ours.codes).items()}
    other_paths = code_paths(other.codes)
    by_id = {c.id: c for c in other.codes}
    # parents before children
    ordered = sorted(other.codes, key=lambda c: other_paths[c.id].count(" > "))
    for code in ordered:
        path = other_paths[code.id]
        if code.id in our_ids:
            plan.code_map[code.id] = code.id
            mine = code_paths(ours.codes)[code.id]
            if mine != path:
                plan.conflicts.append(f"code {path!r} is {mine!r} here: kept ours")
            plan.codes_matched.append(path)
            continue
        if path.casefold() in our_paths:
            plan.code_map[code.id] = our_paths[path.casefold()]
            plan.codes_matched.append(path)
            continue
        parent = plan.code_map.get(code.parent_id) if code.parent_id in by_id else None
        new = replace(code, parent_id=parent, version=1)
        plan.code_map[code.id] = new.id
        our_paths[path.casefold()] = new.id
        plan.steps.append(cmd.CreateCode(new))
        plan.codes_added.append(path)


def _plan_coders(ours: ProjectSnapshot, other: ProjectSnapshot, plan: MergePlan) -> None:
    by_id = {c.id: c for c in ours.coders}
    by_name = {c.name.casefold(): c for c in ours.coders}
    for coder in other.coders:
        if coder.id in by_id:
            plan.coder_map[coder.id] = coder.id
            plan.coders_matched.append(coder.name)
        elif coder.name.casefold() in by_name:
            plan.coder_map[coder.id] = by_name[coder.name.casefold()].id
            plan.coders_matched.append(f"{coder.name} (by name)")
        else:
            plan.coder_map[coder.id] = coder.id
            plan.new_coders.append(coder)
            by_name[coder.name.casefold()] = coder
            plan.coders_added.append(coder.name)


def _plan_attribute_defs(
    ours: ProjectSnapshot, other: ProjectSnapshot, plan: MergePlan
) -> dict[tuple[AttributeScope, str], AttributeDef]:
    attrs = {(a.scope, a.name): a for a in ours.attributes}
    for a in other.attributes:
        mine = attrs.get((a.scope, a.name))
        if mine is None:
            new = replace(a, id=new_id(), position=len(attrs))
            attrs[(a.scope, a.name)] = new
            plan.steps.append(cmd.DefineAttribute(new))
            plan.attributes_added.append(f"{a.name} ({a.scope.value})")
        elif a.allowed and mine.allowed:
            known = {x.casefold() for x in mine.allowed}
            extra = tuple(v for v in a.allowed if v.casefold() not in known)
            if extra:
                attrs[(a.scope, a.name)] = replace(mine, allowed=mine.allowed + extra)
                plan.steps.append(cmd.UpdateAttribute(attrs[(a.scope, a.name)]))
    return attrs


def _plan_participants(
    ours: ProjectSnapshot,
    other: ProjectSnapshot,
    plan: MergePlan,
    attrs: dict[tuple[AttributeScope, str], AttributeDef],
    values: dict[tuple[AttributeScope, str], dict[str, str | None]],
) -> None:
    by_id = {p.id: p for p in ours.participants}
    by_name = {p.name.casefold(): p for p in ours.participants}
    for p in other.participants:
        target = by_id.get(p.id) or by_name.get(p.name.casefold())
        if target is None:
            target = Participant(p.id if p.id not in by_id else new_id(), p.name)
            plan.steps.append(cmd.AddParticipant(target))
            plan.participants_added.append(p.name)
            by_name[p.name.casefold()] = target
        plan.participant_map[p.id] = target.id
        _merge_values(
            plan,
            attrs,
            values,
            AttributeScope.PARTICIPANT,
            target.id,
            target.attributes,
            p.attributes,
            f"participant {p.name!r}",
        )


def _plan_document_values(
    ours: ProjectSnapshot,
    other: ProjectSnapshot,
    plan: MergePlan,
    attrs: dict[tuple[AttributeScope, str], AttributeDef],
    values: dict[tuple[AttributeScope, str], dict[str, str | None]],
) -> None:
    our_docs = {d.id: d for d in ours.documents}
    for doc in other.documents:
        if doc.id not in plan.doc_map:
            continue
        mine = our_docs.get(plan.doc_map[doc.id])
        _merge_values(
            plan,
            attrs,
            values,
            AttributeScope.DOCUMENT,
            plan.doc_map[doc.id],
            mine.info.attributes if mine else {},
            doc.info.attributes,
            f"document {doc.name!r}",
        )


def _merge_values(
    plan: MergePlan,
    attrs: dict[tuple[AttributeScope, str], AttributeDef],
    values: dict[tuple[AttributeScope, str], dict[str, str | None]],
    scope: AttributeScope,
    target: str,
    mine: Any,
    theirs: Any,
    what: str,
) -> None:
    for name, value in theirs.items():
        if (scope, name) not in attrs or not value:
            continue
        current = mine.get(name)
        if current is None:
            values.setdefault((scope, name), {})[target] = value
        elif current != value:
            plan.conflicts.append(f"{what}: {name} is {current!r} here and {value!r} there: kept ours")


def _plan_codings(ours: ProjectSnapshot, other: ProjectSnapshot, plan: MergePlan) -> None:
    ids = {c.id for c in ours.codings}
    keys = {(c.document_id, c.code_id, c.coder_id, c.start, c.end) for c in ours.codings}
    new: list[Coding] = []
    for c in other.codings:
        doc = plan.doc_map.get(c.document_id)
        code = plan.code_map.get(c.code_id)
        coder = plan.coder_map.get(c.coder_id)
        if doc is None:
            continue  # reported with the document
        if code is None or coder is None:
            plan.conflicts.append(f"a coding refers to an unknown {'code' if code is None else 'coder'}: left out")
            continue
        key = (doc, code, coder, c.start, c.end)
        if c.id in ids or key in keys:
            plan.codings_duplicate += 1
            continue
        keys.add(key)
        new.append(replace(c, document_id=doc, code_id=code, coder_id=coder))
    if new:
        plan.steps.append(cmd.AddCodings(new))
    plan.codings_added = len(new)


# --- applying -------------------------------------------------------------------------------------


def apply_merge(project: Project, plan: MergePlan, actor: str = "") -> MergePlan:
    """Write ``plan`` in one transaction (one undo step). Coders are registered first. Refused
    (``ProjectBusy``) while another process writes to the project file."""
    with project.store.exclusive_writes("merge into"):
        for coder in plan.new_coders:
            project.ensure_coder(coder.name, coder_id=coder.id)
        if plan.steps:
            audit = cmd.AuditEntry(actor or "qcoder", "merge", {k: v for k, v in plan.to_json().items()})
            project.execute(cmd.Batch([*plan.steps, audit], text=f"Merge {plan.source}"))
    return plan


def merge_files(project: Project, paths: Iterable[Path], actor: str = "", dry_run: bool = False) -> list[MergePlan]:
    """Plan (and unless ``dry_run`` apply) each merge; refused (``ProjectBusy``) while another
    process writes to the project, so that nothing changes between a plan and its writing."""
    plans = []
    sources = [(path, read_source(path)) for path in paths]  # every file read before any is merged
    for path, source in sources:
        if dry_run:
            plans.append(plan_merge(project, source, source=path.name))
            continue
        with project.store.exclusive_writes("merge into"):  # nothing changes between plan and writing
            plans.append(apply_merge(project, plan_merge(project, source, source=path.name), actor))
    return plans


def handout(
    project: Project,
    coder_name: str,
    document_ids: Iterable[str],
    path: Path,
    with_codings: bool = False,
    passphrase: str | None = None,
) -> Path:
    """Make a project copy for one coder: the codebook, the assigned documents with their
    speakers, participants and attributes (and, optionally, that coder's own codings). The
    assignment is recorded in the lead's project, so agreement treats the other documents as
    not coded by this coder (missing), rather than as coded with nothing. A new coder is
    registered, and the assignment recorded, only once the copy is written.

    ``passphrase`` encrypts the copy; the copy of an encrypted project is always encrypted (by
    default with the project's own passphrase), written encrypted from its first byte."""
    if not coder_name.strip():
        raise InvalidValue("a coder needs a name")
    if passphrase is None and project.encrypted:
        passphrase = project.passphrase
    if passphrase is not None and not passphrase:
        raise ProjectError("an empty passphrase cannot protect anything; choose a passphrase for the copy")
    coder = project.coder_by_name(coder_name) or Coder(new_id(), coder_name.strip())
    wanted = set(document_ids)
    snap = project.snapshot()
    docs = [d for d in snap.documents if d.id in wanted]
    speakers = [s for s in snap.speakers if s.document_id in wanted]
    linked = {s.participant_id for s in speakers if s.participant_id}
    kept_docs, kept_people = {i: i for i in wanted}, {i: i for i in linked}  # ids in the copy: kept as they are
    copy = ProjectSnapshot(
        name=snap.name,
        documents=docs,
        speakers=speakers,
        turns=[t for t in snap.turns if t.document_id in wanted],
        participants=[p for p in snap.participants if p.id in linked],
        attributes=snap.attributes,
        codes=snap.codes,
        coders=[coder],
        codings=[c for c in snap.codings if with_codings and c.coder_id == coder.id and c.document_id in wanted],
        memos=[
            m
            for m in snap.memos
            if m.target_kind in (MemoTarget.PROJECT, MemoTarget.CODE) or m.target_id in wanted | linked
        ],
        summaries=[
            s
            for s in snap.summaries
            if with_codings and s.author == coder.id and map_case_key(s.case_key, kept_docs, kept_people) is not None
        ],
        paragraph_times={d: t for d, t in snap.paragraph_times.items() if d in wanted},
    )
    _write_copy(path, copy, coder, [d.id for d in docs], passphrase)
    coder = project.ensure_coder(coder.name, coder.id)
    project.assign_documents(coder.id, sorted(wanted | project.assignments().get(coder.id, set())))
    return path


def _write_copy(
    path: Path, copy: ProjectSnapshot, coder: Coder, document_ids: list[str], passphrase: str | None
) -> None:
    """Create the hand-out project at ``path`` (encrypted with ``passphrase``); a copy that fails
    half-way is removed."""
    existed = path.exists()
    try:
        with Project.create(path, name=f"{copy.name} ({coder.name})", passphrase=passphrase) as target:
            plan = plan_merge(target, copy, source=copy.name)
            apply_merge(target, plan, actor=coder.name)
            target.assign_documents(coder.id, [plan.doc_map[d] for d in document_ids])
            target.history.clear()
    except BaseException:
        if not existed:
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise
