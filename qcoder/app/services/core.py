"""The command runner every service shares: the store, undo history, actor and role,
change logging, listeners and polling for other clients' changes."""

from __future__ import annotations

import threading
from collections.abc import Callable

from qcoder.core import commands as cmd
from qcoder.core import permissions
from qcoder.core.changes import ChangeSet, changes_from_json, changes_to_json
from qcoder.core.history import History, UndoHistory
from qcoder.core.model import utcnow
from qcoder.core.permissions import Role
from qcoder.store.project_store import ProjectStore
from qcoder.store.repository import SqlRepository

Listener = Callable[[ChangeSet], None]


class ProjectCore:
    """The core of one open project: runs commands in one transaction each, logs and announces
    their change sets, and polls for other clients' changes."""

    def __init__(self, store: ProjectStore) -> None:
        self._store = store
        self._listeners: list[Listener] = []
        self.history: History = UndoHistory(self)
        self.actor_id: str | None = None  # the coder using this client (set by identify)
        self.role: Role = Role.LEAD
        self._own_changes: set[int] = set()
        self._changes_lock = threading.Lock()  # workers write while the GUI thread polls
        with store.reader() as repo:
            self._polled = repo.latest_change()
            members = repo.members()
            db_user = repo.database_user() if members else None
        for coder_id, (role, user) in members.items():
            if db_user is not None and user == db_user:
                self.actor_id, self.role = coder_id, Role(role)

    @property
    def store(self) -> ProjectStore:
        """The project's storage, for the app layer's own services (backups, safety checks)."""
        return self._store

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def notify(self, changes: ChangeSet) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def run_do(self, command: cmd.Command) -> ChangeSet:
        with self._store.transaction() as repo:
            permissions.check(command, self.role, self.actor_id, repo)
            changes = command.do(repo)
            self.log_changes(repo, changes)
        self.notify(changes)
        return changes

    def run_undo(self, command: cmd.Command) -> ChangeSet:
        with self._store.transaction() as repo:
            permissions.check(command, self.role, self.actor_id, repo)
            changes = command.undo(repo)
            self.log_changes(repo, changes)
        self.notify(changes)
        return changes

    def log_changes(self, repo: SqlRepository, changes: ChangeSet) -> None:
        if changes:
            seq = repo.log_change(utcnow(), self.actor_id or "", changes_to_json(changes))
            with self._changes_lock:
                self._own_changes.add(seq)
            if seq % 1000 == 0 and self.role is Role.LEAD:  # a server refuses coders' deletes
                repo.prune_changes(keep=10_000)

    def poll_changes(self) -> ChangeSet:
        """Changes other clients committed since the last poll (and tell the listeners).

        Cheap when nothing happened (one indexed max() query); the window calls it on a timer
        for projects on a server.
        """
        with self._store.reader() as repo:
            rows = repo.changes_since(self._polled)
        merged = ChangeSet()
        with self._changes_lock:
            for seq, _actor, data in rows:
                self._polled = max(self._polled, seq)
                if seq not in self._own_changes:
                    merged.update(changes_from_json(data))
            self._own_changes = {s for s in self._own_changes if s > self._polled}
        self.notify(merged)
        return merged

    def execute(self, command: cmd.Command) -> ChangeSet:
        """Run ``command`` as one undoable step (through the GUI's undo stack when one is set)."""
        return self.history.push(command)

    def undo(self) -> ChangeSet | None:
        return self.history.undo()

    def redo(self) -> ChangeSet | None:
        return self.history.redo()
