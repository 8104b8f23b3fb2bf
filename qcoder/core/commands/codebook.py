"""Commands on codes, codings, memos, assignments and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.codepath import descendants
from qcoder.core.codes import checked_code
from qcoder.core.commands.base import Command
from qcoder.core.commands.summaries import MovedSummaries, move_summaries, restore_summaries
from qcoder.core.errors import CodebookCycle, DuplicateName
from qcoder.core.model import (
    Code,
    Coding,
    Memo,
    MemoTarget,
    new_id,
    utcnow,
)
from qcoder.core.names import clean_free_text
from qcoder.core.repository import Repository
from qcoder.core.text import check_span


def _check_sibling_name(repo: Repository, name: str, parent_id: str | None, exclude: str | None) -> None:
    for c in repo.codes():
        if c.parent_id == parent_id and c.name.casefold() == name.casefold() and c.id != exclude:
            raise DuplicateName("code", name)


@dataclass
class CreateCode(Command):
    code: Code
    text: str = "New code"

    def do(self, repo: Repository) -> ChangeSet:
        self.code = checked_code(self.code)
        _check_sibling_name(repo, self.code.name, self.code.parent_id, None)
        repo.insert_code(self.code)
        return ChangeSet().add(Kind.CODE, self.code.id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_code(self.code.id)
        return ChangeSet().remove(Kind.CODE, self.code.id)


@dataclass
class UpdateCode(Command):
    """Rename, recolor, move or edit the definition of a code.

    ``expected_version`` is the version the user saw; a different stored version means another
    writer changed the code meanwhile and :class:`ConcurrentEdit` is raised.
    """

    code: Code
    expected_version: int | None = None
    text: str = "Edit code"
    _old: Code | None = None
    _new: Code | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self.code = checked_code(self.code)
        old = repo.get_code(self.code.id)
        self._old = old
        if self.code.parent_id is not None and self.code.parent_id != old.parent_id:
            if self.code.parent_id in descendants(repo.codes(), self.code.id):
                raise CodebookCycle(old.name, repo.get_code(self.code.parent_id).name)
        if (self.code.name, self.code.parent_id) != (old.name, old.parent_id):
            _check_sibling_name(repo, self.code.name, self.code.parent_id, self.code.id)
        version = old.version if self.expected_version is None else self.expected_version
        self._new = repo.update_code(self.code, expected_version=version)
        return ChangeSet().change(Kind.CODE, self.code.id)

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._old is not None and self._new is not None
        current = repo.get_code(self.code.id)
        repo.update_code(replace(self._old, version=current.version), expected_version=current.version)
        return ChangeSet().change(Kind.CODE, self.code.id)


@dataclass
class DeleteCode(Command):
    """Delete a code, its subcodes, their codings and memos."""

    code_id: str
    text: str = "Delete code"
    _codes: list[Code] = field(default_factory=list)
    _codings: list[Coding] = field(default_factory=list)
    _memos: list[Memo] = field(default_factory=list)

    def do(self, repo: Repository) -> ChangeSet:
        all_codes = repo.codes()
        by_id = {c.id: c for c in all_codes}
        ids = descendants(all_codes, self.code_id)
        self._codes = [by_id[i] for i in ids]
        self._codings = repo.codings(code_ids=ids)
        self._memos = [m for i in ids if (m := repo.get_memo(MemoTarget.CODE, i)) is not None]
        repo.delete_codings([c.id for c in self._codings])
        for i in ids:
            repo.set_memo(MemoTarget.CODE, i, None)
        for i in reversed(ids):
            repo.delete_code(i)
        return (
            ChangeSet().remove(Kind.CODE, *ids).remove(Kind.CODING, *(c.id for c in self._codings)).coded(self._codings)
        )

    def undo(self, repo: Repository) -> ChangeSet:
        for code in self._codes:
            repo.insert_code(code)
        repo.insert_codings(self._codings)
        for memo in self._memos:
            repo.set_memo(MemoTarget.CODE, memo.target_id, memo)
        return (
            ChangeSet()
            .add(Kind.CODE, *(c.id for c in self._codes))
            .add(Kind.CODING, *(c.id for c in self._codings))
            .coded(self._codings)
        )


@dataclass
class MergeCodes(Command):
    """Merge ``source`` into ``target``: its codings and subcodes move to target, source goes.

    A coding that would duplicate one the same coder already has on ``target`` (same document
    and span) is dropped rather than doubled.
    """

    source_id: str
    target_id: str
    text: str = "Merge codes"
    _source: Code | None = None
    _moved: list[str] = field(default_factory=list)
    _dropped: list[Coding] = field(default_factory=list)
    _children: list[Code] = field(default_factory=list)
    _memo: Memo | None = None
    _target_memo: Memo | None = None
    _summaries: MovedSummaries = ([], [])

    def do(self, repo: Repository) -> ChangeSet:
        if self.source_id == self.target_id:
            raise CodebookCycle(self.source_id, self.target_id)
        codes = repo.codes()
        if self.target_id in descendants(codes, self.source_id):
            source_name = repo.get_code(self.source_id).name
            raise CodebookCycle(source_name, repo.get_code(self.target_id).name)
        self._source = repo.get_code(self.source_id)
        existing = {(c.document_id, c.coder_id, c.start, c.end) for c in repo.codings(code_ids=[self.target_id])}
        self._moved, self._dropped = [], []
        for c in repo.codings(code_ids=[self.source_id]):
            key = (c.document_id, c.coder_id, c.start, c.end)
            if key in existing:
                self._dropped.append(c)
            else:
                existing.add(key)
                self._moved.append(c.id)
        repo.delete_codings([c.id for c in self._dropped])
        repo.reassign_codings(self._moved, self.target_id)
        target_names = {c.name.casefold() for c in codes if c.parent_id == self.target_id}
        self._children = [c for c in codes if c.parent_id == self.source_id]
        for child in self._children:
            name = child.name
            n = 2
            while name.casefold() in target_names:  # keep siblings' names unique
                name = f"{child.name} ({n})"
                n += 1
            target_names.add(name.casefold())
            repo.update_code(replace(child, parent_id=self.target_id, name=name), expected_version=child.version)
        self._memo = repo.get_memo(MemoTarget.CODE, self.source_id)
        self._target_memo = repo.get_memo(MemoTarget.CODE, self.target_id)
        if self._memo is not None:
            joined = "\n\n".join(m.text for m in (self._target_memo, self._memo) if m is not None and m.text)
            repo.set_memo(MemoTarget.CODE, self.target_id, Memo(MemoTarget.CODE, self.target_id, joined))
            repo.set_memo(MemoTarget.CODE, self.source_id, None)
        self._summaries = move_summaries(repo, self.source_id, self.target_id)
        repo.delete_code(self.source_id)
        return (
            ChangeSet()
            .remove(Kind.CODE, self.source_id)
            .change(Kind.CODE, self.target_id, *(c.id for c in self._children))
            .change(Kind.CODING, *self._moved)
            .remove(Kind.CODING, *(c.id for c in self._dropped))
            .coded(self._dropped)
            .counted(self.source_id, self.target_id)
        )

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._source is not None
        repo.insert_code(self._source)
        for original in self._children:
            current = repo.get_code(original.id)
            repo.update_code(replace(original, version=current.version), expected_version=current.version)
        repo.reassign_codings(self._moved, self.source_id)
        repo.insert_codings(self._dropped)
        repo.set_memo(MemoTarget.CODE, self.target_id, self._target_memo)
        if self._memo is not None:
            repo.set_memo(MemoTarget.CODE, self.source_id, self._memo)
        restore_summaries(repo, self.source_id, self.target_id, self._summaries)
        return (
            ChangeSet()
            .add(Kind.CODE, self.source_id)
            .change(Kind.CODE, self.target_id, *(c.id for c in self._children))
            .change(Kind.CODING, *self._moved)
            .add(Kind.CODING, *(c.id for c in self._dropped))
            .coded(self._dropped)
            .counted(self.source_id, self.target_id)
        )


# --- codings -----------------------------------------------------------------------


@dataclass
class AddCodings(Command):
    """Apply codes to spans (one coding from the window, or a whole auto-coding batch)."""

    codings: Sequence[Coding]
    text: str = "Code selection"

    def do(self, repo: Repository) -> ChangeSet:
        if any(clean_free_text(c.memo) != c.memo for c in self.codings):
            self.codings = [replace(c, memo=clean_free_text(c.memo)) for c in self.codings]
        lengths: dict[str, int] = {}
        for c in self.codings:
            if c.document_id not in lengths:
                lengths[c.document_id] = repo.document_length(c.document_id)
            check_span(c.start, c.end, lengths[c.document_id])
        repo.insert_codings(self.codings)
        return ChangeSet().add(Kind.CODING, *(c.id for c in self.codings)).coded(self.codings)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_codings([c.id for c in self.codings])
        return ChangeSet().remove(Kind.CODING, *(c.id for c in self.codings)).coded(self.codings)


@dataclass
class RemoveCodings(Command):
    coding_ids: Sequence[str]
    text: str = "Remove coding"
    _saved: list[Coding] = field(default_factory=list)

    def do(self, repo: Repository) -> ChangeSet:
        self._saved = [repo.get_coding(i) for i in self.coding_ids]
        repo.delete_codings(self.coding_ids)
        return ChangeSet().remove(Kind.CODING, *self.coding_ids).coded(self._saved)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.insert_codings(self._saved)
        return ChangeSet().add(Kind.CODING, *self.coding_ids).coded(self._saved)


@dataclass
class UpdateCoding(Command):
    """Change a coding's bounds, code, memo or exemplar flag."""

    coding: Coding
    text: str = "Edit coding"
    _old: Coding | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self.coding = replace(self.coding, memo=clean_free_text(self.coding.memo))
        self._old = repo.get_coding(self.coding.id)
        check_span(self.coding.start, self.coding.end, repo.document_length(self.coding.document_id))
        repo.update_coding(replace(self.coding, updated_at=utcnow()))
        assert self._old is not None
        return ChangeSet().change(Kind.CODING, self.coding.id).coded([self._old, self.coding])

    def undo(self, repo: Repository) -> ChangeSet:
        assert self._old is not None
        repo.update_coding(self._old)
        return ChangeSet().change(Kind.CODING, self.coding.id).coded([self._old, self.coding])


