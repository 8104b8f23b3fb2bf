"""Recordings and turn times: link a recording to a document, set turns' times (read from
markers in the text)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.commands.base import Command
from qcoder.core.model import MediaLink
from qcoder.core.repository import Repository

Times = Mapping[str, tuple[float | None, float | None]]


@dataclass
class SetMedia(Command):
    """Link (or with None unlink) a document's recording."""

    document_id: str
    link: MediaLink | None
    text: str = "Link recording"
    _old: MediaLink | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self._old = repo.get_media(self.document_id)
        repo.set_media(self.document_id, self.link)
        return ChangeSet().change(Kind.DOCUMENT, self.document_id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.set_media(self.document_id, self._old)
        return ChangeSet().change(Kind.DOCUMENT, self.document_id)


@dataclass
class SetTurnTimes(Command):
    """Set the (start, end) times of a document's turns, by turn id."""

    document_id: str
    times: Times
    text: str = "Read times from the text"
    _old: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)

    def do(self, repo: Repository) -> ChangeSet:
        self._old = {t.id: (t.start_time, t.end_time) for t in repo.turns(self.document_id) if t.id in self.times}
        repo.set_turn_times(self.times)
        return ChangeSet().change(Kind.DOCUMENT, self.document_id)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.set_turn_times(self._old)
        return ChangeSet().change(Kind.DOCUMENT, self.document_id)
