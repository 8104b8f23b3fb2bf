"""Commands on the framework matrix's summaries (one per case, theme and author), and how a
merge of codes carries them along."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.commands.base import Command
from qcoder.core.model import Summary, utcnow
from qcoder.core.names import clean_free_text
from qcoder.core.repository import Repository


def summary_key(case_key: str, code_id: str, author: str) -> str:
    """The id a change set names a summary by."""
    return f"{case_key}\t{code_id}\t{author}"


@dataclass
class SetSummary(Command):
    """Write (or with empty text remove) ``author``'s summary of the cell (``case_key``,
    ``code_id``); its creation time is kept when it is rewritten."""

    case_key: str
    code_id: str
    author: str
    summary_text: str
    text: str = "Edit summary"
    at: datetime | None = None  # when it was last written (a merged summary's); None: now
    created: datetime | None = None  # when first written, for a new summary (a merged one's)
    _old: Summary | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self._old = repo.get_summary(self.case_key, self.code_id, self.author)
        self.summary_text = clean_free_text(self.summary_text)
        now = self.at or utcnow()
        new = None
        if self.summary_text.strip():
            created = self._old.created_at if self._old is not None else (self.created or now)
            new = Summary(self.case_key, self.code_id, self.author, self.summary_text, created, now)
        repo.set_summary(self.case_key, self.code_id, self.author, new)
        return ChangeSet().change(Kind.SUMMARY, summary_key(self.case_key, self.code_id, self.author))

    def undo(self, repo: Repository) -> ChangeSet:
        repo.set_summary(self.case_key, self.code_id, self.author, self._old)
        return ChangeSet().change(Kind.SUMMARY, summary_key(self.case_key, self.code_id, self.author))


MovedSummaries = tuple[list[Summary], list[Summary]]  # (source's, target's before the move)


def move_summaries(repo: Repository, source_id: str, target_id: str) -> MovedSummaries:
    """Merging code ``source_id`` into ``target_id``: each of the source's summaries moves to the
    target; where the same author already wrote one for the same case, the two texts are joined
    (the target's first). Returns what :func:`restore_summaries` needs to undo it."""
    moving = repo.summaries([source_id])
    if not moving:
        return [], []
    before = {(s.case_key, s.author): s for s in repo.summaries([target_id])}
    replaced: list[Summary] = []
    for s in moving:
        old = before.get((s.case_key, s.author))
        text = f"{old.text.rstrip()}\n\n{s.text}" if old is not None else s.text
        created = min(old.created_at, s.created_at) if old is not None else s.created_at
        if old is not None:
            replaced.append(old)
        repo.set_summary(s.case_key, source_id, s.author, None)
        moved = replace(s, code_id=target_id, text=text, created_at=created)
        repo.set_summary(s.case_key, target_id, s.author, moved)
    return moving, replaced


def restore_summaries(repo: Repository, source_id: str, target_id: str, moved: MovedSummaries) -> None:
    """Undo :func:`move_summaries`."""
    moving, replaced = moved
    for s in moving:
        repo.set_summary(s.case_key, target_id, s.author, None)
        repo.set_summary(s.case_key, source_id, s.author, s)
    for old in replaced:
        repo.set_summary(old.case_key, target_id, old.author, old)
