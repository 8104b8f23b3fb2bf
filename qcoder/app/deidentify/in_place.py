"""Redact the project itself, after a backup, as one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from qcoder.app.deidentify.copy import RedactionReport, _speaker_labels, _value_mapper
from qcoder.app.deidentify.notes import scrubbed_summaries
from qcoder.app.deidentify.review import DeidReview, build_plans, scrubber
from qcoder.app.project import Project
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.commands import Command
from qcoder.core.commands.summaries import summary_key
from qcoder.core.errors import ConcurrentEdit, ProjectError
from qcoder.core.model import (
    AttributeDef,
    Coding,
    Document,
    Memo,
    Participant,
    Speaker,
    Summary,
    Turn,
)
from qcoder.core.repository import Repository
from qcoder.core.text import text_sha256
from qcoder.nlp.corpus import project_cache
from qcoder.nlp.redact import RedactionMap


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


@dataclass
class _Swap:
    old_sha: str
    new: Document
    speaker_labels: dict[str, str]  # speaker id -> new label
    offsets: RedactionMap
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
    _summaries: tuple[list[Summary], list[Summary]] = field(default_factory=lambda: ([], []))  # before, after

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
        before = repo.summaries()
        self._summaries = (before, scrubbed_summaries(before, self.scrub, self._attributes, self.value_of))
        _put_summaries(repo, *self._summaries)
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
        _put_summaries(repo, self._summaries[1], self._summaries[0])
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
        changes.change(
            Kind.SUMMARY,
            *(summary_key(s.case_key, s.code_id, s.author) for s in [*self._summaries[0], *self._summaries[1]]),
        )
        return changes


def _put_summaries(repo: Repository, old: list[Summary], new: list[Summary]) -> None:
    """Replace the summaries ``old`` by ``new``."""
    for s in old:
        repo.set_summary(s.case_key, s.code_id, s.author, None)
    for s in new:
        repo.set_summary(s.case_key, s.code_id, s.author, s)


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
