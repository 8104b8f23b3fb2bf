"""The command interface: one user action, done and undone inside one storage transaction."""

from __future__ import annotations

from abc import ABC, abstractmethod

from qcoder.core.changes import ChangeSet
from qcoder.core.repository import Repository


class Command(ABC):
    """One user action. ``text`` names it in the Undo menu."""

    text: str = ""

    @abstractmethod
    def do(self, repo: Repository) -> ChangeSet: ...

    @abstractmethod
    def undo(self, repo: Repository) -> ChangeSet: ...