# --- memos ------------------------------------------------------------------------------------


@dataclass
class SetMemo(Command):
    """Write (or with empty text remove) the memo on a target; ``author`` is the coder id of who
    writes it ("" keeps the memo's previous author)."""

    kind: MemoTarget
    target_id: str
    memo_text: str
    text: str = "Edit memo"
    author: str = ""
    at: datetime | None = None  # when it was written (an imported memo's time); None: now
    _old: Memo | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self._old = repo.get_memo(self.kind, self.target_id)
        self.memo_text = clean_free_text(self.memo_text)
        author = self.author or (self._old.author if self._old is not None else "")
        when = self.at or utcnow()
        new = Memo(self.kind, self.target_id, self.memo_text, when, author) if self.memo_text else None
        repo.set_memo(self.kind, self.target_id, new)
        return ChangeSet().change(Kind.MEMO, f"{self.kind}:{self.target_id}")

    def undo(self, repo: Repository) -> ChangeSet:
        repo.set_memo(self.kind, self.target_id, self._old)
        return ChangeSet().change(Kind.MEMO, f"{self.kind}:{self.target_id}")


@dataclass
class SetAssignments(Command):
    """Assign documents to a coder (replacing the previous assignment)."""

    coder_id: str
    document_ids: list[str]
    text: str = "Assign documents"
    _old: set[str] = field(default_factory=set)

    def do(self, repo: Repository) -> ChangeSet:
        self._old = repo.assignments().get(self.coder_id, set())
        repo.set_assignments(self.coder_id, self.document_ids)
        return ChangeSet().change(Kind.CODER, self.coder_id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.set_assignments(self.coder_id, sorted(self._old))
        return ChangeSet().change(Kind.CODER, self.coder_id)


@dataclass
class AuditEntry(Command):
    """Record a decision (merge, reconciliation) in the project's audit log, in the same
    transaction as the decision itself; undoing the decision removes its entry."""

    actor: str
    action: str
    detail: dict[str, Any]
    text: str = "Record decision"
    entry_id: str = field(default_factory=new_id)

    def do(self, repo: Repository) -> ChangeSet:
        repo.add_audit(self.entry_id, utcnow(), self.actor, self.action, self.detail)
        return ChangeSet().add(Kind.PROJECT, self.entry_id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.delete_audit(self.entry_id)
        return ChangeSet().remove(Kind.PROJECT, self.entry_id)
